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

    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    public static LambdaUsage of(LambdaFunction f) {
        long requests = Math.max(f.requestsPerMonth(), 0);
        BigDecimal memoryGb = gb(f.memoryMb());
        BigDecimal seconds = f.avgDurationMs() == null ? BigDecimal.ZERO : f.avgDurationMs().movePointLeft(3);
        BigDecimal requestSeconds = BigDecimal.valueOf(requests).multiply(seconds);
        BigDecimal invocation = requestSeconds.multiply(memoryGb);
        BigDecimal provisioned = BigDecimal.ZERO, onProvisioned = BigDecimal.ZERO;
        if (f.provisionedConcurrency() > 0) {
            BigDecimal hours = f.provisionedHoursPerMonth() == null ? HOURS_PER_MONTH : f.provisionedHoursPerMonth();
            provisioned = BigDecimal.valueOf(f.provisionedConcurrency()).multiply(memoryGb).multiply(hours)
                    .multiply(SECONDS_PER_HOUR);
            onProvisioned = invocation.min(provisioned);
        }
        BigDecimal ephemeral = f.ephemeralStorageMb() > LambdaFunction.INCLUDED_EPHEMERAL_MB
                ? requestSeconds.multiply(gb(f.ephemeralStorageMb() - LambdaFunction.INCLUDED_EPHEMERAL_MB))
                : BigDecimal.ZERO;
        return new LambdaUsage(requests, memoryGb, seconds, invocation, provisioned, onProvisioned,
                invocation.subtract(onProvisioned), ephemeral);
    }

    /** MB → GB; exact, since 1024 is a power of two. */
    private static BigDecimal gb(int mb) { return BigDecimal.valueOf(mb).divide(MB_PER_GB); }
}
