package dev.costbench.pricing;

import java.math.BigDecimal;

/**
 * The same block on arm64: {@code twinType} is the chosen Graviton instance type (null for Fargate and
 * Lambda, which switch architecture), its options priced like the block's, and the monthly saving under
 * the block's chosen option. {@code available} is false with a reason when there is no twin.
 */
public record GravitonTwin(boolean available, String fromType, String twinType, String rule,
                           OptionMap<OptionCost> options, BigDecimal savingMonthly, BigDecimal savingPct,
                           String reason) {

    // a block without a twin has no twin costs: every option says so, so a lookup never meets null
    private static final OptionMap<OptionCost> NONE = OptionMap.of(o -> null);

    public static GravitonTwin unavailable(String reason) {
        return new GravitonTwin(false, null, null, null, NONE, null, null, reason);
    }
}
