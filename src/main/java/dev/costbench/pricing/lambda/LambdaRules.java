package dev.costbench.pricing.lambda;

import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Constant;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;

import java.math.BigDecimal;

import static dev.costbench.pricing.component.Quantity.ceil;
import static dev.costbench.pricing.component.Quantity.div;
import static dev.costbench.pricing.component.Quantity.max;
import static dev.costbench.pricing.component.Quantity.min;
import static dev.costbench.pricing.component.Quantity.mul;
import static dev.costbench.pricing.component.Quantity.sub;

/**
 * A function's usage in AWS's billing units, as rules over its inputs (https://aws.amazon.com/lambda/pricing/):
 * invocation GB-seconds = requests × billed duration (ms ÷ 1,000) × memory (MB ÷ 1,024), where an invocation bills
 * at least 1 ms (AWS rounds each one up to the next millisecond), so an average below 1 ms bills 1 ms; provisioned concurrency keeps
 * PC × memory × hours × 3,600 GB-s warm, and invocations up to it bill at the provisioned duration rate, the rest
 * on demand; ephemeral storage above the included 512 MB bills per GB-second of invocation time.
 * {@code provisioned}, {@code onProvisioned}, {@code ephemeral} and {@code concurrency} (the provisioned
 * concurrency input) are null when the function has none.
 */
public record LambdaRules(Input requests, Input durationMs, Named billedMs, Input memoryMb, Named gbSeconds, Named provisioned, Named onProvisioned, Named onDemand,
                          Named ephemeral, Input concurrency) {

    public static final long MS_PER_SECOND = 1_000, MB_PER_GB = 1_024, SECONDS_PER_HOUR = 3_600;
    /** AWS rounds each invocation's duration up to the next millisecond. */
    public static final long MIN_BILLED_MS = 1;

    private static final Constant ZERO = new Constant(BigDecimal.ZERO);

    public static LambdaRules of(LambdaFunction f) {
        Input requests = Input.number("requestsPerMonth", "Requests", "per month", null, Math.max(f.requestsPerMonth(), 0));
        Input ms = Input.number("avgDurationMs", "Average duration", "ms", null,
                f.avgDurationMs() == null ? BigDecimal.ZERO : f.avgDurationMs());
        Input mb = Input.number("memoryMb", "Memory", "MB", null, f.memoryMb());
        // max(ms, min(ceil(ms), 1)): 0 stays 0 (no duration given), anything in (0, 1) becomes 1, the rest as given
        Named billedMs = Named.of("billed_duration_ms", "Billed duration", "ms", "at least 1 ms an invocation",
                max(ms, min(ceil(ms), Constant.of(MIN_BILLED_MS))));
        Quantity seconds = mul(requests, div(billedMs, Constant.of(MS_PER_SECOND)));
        Quantity memoryGb = div(mb, Constant.of(MB_PER_GB));
        Named gb = Named.of("gb_seconds", "Invocation GB-seconds", "GB-s", "requests × duration ÷ 1,000 × memory ÷ 1,024",
                mul(seconds, memoryGb));
        Named provisioned = null, onProvisioned = null, onDemand;
        Input pc = null;
        if (f.provisionedConcurrency() > 0) {
            pc = Input.number("provisionedConcurrency", "Provisioned concurrency", "environments", null, f.provisionedConcurrency());
            Input hours = Input.number("provisionedHoursPerMonth", "Provisioned hours", "per month", null,
                    f.provisionedHoursPerMonth() == null ? Money.HOURS_PER_MONTH : f.provisionedHoursPerMonth());
            provisioned = Named.of("pc_gb_seconds", "Provisioned GB-seconds", "GB-s", "PC × memory × hours × 3,600",
                    mul(mul(mul(pc, memoryGb), hours), Constant.of(SECONDS_PER_HOUR)));
            onProvisioned = Named.of("on_pc_gb_seconds", "Invocation GB-s on provisioned", "GB-s",
                    "billed at the provisioned duration rate", min(gb, provisioned));
            onDemand = Named.of("od_gb_seconds", "On-demand GB-seconds", "GB-s", null, sub(gb, onProvisioned));
        } else {
            onDemand = Named.of("od_gb_seconds", "On-demand GB-seconds", "GB-s", null, gb);
        }
        Named ephemeral = null;
        if (f.ephemeralStorageMb() > LambdaFunction.INCLUDED_EPHEMERAL_MB) {
            Input storage = Input.number("ephemeralStorageMb", "Ephemeral storage", "MB",
                    LambdaFunction.INCLUDED_EPHEMERAL_MB + " MB included", f.ephemeralStorageMb());
            Quantity above = max(sub(storage, Constant.of(LambdaFunction.INCLUDED_EPHEMERAL_MB)), ZERO);
            ephemeral = Named.of("ephemeral_gb_seconds", "Ephemeral GB-seconds above " + LambdaFunction.INCLUDED_EPHEMERAL_MB
                    + " MB", "GB-s", null, mul(seconds, div(above, Constant.of(MB_PER_GB))));
        }
        return new LambdaRules(requests, ms, billedMs, mb, gb, provisioned, onProvisioned, onDemand, ephemeral, pc);
    }

    /** The same figures as numbers. */
    public LambdaUsage usage() {
        BigDecimal zero = BigDecimal.ZERO;
        return new LambdaUsage(requests.value().longValueExact(), div(memoryMb, Constant.of(MB_PER_GB)).value(),
                div(billedMs, Constant.of(MS_PER_SECOND)).value(), gbSeconds.value(),
                provisioned == null ? zero : provisioned.value(), onProvisioned == null ? zero : onProvisioned.value(),
                onDemand.value(), ephemeral == null ? zero : ephemeral.value());
    }
}
