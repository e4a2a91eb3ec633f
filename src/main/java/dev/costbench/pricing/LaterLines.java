package dev.costbench.pricing;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The cost lines of one option of a priced block, kept as a way to work them out again rather than as the lines
 * themselves. A full reprice of thousands of blocks builds some sixty lines a block (26 options and the Graviton
 * twin's) only to add up their figures; keeping them all made every reprice copy hundreds of megabytes of lines
 * through the garbage collector, which was most of a large design's reprice time. The figures (upfront,
 * recurring, effective, basis) stay in the {@link OptionCost}; the lines are priced again, for the whole block at
 * once, the first time a view (the inspector, the workbook, the JSON report) reads one, and kept from then on.
 * <p>
 * Pricing is a function of the block and what it shares with the others ({@link SharedCosts}), both immutable,
 * so the lines priced again are the lines priced the first time; {@code LaterLinesTest} and the engine's
 * property tests compare them with the lines a fresh engine builds.
 */
final class LaterLines extends AbstractList<CostLine> implements RandomAccess {
    private final Source source;
    private final int option;
    private final int size;

    LaterLines(Source source, int option, int size) {
        this.source = source;
        this.option = option;
        this.size = size;
    }

    @Override public CostLine get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("line " + i + " of " + size);
        return source.options().at(option).lines().get(i);
    }

    @Override public int size() { return size; }

    /**
     * A block priced again, once, by whichever thread first needs a line or its key size in words (pricing twice is
     * harmless).
     */
    static final class Source {
        private final Supplier<PricedBlock> pricing;
        private volatile PricedBlock block;

        Source(Supplier<PricedBlock> pricing) { this.pricing = pricing; }

        private PricedBlock block() {
            PricedBlock b = block;
            if (b == null) block = b = pricing.get();
            return b;
        }

        OptionMap<OptionCost> options() { return block().options(); }

        /** The key size as words over the block's inputs, or null ({@link PricedBlock#keySizeWords}). */
        Wording keySizeWords() { return block().keySizeWords(); }
    }
}
