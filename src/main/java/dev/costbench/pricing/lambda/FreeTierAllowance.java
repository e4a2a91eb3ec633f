package dev.costbench.pricing.lambda;

import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Constant;
import dev.costbench.pricing.component.Quantity.Named;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Lambda free tier (1M requests and 400,000 GB-s a month per account, https://aws.amazon.com/lambda/pricing/)
 * handed out to Lambda blocks in file order: the first function uses what it can, the next gets what is left.
 * Provisioned-concurrency usage is not covered, as on AWS's bill. {@code share} holds the same hand-out as rules
 * (null for an allowance cut down by {@link #within}): what was available to the function and what it used, a
 * chain through the functions before it, so the workbook hands the tier out again when a reviewer edits usage.
 */
public record FreeTierAllowance(long requests, BigDecimal gbSeconds, Share share) {

    public static final long FREE_REQUESTS = 1_000_000L;
    public static final BigDecimal FREE_GB_SECONDS = BigDecimal.valueOf(400_000);
    public static final FreeTierAllowance NONE = new FreeTierAllowance(0, BigDecimal.ZERO);

    /**
     * The function's usage rules and its part of the tier as rules: {@code previous} is the Lambda block before it
     * (null for the first), whose figures the available amounts refer to; {@code on} whether the scenario uses the tier.
     */
    public record Share(String previous, boolean on, LambdaRules usage, Named requestsAvailable, Named requestsUsed,
                        Named gbSecondsAvailable, Named gbSecondsUsed) {}

    public FreeTierAllowance(long requests, BigDecimal gbSeconds) { this(requests, gbSeconds, null); }

    /**
     * Each Lambda block's share of the free tier, by block id: 0 for every function when the scenario does not use
     * it, but with the rules that would hand it out, so that turning the tier on in the workbook applies it.
     */
    public static Map<String, FreeTierAllowance> shareOut(List<Block> blocks, boolean enabled) {
        return shareOut(blocks, enabled, LambdaRules::of);
    }

    /** As {@link #shareOut(List, boolean)}, with each function's usage rules from {@code rulesOf} (which may reuse them). */
    public static Map<String, FreeTierAllowance> shareOut(List<Block> blocks, boolean enabled,
                                                         Function<LambdaFunction, LambdaRules> rulesOf) {
        Map<String, FreeTierAllowance> out = new HashMap<>();
        String previous = null;
        Quantity requestsLeft = Constant.of(FREE_REQUESTS), gbSecondsLeft = new Constant(FREE_GB_SECONDS);
        Constant none = new Constant(BigDecimal.ZERO);
        for (Block b : blocks) {
            if (!(b instanceof LambdaFunction f)) continue;
            String id = f.id();
            LambdaRules usage = rulesOf.apply(f);
            String note = previous == null ? "the free tier, to the scenario's first Lambda function"
                    : "what the functions before it left";
            Named requestsAvailable = Named.of(id, "free_requests_available", "Free requests available", "requests", note, requestsLeft);
            Named requestsUsed = Named.of(id, "free_requests", "Free requests used", "requests", null,
                    new Quantity.If(Quantity.LAMBDA_FREE_TIER, enabled, Quantity.min(usage.requests(), requestsAvailable), none));
            Named gbAvailable = Named.of(id, "free_gb_seconds_available", "Free GB-seconds available", "GB-s", note, gbSecondsLeft);
            Named gbUsed = Named.of(id, "free_gb_seconds", "Free GB-seconds used", "GB-s", "provisioned concurrency is not covered",
                    new Quantity.If(Quantity.LAMBDA_FREE_TIER, enabled, Quantity.min(usage.onDemand(), gbAvailable), none));
            out.put(id, new FreeTierAllowance(requestsUsed.value().longValueExact(), gbUsed.value(),
                    new Share(previous, enabled, usage, requestsAvailable, requestsUsed, gbAvailable, gbUsed)));
            requestsLeft = Quantity.sub(requestsAvailable, requestsUsed);
            gbSecondsLeft = Quantity.sub(gbAvailable, gbUsed);
            previous = id;
        }
        return out;
    }

    /** This allowance, cut down to what {@code f} can use (for the same function at fewer requests). */
    public FreeTierAllowance within(LambdaFunction f) {
        if (isNone()) return NONE;
        LambdaUsage usage = LambdaUsage.of(f);
        return new FreeTierAllowance(Math.min(requests, usage.requests()), gbSeconds.min(usage.onDemandGbSeconds()));
    }

    public boolean isNone() { return requests == 0 && gbSeconds.signum() == 0; }

    /**
     * Two allowances price a function alike when they give the same amounts, follow the same function and agree
     * on whether the tier is on (the rules' other figures belong to the function or to the ones before it).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FreeTierAllowance a && requests == a.requests && gbSeconds.equals(a.gbSeconds)
                && Objects.equals(previous(), a.previous()) && on() == a.on();
    }

    @Override
    public int hashCode() { return Objects.hash(requests, gbSeconds, previous()); }

    private String previous() { return share == null ? null : share.previous(); }

    private boolean on() { return share != null && share.on(); }
}
