package dev.costbench.pricing.lambda;

import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.Wording;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.rates.PlanRateNames;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import dev.costbench.pricing.component.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda function: requests at $0.20 per million, duration GB-seconds through AWS's monthly tiers (the account's,
 * shared out by {@link AccountDuration}), ephemeral storage above 512 MB, and provisioned concurrency. On-Demand or a Compute Savings Plan,
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

    /**
     * A kind of Lambda line: its code and words, the rate's name, and the codes and words of its Savings Plan variants,
     * with the rate's name under each plan.
     */
    record LineKind(String code, String description, String rateName, String planCode, String planDescription,
                    String upfrontCode, String upfrontDescription, PlanRateNames planRateNames) {
        static LineKind of(String code, String description, String rateName) {
            return described(code, description, rateName, new PlanRateNames(rateName));
        }

        private static LineKind described(String code, String description, String rateName, PlanRateNames planRateNames) {
            return new LineKind(code, description, rateName, "sp." + code, description + " under the Savings Plan",
                    "sp." + code + ".upfront", description + ": Savings Plan commitment for the term, upfront", planRateNames);
        }

        static LineKind of(String code, String description) { return of(code, description, description); }

        /** The same line with a note on its description (the free tier it used); the rate keeps its name. */
        LineKind noted(String note) { return described(code, description + note, rateName, planRateNames); }
    }

    private static final String[] TIER_WORDS = {"first", "second", "third"};
    private static final LineKind REQUESTS = LineKind.of("lambda.requests", "Requests", "Lambda requests");
    private static final LineKind EPHEMERAL = LineKind.of("lambda.ephemeral", "Ephemeral storage above 512 MB",
            "Lambda ephemeral storage above 512 MB");
    private static final LineKind PROVISIONED = LineKind.of("lambda.provisioned", "Provisioned concurrency kept warm",
            "Lambda provisioned concurrency");
    private static final LineKind PROVISIONED_DURATION = LineKind.of("lambda.provisioned-duration",
            "Duration on provisioned concurrency");
    private static final LineKind[] X86_TIERS = tiers(DurationTiers.X86);
    private static final LineKind[] ARM_TIERS = tiers(DurationTiers.ARM);
    // the tiers as a function sharing the account's reads them: the same for every such function of an architecture
    private static final LineKind[] X86_SHARED_TIERS = shared(X86_TIERS, DurationTiers.X86);
    private static final LineKind[] ARM_SHARED_TIERS = shared(ARM_TIERS, DurationTiers.ARM);

    private static LineKind[] tiers(DurationTiers t) {
        return new LineKind[]{LineKind.of("lambda.duration.tier1", t.descriptions()[0]),
                LineKind.of("lambda.duration.tier2", t.descriptions()[1]),
                LineKind.of("lambda.duration.tier3", t.descriptions()[2])};
    }

    private static LineKind[] shared(LineKind[] tiers, DurationTiers t) {
        LineKind[] out = new LineKind[tiers.length];
        for (int i = 0; i < tiers.length; i++) out[i] = tiers[i].noted(sharedNote(t));
        return out;
    }

    private static String sharedNote(DurationTiers t) { return " (the account's " + t.name() + " tiers, this function's share by GB-s)"; }

    /** The named figure of GB-seconds in each tier, per architecture: its names are the same for every function. */
    private static final String[][] TIER_FIELDS = {tierFields(DurationTiers.X86), tierFields(DurationTiers.ARM)};
    private static final String[][] TIER_LABELS = {tierLabels(DurationTiers.X86), tierLabels(DurationTiers.ARM)};

    private static String[] tierFields(DurationTiers t) {
        String[] out = new String[3];
        for (int i = 0; i < 3; i++) out[i] = t.name() + "_tier" + (i + 1) + "_gb_seconds";
        return out;
    }

    private static String[] tierLabels(DurationTiers t) {
        String[] out = new String[3];
        for (int i = 0; i < 3; i++) out[i] = "GB-seconds in the " + TIER_WORDS[i] + " tier (" + t.name() + ")";
        return out;
    }

    /** A line's rule and the rate it is priced at; {@code needed} when its rate must exist even at quantity 0. */
    private record Part(LineKind kind, ServiceDimension rate, Quantity quantity, boolean needed, boolean discounted) {
        boolean requests() { return kind.code().equals(REQUESTS.code()); }

        String unit() { return requests() ? "requests" : GB_S; }

        /** The rate's unit, as Sources names it. */
        String perUnit() { return requests() ? "per request" : "per GB-second"; }
    }

    public static PricedBlock price(LambdaFunction f, Architecture arch, RateBook rates, FreeTierAllowance free) {
        return price(f, arch, rates, free, null);
    }

    /**
     * {@code account}: the function's billable GB-seconds and its architecture's account total, whose tiered cost it
     * bears in proportion; null to tier the function alone (its Graviton twin, a steady hour of its load profile).
     */
    public static PricedBlock price(LambdaFunction f, Architecture arch, RateBook rates, FreeTierAllowance free,
                                    AccountDuration account) {
        boolean arm = arch == Architecture.ARM64;
        DurationTiers tiers = DurationTiers.of(arch);
        FreeTierAllowance.Share share = free.share();
        LambdaRules usage = share != null ? share.usage() : LambdaRules.of(f);
        // without the hand-out's rules (a cut-down allowance), the free amounts are plain figures
        Quantity freeRequests = share != null ? share.requestsUsed() : Quantity.Constant.of(free.requests());
        Quantity freeGbSeconds = share != null ? share.gbSecondsUsed() : new Quantity.Constant(free.gbSeconds());
        boolean sharesAccount = account != null && account.shared();
        LineKind[] tierLines = sharesAccount ? (arm ? ARM_SHARED_TIERS : X86_SHARED_TIERS) : (arm ? ARM_TIERS : X86_TIERS);
        LineKind requestLine = REQUESTS;
        if (free.requests() > 0) requestLine = REQUESTS.noted(" (after " + SizeText.count(free.requests()) + " free)");
        if (free.gbSeconds().signum() > 0) {
            tierLines = tierLines.clone();
            LineKind first = (arm ? ARM_TIERS : X86_TIERS)[0].noted(" (after " + SizeText.plain(free.gbSeconds()) + " GB-s free)");
            tierLines[0] = sharesAccount ? first.noted(sharedNote(tiers)) : first;
        }
        Quantity.Named requests = Quantity.Named.of("billable_requests", "Billable requests", "per month", null,
                Quantity.sub(usage.requests(), freeRequests));
        Quantity[] bands;
        if (account == null) {
            Quantity.Named billable = Quantity.Named.of("billable_gb_seconds", "Billable on-demand GB-seconds", "GB-s",
                    "priced through the duration tiers", Quantity.sub(usage.onDemand(), freeGbSeconds));
            bands = tiers.bands(billable);
        } else {
            Quantity.Band[] ofTotal = tiers.bands(account.total());
            bands = new Quantity[ofTotal.length];
            for (int i = 0; i < ofTotal.length; i++) bands[i] = account.shareOf(ofTotal[i]);
        }
        List<Part> parts = new ArrayList<>(6);
        parts.add(new Part(requestLine, rates.service(ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS), requests, true, false));
        for (int i = 0; i < 3; i++) {
            Quantity.Named inTier = Quantity.Named.of(TIER_FIELDS[arm ? 1 : 0][i], TIER_LABELS[arm ? 1 : 0][i], "GB-s", null, bands[i]);
            parts.add(new Part(tierLines[i], rates.service(ServiceRates.LAMBDA, tiers.dimensions()[i]), inTier, i == 0, true));
        }
        if (usage.ephemeral() != null)
            parts.add(new Part(EPHEMERAL, rates.service(ServiceRates.LAMBDA, ServiceRates.LAMBDA_EPHEMERAL),
                    usage.ephemeral(), true, false));
        if (usage.provisioned() != null) {
            parts.add(new Part(PROVISIONED, rates.service(ServiceRates.LAMBDA,
                    arm ? ServiceRates.LAMBDA_PC_ARM : ServiceRates.LAMBDA_PC_X86), usage.provisioned(), true, true));
            parts.add(new Part(PROVISIONED_DURATION, rates.service(ServiceRates.LAMBDA,
                    arm ? ServiceRates.LAMBDA_PC_DURATION_ARM : ServiceRates.LAMBDA_PC_DURATION_X86), usage.onProvisioned(), true, true));
        }

        OptionLines lines = new OptionLines(null);

        return PricedBlock.sized(keySize(f, arm, usage), PricedBlock.eachOption(o -> {
            OptionCost na = notApplicable(o);
            if (na != null) return na;
            PurchaseOption.SavingsPlan plan = o instanceof PurchaseOption.SavingsPlan p ? p : null;
            OptionLines out = lines.reset(o);
            for (Part part : parts) add(out, part.discounted() ? plan : null, part);
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

    /**
     * One usage line at the pay-as-you-go rate, or, under a Savings Plan, at the plan's rate split by payment. A part
     * at 0 whose rate the catalog lacks (a tier not reached) is left out unless its rate is {@code needed}.
     */
    private static void add(OptionLines out, PurchaseOption.SavingsPlan plan, Part part) {
        LineKind kind = part.kind();
        ServiceDimension rate = part.rate();
        Quantity q = part.quantity();
        if (plan == null) {
            CostLine line = rate.monthlyLine(kind.code(), kind.description(), q, part.unit(), kind.rateName(),
                    part.perUnit(), part.needed(), out.gaps());
            if (line != null) out.add(line);
            return;
        }
        PlanTerms sp = rate.planFor(plan, kind.planCode(), kind.planDescription(), q, GB_S, part.needed(), out.gaps());
        if (sp == null) return;
        String rateName = kind.planRateNames().under(plan), unit = part.perUnit();
        sp.addUsed(out, q, GB_S, new PlanTerms.Part(kind.upfrontCode(), kind.upfrontDescription(), rate.planUpfrontRateRef(plan, rateName, unit)),
                new PlanTerms.Part(kind.planCode(), kind.planDescription(), rate.planRateRef(plan, rateName, unit)));
    }

    /** "10M requests × 200 ms × 512 MB", over the function's inputs in {@code rules}. */
    static Wording keySize(LambdaFunction f, boolean arm, LambdaRules rules) {
        return Wording.of(new Wording.Count(rules.requests()), " requests × ",
                f.avgDurationMs() == null ? "?" : rules.durationMs(), " ms × ", Wording.whole(rules.memoryMb()), " MB"
                        + (arm ? " · arm64" : ""),
                rules.concurrency() == null ? "" : Wording.of(" · ", Wording.whole(rules.concurrency()), " provisioned"));
    }
}
