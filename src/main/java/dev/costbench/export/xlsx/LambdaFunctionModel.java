package dev.costbench.export.xlsx;

import dev.costbench.model.Architecture;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda function. GB-seconds = requests × duration (s) × memory (MB ÷ 1024). Provisioned concurrency keeps
 * PC × memory × hours × 3,600 GB-s warm, and invocations up to that capacity bill at the provisioned duration
 * rate; the rest, less the free tier (1M requests and 400,000 GB-s a month, handed to the scenario's functions
 * in file order), goes through AWS's monthly tiers (x86 6B / 9B / rest, arm64 7.5B / 11.25B / rest) as
 * MIN/MAX formulas. Ephemeral storage above 512 MB bills per GB-second of invocation time.
 */
final class LambdaFunctionModel implements BlockModel {
    private static final String FREE_REQUESTS = "1000000", FREE_GB_SECONDS = "400000";

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        LambdaFunction f = (LambdaFunction) plan.block;
        InputNames n = plan.names;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption()));
        rows.add(AssumptionRow.input("Requests", "requests", Math.max(f.requestsPerMonth(), 0), "per month", null));
        rows.add(AssumptionRow.input("Average duration", "duration_ms", orZero(f.avgDurationMs()), "ms", null));
        rows.add(AssumptionRow.input("Memory", "memory_mb", f.memoryMb(), "MB", null));
        rows.add(AssumptionRow.derived("Invocation GB-seconds", "gb_seconds", n.of("requests") + "*" + n.of("duration_ms")
                + "/1000*" + n.of("memory_mb") + "/1024", "GB-s", "requests × duration (s) × memory (MB ÷ 1024)"));
        String onDemand = n.of("gb_seconds");
        if (f.provisionedConcurrency() > 0) {
            rows.add(AssumptionRow.input("Provisioned concurrency", "pc", f.provisionedConcurrency(), "environments", null));
            rows.add(AssumptionRow.input("Provisioned hours", "pc_hours",
                    f.provisionedHoursPerMonth() == null ? BigDecimal.valueOf(730) : f.provisionedHoursPerMonth(), "per month", null));
            rows.add(AssumptionRow.derived("Provisioned GB-seconds", "pc_gb_seconds", n.of("pc") + "*" + n.of("memory_mb")
                    + "/1024*" + n.of("pc_hours") + "*3600", "GB-s", "PC × memory × hours × 3,600"));
            rows.add(AssumptionRow.derived("Invocation GB-s on provisioned", "on_pc_gb_seconds", "MIN(" + n.of("gb_seconds")
                    + "," + n.of("pc_gb_seconds") + ")", "GB-s", "billed at the provisioned duration rate"));
            onDemand = n.of("gb_seconds") + "-" + n.of("on_pc_gb_seconds");
        }
        rows.add(AssumptionRow.derived("On-demand GB-seconds", "od_gb_seconds", onDemand, "GB-s", null));
        if (f.ephemeralStorageMb() > LambdaFunction.INCLUDED_EPHEMERAL_MB) {
            rows.add(AssumptionRow.input("Ephemeral storage", "ephemeral_mb", f.ephemeralStorageMb(), "MB", "512 MB included"));
            rows.add(AssumptionRow.derived("Ephemeral GB-seconds above 512 MB", "ephemeral_gb_seconds", n.of("requests") + "*"
                    + n.of("duration_ms") + "/1000*MAX(" + n.of("ephemeral_mb") + "-512,0)/1024", "GB-s", null));
        }
        freeTier(rows, plan);
        rows.add(AssumptionRow.derived("Billable requests", "billable_requests", n.of("requests") + "-" + n.of("free_requests"),
                "per month", null));
        rows.add(AssumptionRow.derived("Billable on-demand GB-seconds", "billable_gb_seconds",
                n.of("od_gb_seconds") + "-" + n.of("free_gb_seconds"), "GB-s", "priced through the duration tiers"));
        return rows;
    }

    /** This function's share of the free tier: what the functions before it in the scenario left over. */
    private static void freeTier(List<AssumptionRow> rows, BlockPlan plan) {
        InputNames n = plan.names;
        InputNames previous = previousLambda(plan);
        String on = GlobalInputs.lambdaFreeTier(plan.scenarioIndex) + "=\"yes\"";
        String requestsLeft = previous == null ? FREE_REQUESTS : previous.of("free_requests_left");
        String gbLeft = previous == null ? FREE_GB_SECONDS : previous.of("free_gb_seconds_left");
        rows.add(AssumptionRow.derived("Free requests used", "free_requests", "IF(" + on + ",MIN(" + n.of("requests") + ","
                + requestsLeft + "),0)", "requests", previous == null ? "the scenario's first Lambda function"
                : "what the functions before it left"));
        rows.add(AssumptionRow.derived("Free requests left", "free_requests_left", requestsLeft + "-" + n.of("free_requests"),
                "requests", null));
        rows.add(AssumptionRow.derived("Free GB-seconds used", "free_gb_seconds", "IF(" + on + ",MIN(" + n.of("od_gb_seconds")
                + "," + gbLeft + "),0)", "GB-s", "provisioned concurrency is not covered"));
        rows.add(AssumptionRow.derived("Free GB-seconds left", "free_gb_seconds_left", gbLeft + "-" + n.of("free_gb_seconds"),
                "GB-s", null));
    }

    private static InputNames previousLambda(BlockPlan plan) {
        InputNames previous = null;
        for (BlockPlan other : plan.scenarioBlocks) {
            if (other == plan) return previous;
            if (other.block instanceof LambdaFunction) previous = other.names;
        }
        return previous;
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        InputNames n = plan.names;
        String c = baseCode(line.component());
        switch (c) {
            case "lambda.requests": return n.of("billable_requests");
            case "lambda.ephemeral": return n.of("ephemeral_gb_seconds");
            case "lambda.provisioned": return n.of("pc_gb_seconds");
            case "lambda.provisioned-duration": return n.of("on_pc_gb_seconds");
            default:
        }
        if (!c.startsWith("lambda.duration.tier")) return null;
        int tier = c.charAt(c.length() - 1) - '0';
        LambdaFunction f = (LambdaFunction) plan.block;
        boolean arm = variant == Variant.GRAVITON || f.architecture() == Architecture.ARM64;
        String first = arm ? "7500000000" : "6000000000", upToSecond = arm ? "18750000000" : "15000000000";
        String b = n.of("billable_gb_seconds");
        // the highest tier the engine priced takes everything above it, so usage raised past it is charged, not dropped
        boolean top = tier == highestTier(plan, variant, option);
        return switch (tier) {
            case 1 -> top ? b : "MIN(" + b + "," + first + ")";
            case 2 -> top ? "MAX(" + b + "-" + first + ",0)" : "MIN(MAX(" + b + "-" + first + ",0)," + upToSecond + "-" + first + ")";
            case 3 -> "MAX(" + b + "-" + upToSecond + ",0)";
            default -> null;
        };
    }

    private static int highestTier(BlockPlan plan, Variant variant, PurchaseOption option) {
        OptionCost oc = plan.options(variant).get(option.key());
        int top = 1;
        for (CostLine l : oc.lines()) {
            String c = baseCode(l.component());
            if (c.startsWith("lambda.duration.tier")) top = Math.max(top, c.charAt(c.length() - 1) - '0');
        }
        return top;
    }

    /** {@code sp.lambda.duration.tier1.upfront} → {@code lambda.duration.tier1}: a Savings Plan line bills the same usage. */
    static String baseCode(String component) {
        String c = component.startsWith("sp.") ? component.substring(3) : component;
        return c.endsWith(".upfront") ? c.substring(0, c.length() - ".upfront".length()) : c;
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }
}
