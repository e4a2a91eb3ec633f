package dev.costbench.ui.cost;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Provenance;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * How one monthly figure is shown: "$560.64", "~$12.00" (estimated, in italics, with the basis and rule
 * in the tooltip), "missing" (never $0), "n/a" or "no charge of its own" with the reason.
 */
public record OptionCell(Supplier<String> textSupplier, BigDecimal monthly, Kind kind, Supplier<String> explanation) {

    /** The text is formatted at most once: rows outlive the report they were made for when their block did not change. */
    public OptionCell {
        if (!(textSupplier instanceof Once)) textSupplier = new Once(textSupplier);
    }

    /** A text formatted when first asked for and kept. */
    private static final class Once implements Supplier<String> {
        private final Supplier<String> make;
        private String made;

        Once(Supplier<String> make) { this.make = make; }

        @Override public String get() {
            if (made == null) made = make.get();
            return made;
        }
    }

    /** A cell whose text and tooltip are known up front. */
    public OptionCell(String text, BigDecimal monthly, Kind kind, String tooltip) {
        this(() -> text, monthly, kind, tooltip == null ? null : () -> tooltip);
    }

    /**
     * The text, formatted when a cell on screen asks for it: a 500-block design would otherwise format
     * thousands of figures on the UI thread after every edit, for the dozen rows in view.
     */
    public String text() { return textSupplier.get(); }

    /** The tooltip, built when it opens. */
    public String tooltip() { return explanation == null ? null : explanation.get(); }

    /** NO_CHARGE: a block with no charge of its own (the Internet); it counts as 0, it reads as that. */
    public enum Kind { PUBLISHED, ESTIMATED, MISSING, NOT_APPLICABLE, NO_CHARGE, EMPTY }

    /** The text with {@code perMonth} after it ("/mo", " a month") when it is a monthly figure; a status reads alone. */
    public String text(String perMonth) { return kind == Kind.NO_CHARGE ? text() : text() + perMonth; }

    public static final OptionCell EMPTY = new OptionCell("", null, Kind.EMPTY, (String) null);

    public boolean estimated() { return kind == Kind.ESTIMATED; }

    public static OptionCell of(OptionCost cost) {
        if (cost == null) return EMPTY;
        String label = cost.option() == null ? "" : cost.option().label();
        return switch (cost.status()) {
            case MISSING -> new OptionCell("missing", null, Kind.MISSING, label + ": " + cost.reason());
            case NOT_APPLICABLE -> new OptionCell("n/a", null, Kind.NOT_APPLICABLE, label + ": " + cost.reason());
            case PRICED -> cost.noChargeOfItsOwn()
                    ? new OptionCell(dev.costbench.pricing.OptionFigure.NO_CHARGE, cost.monthlyEffective(), Kind.NO_CHARGE, label + ": " + cost.reason())
                    : priced(label, cost);
        };
    }

    private static OptionCell priced(String label, OptionCost cost) {
        boolean estimated = cost.basis() == Basis.ESTIMATED;
        return new OptionCell(() -> dev.costbench.pricing.OptionFigure.monthly(cost), cost.monthlyEffective(),
                estimated ? Kind.ESTIMATED : Kind.PUBLISHED, () -> explainPriced(label, cost, estimated));
    }

    private static String explainPriced(String label, OptionCost cost, boolean estimated) {
        StringJoiner tip = new StringJoiner("\n");
        tip.add(label + ": " + Money.format(cost.monthlyEffective()) + " a month" + (estimated ? " (estimated)" : ""));
        if (cost.upfront() != null && cost.upfront().signum() > 0) tip.add("Upfront " + Money.format(cost.upfront()) + " per term");
        for (CostLine l : cost.lines()) tip.add("• " + l.description() + ": " + Money.format(l.monthly()) + " a month");
        Set<String> sources = new LinkedHashSet<>();
        for (CostLine l : cost.lines()) {
            Provenance p = l.provenance();
            if (p != null && (!estimated || p.isEstimated())) sources.add(p.describe());
        }
        if (!sources.isEmpty()) tip.add((estimated ? "Estimated from: " : "Source: ") + String.join("; ", sources));
        return tip.toString();
    }

    /** The block's cost under the option it is bought under. */
    public static OptionCell chosen(BlockCost block) {
        return block == null ? EMPTY : of(block.chosen());
    }

    /** A scenario total under one option; incomplete totals say so instead of looking lower. */
    public static OptionCell total(OptionTotal total, String label) {
        if (total == null) return EMPTY;
        StringJoiner tip = new StringJoiner("\n");
        tip.add(label + ": " + Money.format(total.monthlyEffective()) + " a month");
        if (total.upfront() != null && total.upfront().signum() > 0) tip.add("Upfront " + Money.format(total.upfront()) + " per term");
        if (total.fallbackBlocks() > 0) tip.add(total.fallbackBlocks() + " block(s) counted On-Demand: the option does not apply to them");
        if (!total.complete()) {
            tip.add(total.missingBlocks() + " block(s) have missing prices: the total is incomplete");
            return new OptionCell(total.text(), total.monthlyEffective(), Kind.MISSING, tip.toString());
        }
        return new OptionCell(Money.format(total.monthlyEffective()), total.monthlyEffective(), Kind.PUBLISHED, tip.toString());
    }

    /**
     * "$1,234.56 + 3 missing": the priced part of a total and how many blocks' prices it lacks, the same way on
     * every total, monthly or annual; never a bare "$0.00".
     */
    public static String incomplete(BigDecimal priced, long missingBlocks) {
        return OptionTotal.text(priced, (int) Math.max(1, missingBlocks));
    }

    /** The cheapest priced option of a family (Reserved Instances, Savings Plans) for one block. */
    public static OptionCost best(BlockCost block, PurchaseFamily family) {
        OptionCost best = null;
        for (OptionMap.Entry<OptionCost> e : block.options().family(family)) {
            OptionCost c = e.value();
            if (!c.isPriced()) continue;
            if (best == null || c.monthlyEffective().compareTo(best.monthlyEffective()) < 0) best = c;
        }
        if (best != null) return best;
        // nothing priced: show why (missing before not applicable, so gaps stay visible)
        OptionCost fallback = null;
        for (OptionMap.Entry<OptionCost> e : block.options().family(family)) {
            OptionCost c = e.value();
            if (fallback == null || c.status() == OptionCost.Status.MISSING) fallback = c;
        }
        return fallback;
    }

    /** "OD", "Spot", "RI 1y", "SP 3y", "EC2 SP 1y": fits on a block on the canvas; the tooltip has the full label. */
    public static String shortLabel(PurchaseOption option) { return dev.costbench.pricing.OptionFigure.shortLabel(option); }
}
