package dev.costbench.pricing;

import java.math.BigDecimal;

/**
 * A scenario total under one purchase option. Blocks the option does not apply to are counted at their
 * On-Demand cost ({@code fallbackBlocks} of them); blocks with missing prices make the total incomplete
 * ({@code missingBlocks}), never silently lower.
 */
public record OptionTotal(String option, BigDecimal upfront, BigDecimal monthlyRecurring, BigDecimal monthlyEffective,
                          int fallbackBlocks, int missingBlocks) {
    public boolean complete() { return missingBlocks == 0; }
}
