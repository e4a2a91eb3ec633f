package dev.costbench.pricing.lambda;

import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda free tier (1M requests and 400,000 GB-s a month per account) handed out to Lambda blocks in file
 * order: the first function uses what it can, the next gets what is left. Provisioned-concurrency usage is
 * not covered, as on AWS's bill.
 */
public record FreeTierAllowance(long requests, BigDecimal gbSeconds) {

    public static final long FREE_REQUESTS = 1_000_000L;
    public static final BigDecimal FREE_GB_SECONDS = BigDecimal.valueOf(400_000);
    public static final FreeTierAllowance NONE = new FreeTierAllowance(0, BigDecimal.ZERO);

    /** Each Lambda block's share of the free tier, by block id; empty when the scenario does not use it. */
    public static Map<String, FreeTierAllowance> shareOut(List<Block> blocks, boolean enabled) {
        Map<String, FreeTierAllowance> out = new HashMap<>();
        if (!enabled) return out;
        long requestsLeft = FREE_REQUESTS;
        BigDecimal gbSecondsLeft = FREE_GB_SECONDS;
        for (Block b : blocks) {
            if (!(b instanceof LambdaFunction f)) continue;
            LambdaUsage usage = LambdaUsage.of(f);
            long requests = Math.min(usage.requests(), requestsLeft);
            BigDecimal gbSeconds = usage.onDemandGbSeconds().min(gbSecondsLeft);
            requestsLeft -= requests;
            gbSecondsLeft = gbSecondsLeft.subtract(gbSeconds);
            out.put(f.id(), new FreeTierAllowance(requests, gbSeconds));
        }
        return out;
    }

    /** This allowance, cut down to what {@code f} can use (for the same function at fewer requests). */
    public FreeTierAllowance within(LambdaFunction f) {
        if (isNone()) return this;
        LambdaUsage usage = LambdaUsage.of(f);
        return new FreeTierAllowance(Math.min(requests, usage.requests()), gbSeconds.min(usage.onDemandGbSeconds()));
    }

    public boolean isNone() { return requests == 0 && gbSeconds.signum() == 0; }
}
