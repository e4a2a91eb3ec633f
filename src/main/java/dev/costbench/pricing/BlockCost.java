package dev.costbench.pricing;

import dev.costbench.model.BlockKind;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the engine works out for one block: its cost under every purchase option (in
 * {@link PurchaseOption#ALL} order), the option the block is bought under, its Graviton twin,
 * the cost range, and any warnings and missing prices. {@code range} is null when the chosen option has
 * no price; {@code missing} lists every price any option lacked; {@code keySizeWording} gives the key size as words
 * over the block's inputs ({@link #keySizeWords}), or is null. Two block costs are equal when their figures and
 * words are, however the words are kept.
 */
public record BlockCost(String blockId, String name, BlockKind kind, String keySize, OptionMap<OptionCost> options,
                        PurchaseOption chosenOption, GravitonTwin graviton, CostRange range, List<String> warnings,
                        List<MissingPrice> missing, Supplier<Wording> keySizeWording) {

    public BlockCost(String blockId, String name, BlockKind kind, String keySize, OptionMap<OptionCost> options,
                     PurchaseOption chosenOption, GravitonTwin graviton, CostRange range, List<String> warnings,
                     List<MissingPrice> missing) {
        this(blockId, name, kind, keySize, options, chosenOption, graviton, range, warnings, missing, null);
    }

    /** The key size as words over the block's inputs, or null ({@link PricedBlock#keySizeWords}); the engine works them out when first read. */
    public Wording keySizeWords() { return keySizeWording == null ? null : keySizeWording.get(); }

    @Override public boolean equals(Object o) {
        return o instanceof BlockCost b && blockId.equals(b.blockId) && name.equals(b.name) && kind == b.kind
                && Objects.equals(keySize, b.keySize) && Objects.equals(options, b.options) && chosenOption == b.chosenOption
                && Objects.equals(graviton, b.graviton) && Objects.equals(range, b.range) && Objects.equals(warnings, b.warnings)
                && Objects.equals(missing, b.missing)
                && (keySizeWording == b.keySizeWording || Objects.equals(keySizeWords(), b.keySizeWords()));
    }

    /** Without the words, which are worked out when first read: equal costs have equal figures, so equal hashes still. */
    @Override public int hashCode() {
        return Objects.hash(blockId, name, kind, keySize, options, chosenOption, graviton, range, warnings, missing);
    }

    public OptionCost option(PurchaseOption option) { return options.get(option); }

    public OptionCost chosen() { return options.get(chosenOption); }

    /**
     * The monthly effective figure under the chosen option, or null when that option is not priced: read from the
     * engine's kept figures without making the option's cost (a What-if comparison reads it for every block).
     */
    public java.math.BigDecimal chosenMonthly() { return chosenFigure(OptionFigures.EFFECTIVE); }

    /** The upfront figure under the chosen option, or null when that option is not priced; read as {@link #chosenMonthly} is. */
    java.math.BigDecimal chosenUpfront() { return chosenFigure(OptionFigures.UPFRONT); }

    /** Whether the chosen option is priced, read as {@link #chosenMonthly} is. */
    public boolean chosenPriced() { return chosenMonthly() != null; }

    /** {@code figure} ({@link OptionFigures#UPFRONT} or {@link OptionFigures#EFFECTIVE}) of the chosen option, or null when it is not priced. */
    private java.math.BigDecimal chosenFigure(int figure) {
        OptionFigures f = OptionFigures.behind(options);
        int i = chosenOption.index();
        if (f != null && f.priced(i))
            return f.figure(i, figure == OptionFigures.EFFECTIVE && f.effectiveIsRecurring(i) ? OptionFigures.RECURRING : figure);
        OptionCost c = chosen();
        if (c == null || !c.isPriced()) return null;
        return figure == OptionFigures.UPFRONT ? c.upfront() : c.monthlyEffective();
    }

    /**
     * Works out now, on the calling thread, what a view of this one block reads that the engine leaves until first
     * read: the lines of the chosen option (the inspector lists them; see {@link LaterLines}) and the Graviton twin
     * under the chosen option, lines and all (the cost row; see {@link OptionMap#later}). The window's repricer calls
     * it for the selected block on its worker, so the UI thread finds them made. Returns this block cost.
     */
    public BlockCost readAhead() {
        readLines(chosen());
        if (graviton != null && graviton.available()) {
            readLines(graviton.options().get(chosenOption));
            readLines(graviton.options().get(PurchaseOption.ON_DEMAND));
        }
        return this;
    }

    private static void readLines(OptionCost c) {
        if (c != null && !c.lines().isEmpty()) c.lines().getFirst();
    }
}
