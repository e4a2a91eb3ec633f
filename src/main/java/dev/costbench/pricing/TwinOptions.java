package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Graviton twin's options as the engine keeps them: the options the totals read (the block's option and
 * On-Demand) with their figures, the others priced when a view first reads them, and every option's lines priced
 * again when first read ({@link LaterLines}). The twin's own lazily priced map held the lines of the options read
 * and the pricer's per-option function with what it had built; kept for every block of the last scenarios, those
 * were the largest part of a reprice's garbage after the block's own figures.
 */
final class TwinOptions implements Function<PurchaseOption, OptionCost> {
    private final Supplier<PricedBlock> pricing;
    private final LaterLines.Source lines;

    private TwinOptions(Supplier<PricedBlock> pricing) {
        this.pricing = pricing;
        this.lines = new LaterLines.Source(pricing);
    }

    /**
     * The options of the twin {@code pricing} prices, with the options {@code read} (priced by it under
     * {@link OptionMap#later}) has worked out already taken from it, without their lines.
     */
    static OptionMap<OptionCost> of(OptionMap<OptionCost> read, Supplier<PricedBlock> pricing) {
        TwinOptions twin = new TwinOptions(pricing);
        OptionMap<OptionCost> out = OptionMap.made(twin);
        for (int i = 0; i < out.size(); i++) if (read.known(i)) out.seed(i, twin.withoutLines(i, read.at(i)));
        return out;
    }

    /** One option priced on its own: the twin's other options are not worked out. */
    @Override public OptionCost apply(PurchaseOption option) {
        return withoutLines(option.index(), OptionMap.later(pricing).options().get(option));
    }

    private OptionCost withoutLines(int index, OptionCost c) {
        return c == null || c.lines().isEmpty() ? c : c.withLines(new LaterLines(lines, index, c.lines().size()));
    }
}
