package dev.costbench.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The priced scenario: one BlockCost per block, totals per purchase option, and the total of every
 * block under its chosen option. The UI, the command line and the exporter all render this.
 */
public record CostReport(String catalogVersion, String catalogAsOf, String scenario, String region,
                         List<BlockCost> blocks, Map<String, OptionTotal> totals, BigDecimal chosenMonthly,
                         BigDecimal chosenUpfront, BigDecimal gravitonChosenMonthly, List<String> warnings,
                         List<MissingPrice> missing) {

    public BlockCost block(String id) {
        for (BlockCost b : blocks) if (b.blockId().equals(id)) return b;
        return null;
    }

    public BigDecimal chosenAnnual() { return chosenMonthly.multiply(BigDecimal.valueOf(12)); }
}
