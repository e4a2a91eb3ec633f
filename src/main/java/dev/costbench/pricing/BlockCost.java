package dev.costbench.pricing;

import dev.costbench.model.BlockKind;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;

/**
 * Everything the engine works out for one block: its cost under every purchase option (in
 * {@link PurchaseOption#ALL} order), the option the block is bought under, its Graviton twin,
 * the cost range, and any warnings and missing prices. {@code range} is null when the chosen option has
 * no price; {@code missing} lists every price any option lacked; {@code keySizeWords} is the key size as words over
 * the block's inputs, or null ({@link PricedBlock#keySizeWords}).
 */
public record BlockCost(String blockId, String name, BlockKind kind, String keySize, OptionMap<OptionCost> options,
                        PurchaseOption chosenOption, GravitonTwin graviton, CostRange range, List<String> warnings,
                        List<MissingPrice> missing, Wording keySizeWords) {

    public BlockCost(String blockId, String name, BlockKind kind, String keySize, OptionMap<OptionCost> options,
                     PurchaseOption chosenOption, GravitonTwin graviton, CostRange range, List<String> warnings,
                     List<MissingPrice> missing) {
        this(blockId, name, kind, keySize, options, chosenOption, graviton, range, warnings, missing, null);
    }

    public OptionCost option(PurchaseOption option) { return options.get(option); }

    public OptionCost chosen() { return options.get(chosenOption); }

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
