package dev.costbench.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The priced scenario: one BlockCost per block, totals per purchase option, and the total of every
 * block under its chosen option. The UI, the command line and the exporter all render this.
 * <p>
 * {@code chosenMonthly} is the sum of each block's monthly <em>effective</em> cost under its chosen option
 * (upfront fees spread over their term); {@code chosenUpfront} the one-off payments those options need.
 * {@code gravitonChosenMonthly} is the same design on Graviton: each block's twin under the block's chosen
 * option (On-Demand where that option does not apply to the twin), or the block itself where it has no twin
 * or the twin lacks that price. Blocks whose chosen option has no price add nothing to either sum; they are
 * listed in {@code missing}. {@code warnings} holds the scenario's own warnings, then every block's, each
 * prefixed with the block's name.
 */
public record CostReport(String catalogVersion, String catalogAsOf, String scenario, String region,
                         List<BlockCost> blocks, OptionMap<OptionTotal> totals, BigDecimal chosenMonthly,
                         BigDecimal chosenUpfront, BigDecimal gravitonChosenMonthly, List<String> warnings,
                         List<MissingPrice> missing) {

    public BlockCost block(String id) {
        for (BlockCost b : blocks) if (b.blockId().equals(id)) return b;
        return null;
    }

    public BigDecimal chosenAnnual() { return chosenMonthly.multiply(BigDecimal.valueOf(12)); }

    /** Every block under its chosen option as a total, so it is written like the option totals (the priced part and what is missing). */
    public OptionTotal chosenTotal() {
        int missing = (int) blocks.stream().filter(b -> !b.chosenPriced()).count();
        return new OptionTotal("chosen", chosenUpfront, chosenMonthly, chosenMonthly, 0, missing);
    }
}
