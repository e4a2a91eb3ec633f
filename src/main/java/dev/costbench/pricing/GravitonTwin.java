package dev.costbench.pricing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The same block on arm64: {@code twinType} is the chosen Graviton instance type (null for Fargate and
 * Lambda, which switch architecture), its options priced like the block's, and the monthly saving under
 * the block's chosen option. {@code available} is false with a reason when there is no twin.
 */
public record GravitonTwin(boolean available, String fromType, String twinType, String rule,
                           Map<String, OptionCost> options, BigDecimal savingMonthly, BigDecimal savingPct,
                           String reason) {

    public static GravitonTwin unavailable(String reason) {
        return new GravitonTwin(false, null, null, null, Map.of(), null, null, reason);
    }
}
