package dev.costbench.model.spec;

import java.util.Collection;

/**
 * The rules that tie one field to another, worded once: the design file's reader and the inspector both ask here,
 * so a value the inspector refuses is refused by the reader in the same words. Each returns null when the rule holds.
 */
public final class CrossFieldRules {
    private CrossFieldRules() {}

    /** The field a group-size problem belongs to: min when min and max cross, else desired. */
    public static String groupSizeField(long min, long desired, long max) { return min > max ? "min" : "desired"; }

    /** An Auto Scaling group's sizes: min ≤ desired ≤ max. */
    public static String groupSize(long min, long desired, long max) {
        if (min > max) return "min (" + min + ") must not be above max (" + max + ")";
        if (desired < min || desired > max)
            return "desired (" + desired + ") must be between min (" + min + ") and max (" + max + ")";
        return null;
    }

    /** An ECS capacity-provider strategy places no task unless some provider has a weight above 0. */
    public static String providerWeights(Collection<Long> weights) {
        return !weights.isEmpty() && weights.stream().allMatch(w -> w == 0)
                ? "at least one capacity provider needs a weight above 0" : null;
    }

    /** The most instances an App Runner service scales to (AWS's limit, for what-ifs that grow a service). */
    public static final long APP_RUNNER_MAX_SIZE = AwsLimits.APP_RUNNER_MAX_SIZE;

    /** An App Runner service's sizes: provisioned ≤ maximum, and no more instances active on average than the maximum. */
    public static String appRunnerSize(long min, long max, java.math.BigDecimal active) {
        if (min > max) return "provisioned instances (" + min + ") must not be above the maximum (" + max + ")";
        if (active.compareTo(java.math.BigDecimal.valueOf(max)) > 0)
            return "active instances (" + active.toPlainString() + ") must not be above the maximum (" + max + ")";
        return null;
    }
}
