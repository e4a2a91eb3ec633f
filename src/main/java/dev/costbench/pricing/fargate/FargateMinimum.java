package dev.costbench.pricing.fargate;

import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;

/**
 * Fargate bills a Linux task or job per second with a one-minute minimum (AWS Fargate pricing page): a job of
 * 30 seconds is billed for 60. Billed minutes = max(minutes, 1). Services that run all month never reach it.
 */
public final class FargateMinimum {
    private FargateMinimum() {}

    private static final Quantity ONE_MINUTE = Quantity.Constant.of(1);

    /** The minutes Fargate bills for a task or job that runs {@code minutes}: max(minutes, 1). */
    public static Quantity billedMinutes(Quantity minutes) {
        return Quantity.max(minutes, ONE_MINUTE);
    }

    /** As {@link #billedMinutes(Quantity)}, for the workshop's hour-by-hour figures. */
    public static BigDecimal billedMinutes(BigDecimal minutes) {
        return billedMinutes(new Quantity.Constant(minutes == null ? BigDecimal.ZERO : minutes)).value();
    }
}
