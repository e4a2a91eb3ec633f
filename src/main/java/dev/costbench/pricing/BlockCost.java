package dev.costbench.pricing;

import dev.costbench.model.BlockKind;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;

/**
 * Everything the engine works out for one block: its cost under every purchase option (in
 * {@link PurchaseOption#ALL} order), the option the block is bought under, its Graviton twin,
 * the cost range, and any warnings and missing prices. {@code range} is null when the chosen option has
 * no price; {@code missing} lists every price any option lacked.
 */
public record BlockCost(String blockId, String name, BlockKind kind, String keySize, OptionMap<OptionCost> options,
                        PurchaseOption chosenOption, GravitonTwin graviton, CostRange range, List<String> warnings,
                        List<MissingPrice> missing) {

    public OptionCost option(PurchaseOption option) { return options.get(option); }

    public OptionCost chosen() { return options.get(chosenOption); }
}
