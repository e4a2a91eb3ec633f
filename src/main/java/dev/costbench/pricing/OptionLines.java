package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the cost lines of one block under one purchase option, and the prices that could not be found.
 * One missing price makes the whole option MISSING: a partial sum would look like a (too low) price.
 */
public final class OptionLines {
    private PurchaseOption option;
    private CostLine[] lines = new CostLine[6];
    private int count;
    private List<MissingPrice> missing;
    private List<UnpricedLine> unpriced;
    private final RateGaps gaps = new RateGaps() {
        @Override public void missing(MissingPrice price) { OptionLines.this.missing(price); }

        @Override public void awaiting(UnpricedLine line) {
            if (unpriced == null) unpriced = new ArrayList<>(2);
            unpriced.add(line);
        }
    };

    public OptionLines(PurchaseOption option) { this.option = option; }

    /**
     * Empties this collector for the next option of the same block; {@link #build()} copies the lines out, so
     * one collector serves all 26 options instead of allocating one per option.
     */
    public OptionLines reset(PurchaseOption next) {
        option = next;
        count = 0;
        missing = null;
        unpriced = null;
        return this;
    }

    public PurchaseOption option() { return option; }

    public OptionLines add(CostLine line) {
        if (count == lines.length) lines = Arrays.copyOf(lines, count * 2);
        lines[count++] = line;
        return this;
    }

    public OptionLines addAll(List<CostLine> more) {
        for (CostLine l : more) add(l);
        return this;
    }

    public OptionLines missing(MissingPrice price) {
        if (missing == null) missing = new ArrayList<>(2);
        if (!missing.contains(price)) missing.add(price);
        return this;
    }

    /** Where a rate the catalog lacks leaves a missing price or a line awaiting the rate, for this option. */
    public RateGaps gaps() { return gaps; }

    public OptionLines missingAll(List<MissingPrice> prices) {
        for (MissingPrice p : prices) missing(p);
        return this;
    }

    public OptionCost build() {
        if (missing != null) return OptionCost.missing(option, missing);
        // immutable lists of one or two lines need no array; OptionCost keeps them without copying
        List<CostLine> list = switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(lines[0]);
            case 2 -> List.of(lines[0], lines[1]);
            default -> List.of(Arrays.copyOf(lines, count));
        };
        return OptionCost.priced(option, list, unpriced == null ? List.of() : unpriced);
    }
}
