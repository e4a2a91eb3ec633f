package dev.costbench.pricing.lambda;

import dev.costbench.model.LambdaFunction;

import java.math.BigDecimal;

/**
 * A function's monthly usage in AWS's billing units. GB-seconds of invocations = requests × duration (s) ×
 * memory (GB, MB ÷ 1024). Provisioned concurrency keeps PC × memory × hours × 3600 GB-s warm; invocations up
 * to that capacity bill at the cheaper "duration with provisioned concurrency" rate, the rest at the tiers.
 * Ephemeral storage above the included 512 MB bills per GB-second of invocation time.
 */
public record LambdaUsage(long requests, BigDecimal memoryGb, BigDecimal seconds, BigDecimal invocationGbSeconds,
                          BigDecimal provisionedGbSeconds, BigDecimal onProvisionedGbSeconds,
                          BigDecimal onDemandGbSeconds, BigDecimal ephemeralGbSeconds) {

    /** The figures of {@link LambdaRules}, the one home of the rules. */
    public static LambdaUsage of(LambdaFunction f) { return LambdaRules.of(f).usage(); }
}
