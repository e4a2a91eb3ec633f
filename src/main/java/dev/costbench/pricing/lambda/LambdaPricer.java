package dev.costbench.pricing.lambda;

import dev.costbench.catalog.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.PurchaseOption;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Lambda function: requests at $0.20 per million, duration GB-seconds through AWS's monthly tiers (per
 * function), ephemeral storage above 512 MB, and provisioned concurrency. On-Demand or a Compute Savings Plan,
 * which discounts duration and provisioned concurrency but not requests or storage.
 */
public final class LambdaPricer {
    private LambdaPricer() {}

    public static final String NO_SPOT = "Lambda has no Spot pricing";
    public static final String NO_RESERVED = "Lambda has no Reserved Instances";
    public static final String NO_EC2_INSTANCE_PLAN = "EC2 Instance Savings Plans cover EC2 instances only, not Lambda";
    private static final String GB_S = "GB-seconds";
    private static final NotApplicable SPOT_NA = new NotApplicable(NO_SPOT);
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable EC2_INSTANCE_PLAN_NA = new NotApplicable(NO_EC2_INSTANCE_PLAN);

    /** A kind of Lambda line: its code and words, and the codes and words of its Savings Plan variants. */
    record LineKind(String code, String description, String planCode, String planDescription, String upfrontCode,
                    String upfrontDescription) {
        static LineKind of(String code, String description) {
            return new LineKind(code, description, "sp." + code, description + " under the Savings Plan",
                    "sp." + code + ".upfront", description + ": Savings Plan commitment for the term, upfront");
        }
    }

    private static final LineKind REQUESTS = LineKind.of("lambda.requests", "Requests");
    private static final LineKind EPHEMERAL = LineKind.of("lambda.ephemeral", "Ephemeral storage above 512 MB");
    private static final LineKind PROVISIONED = LineKind.of("lambda.provisioned", "Provisioned concurrency kept warm");
    private static final LineKind PROVISIONED_DURATION = LineKind.of("lambda.provisioned-duration",
            "Duration on provisioned concurrency");
    private static final LineKind[] X86_TIERS = tiers(DurationTiers.X86);
    private static final LineKind[] ARM_TIERS = tiers(DurationTiers.ARM);

    private static LineKind[] tiers(DurationTiers t) {
        return new LineKind[]{LineKind.of("lambda.duration.tier1", t.descriptions()[0]),
                LineKind.of("lambda.duration.tier2", t.descriptions()[1]),
                LineKind.of("lambda.duration.tier3", t.descriptions()[2])};
    }

    public static PricedBlock price(LambdaFunction f, Architecture arch, RateBook rates, FreeTierAllowance free) {
        LambdaUsage usage = LambdaUsage.of(f);
        boolean arm = arch == Architecture.ARM64;
        DurationTiers tiers = DurationTiers.of(arch);
        LineKind[] tierLines = (arm ? ARM_TIERS : X86_TIERS).clone();
        LineKind requestLine = REQUESTS;
        if (free.requests() > 0)
            requestLine = LineKind.of(REQUESTS.code(), "Requests (after " + SizeText.count(free.requests()) + " free)");
        if (free.gbSeconds().signum() > 0)
            tierLines[0] = LineKind.of(tierLines[0].code(), tierLines[0].description() + " (after "
                    + SizeText.plain(free.gbSeconds()) + " GB-s free)");
        BigDecimal requests = BigDecimal.valueOf(usage.requests() - free.requests());
        BigDecimal[] inTier = tiers.split(usage.onDemandGbSeconds().subtract(free.gbSeconds()));
        ServiceDimension requestRate = rates.service(ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS);
        ServiceDimension[] tierRates = new ServiceDimension[3];
        for (int i = 0; i < 3; i++)
            if (i == 0 || inTier[i].signum() > 0) tierRates[i] = rates.service(ServiceRates.LAMBDA, tiers.dimensions()[i]);
        ServiceDimension ephemeral = usage.ephemeralGbSeconds().signum() > 0
                ? rates.service(ServiceRates.LAMBDA, ServiceRates.LAMBDA_EPHEMERAL) : null;
        boolean provisioned = f.provisionedConcurrency() > 0;
        ServiceDimension pc = provisioned
                ? rates.service(ServiceRates.LAMBDA, arm ? ServiceRates.LAMBDA_PC_ARM : ServiceRates.LAMBDA_PC_X86) : null;
        ServiceDimension pcDuration = provisioned
                ? rates.service(ServiceRates.LAMBDA, arm ? ServiceRates.LAMBDA_PC_DURATION_ARM : ServiceRates.LAMBDA_PC_DURATION_X86) : null;
        LineKind requestKind = requestLine;

        OptionLines lines = new OptionLines(null);

        return new PricedBlock(keySize(f, arm), PricedBlock.eachOption(o -> {
            OptionCost na = notApplicable(o);
            if (na != null) return na;
            PurchaseOption.SavingsPlan plan = o instanceof PurchaseOption.SavingsPlan p ? p : null;
            OptionLines out = lines.reset(o);
            add(out, null, requestKind, requestRate, requests, "requests");
            for (int i = 0; i < 3; i++)
                if (tierRates[i] != null) add(out, plan, tierLines[i], tierRates[i], inTier[i], GB_S);
            if (ephemeral != null) add(out, null, EPHEMERAL, ephemeral, usage.ephemeralGbSeconds(), GB_S);
            if (provisioned) {
                add(out, plan, PROVISIONED, pc, usage.provisionedGbSeconds(), GB_S);
                add(out, plan, PROVISIONED_DURATION, pcDuration, usage.onProvisionedGbSeconds(), GB_S);
            }
            return out.build();
        }), List.of());
    }

    /** The NOT_APPLICABLE cost saying why {@code option} does not apply to Lambda, or null when it does. */
    static OptionCost notApplicable(PurchaseOption option) {
        return switch (option) {
            case PurchaseOption.Spot s -> SPOT_NA.of(option);
            case PurchaseOption.Reserved r -> RESERVED_NA.of(option);
            case PurchaseOption.SavingsPlan p when p.plan().type() == SavingsPlanType.EC2_INSTANCE -> EC2_INSTANCE_PLAN_NA.of(option);
            default -> null;
        };
    }

    /** One usage line at the pay-as-you-go rate, or, under a Savings Plan, at the plan's rate split by payment. */
    private static void add(OptionLines out, PurchaseOption.SavingsPlan plan, LineKind kind, ServiceDimension rate,
                            BigDecimal quantity, String unit) {
        if (plan == null) {
            if (rate.rate() == null) out.missing(rate.missing());
            else out.add(CostLine.monthly(kind.code(), kind.description(), quantity, unit, rate.rate().usd(),
                    rate.rate().provenance()));
            return;
        }
        PlanTerms sp = rate.plan(plan);
        if (sp == null) {
            out.missing(rate.missingPlan(plan));
            return;
        }
        if (sp.hasUpfront())
            out.add(CostLine.upfront(kind.upfrontCode(), kind.upfrontDescription(), quantity, unit,
                    sp.upfrontPerUsageUnit(), sp.termMonths(), sp.upfrontShareRate(), sp.rate().provenance()));
        if (sp.hasRecurring())
            out.add(CostLine.monthly(kind.planCode(), kind.planDescription(), quantity, unit, sp.recurringRate(),
                    sp.rate().provenance()));
    }

    /** "10M requests × 200 ms × 512 MB" */
    static String keySize(LambdaFunction f, boolean arm) {
        String ms = f.avgDurationMs() == null ? "?" : SizeText.plain(f.avgDurationMs());
        return SizeText.count(f.requestsPerMonth()) + " requests × " + ms + " ms × " + f.memoryMb() + " MB"
                + (arm ? " · arm64" : "")
                + (f.provisionedConcurrency() > 0 ? " · " + f.provisionedConcurrency() + " provisioned" : "");
    }
}
