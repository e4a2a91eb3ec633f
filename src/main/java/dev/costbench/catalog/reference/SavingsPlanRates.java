package dev.costbench.catalog.reference;

import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.purchase.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Savings Plan rates. No trustworthy published Savings Plan rates exist in the reference data, so all are
 * estimates: per EC2 instance-hour from the Reserved Instance of the same term and payment (Convertible for
 * Compute plans, Standard for EC2 Instance plans); for Fargate and Lambda a discount off the service rate.
 */
final class SavingsPlanRates {
    /** AWS's published maximum Compute Savings Plan discount on Lambda (3 years, All Upfront). */
    static final BigDecimal LAMBDA_MAX_DISCOUNT = new BigDecimal("0.17");

    static final List<String> FARGATE_DIMENSIONS = List.of(ServiceRates.FARGATE_X86_VCPU, ServiceRates.FARGATE_X86_GB,
            ServiceRates.FARGATE_ARM_VCPU, ServiceRates.FARGATE_ARM_GB);

    /** Lambda's duration and provisioned-concurrency charges; requests are not discounted. */
    static final List<String> LAMBDA_DIMENSIONS = List.of(ServiceRates.LAMBDA_X86_TIER1, ServiceRates.LAMBDA_X86_TIER2,
            ServiceRates.LAMBDA_X86_TIER3, ServiceRates.LAMBDA_ARM_TIER1, ServiceRates.LAMBDA_ARM_TIER2,
            ServiceRates.LAMBDA_ARM_TIER3, ServiceRates.LAMBDA_PC_X86, ServiceRates.LAMBDA_PC_ARM,
            ServiceRates.LAMBDA_PC_DURATION_X86, ServiceRates.LAMBDA_PC_DURATION_ARM);

    private final SourceTable sources;
    /** m5.large's Convertible RI discount off On-Demand per term and payment: 1 − effective ÷ $0.096. */
    private final Map<SavingsPlanKey, BigDecimal> convertibleDiscount = new LinkedHashMap<>();
    private final Map<SavingsPlanKey, ReservedRate> m5Convertible = new LinkedHashMap<>();
    private final BigDecimal patternOnDemand;

    SavingsPlanRates(ReservedOffers reserved, SourceTable sources) {
        this.sources = sources;
        this.patternOnDemand = reserved.patternOnDemand();
        for (Term t : Term.values())
            for (Payment p : Payment.values()) {
                ReservedRate m5 = reserved.pattern().get(new ReservedKey(t, OfferingClass.CONVERTIBLE, p));
                BigDecimal eff = ReservedOffers.effective(m5, t);
                m5Convertible.put(new SavingsPlanKey(SavingsPlanType.COMPUTE, t, p), m5);
                convertibleDiscount.put(new SavingsPlanKey(SavingsPlanType.COMPUTE, t, p),
                        BigDecimal.ONE.subtract(Rounding.divide(eff, reserved.patternOnDemand())));
            }
    }

    Map<SavingsPlanKey, BigDecimal> convertibleDiscount() { return convertibleDiscount; }

    /** The Lambda discount per Compute plan: 17% at 3y All Upfront, the others in m5.large's proportion. */
    Map<SavingsPlanKey, BigDecimal> lambdaDiscount() {
        BigDecimal top = convertibleDiscount.get(new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT));
        Map<SavingsPlanKey, BigDecimal> out = new LinkedHashMap<>();
        convertibleDiscount.forEach((k, d) -> out.put(k, LAMBDA_MAX_DISCOUNT.multiply(Rounding.divide(d, top))));
        return out;
    }

    /**
     * The EC2 rule as a formula per plan: the Reserved Instance's upfront ÷ hours of the term + its hourly. The
     * shipped catalog's No Upfront offers have no upfront and its All Upfront offers no hourly (the build checks every
     * formula against its figure), so those zero parts are not written.
     */
    static final Derivation EC2_FORMULA = ec2Formula();

    private static Derivation ec2Formula() {
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        for (SavingsPlanType plan : SavingsPlanType.values())
            for (Term t : Term.values())
                for (Payment p : Payment.values()) {
                    OfferingClass c = plan == SavingsPlanType.COMPUTE ? OfferingClass.CONVERTIBLE : OfferingClass.STANDARD;
                    String ri = "reserved:{region}:{key}:" + new ReservedKey(t, c, p).key() + ":";
                    // No Upfront has no upfront and All Upfront no hourly: those parts are zero and left out
                    List<Derivation.Part> parts = new ArrayList<>();
                    if (p != Payment.NO_UPFRONT)
                        parts.add(new Derivation.Part(ri + RateId.UPFRONT, BigDecimal.ONE, BigDecimal.valueOf(t.hours())));
                    if (p != Payment.ALL_UPFRONT) parts.add(new Derivation.Part(ri + RateId.HOURLY, BigDecimal.ONE, BigDecimal.ONE));
                    formulas.put(new SavingsPlanKey(plan, t, p).key(), new Derivation.Formula(Derivation.Round.SIX_DIGITS, parts));
                }
        return new Derivation("Reserved Instance's effective hourly", formulas);
    }

    /** EC2 plans for every type of the region that has all its Reserved offers. */
    void addEc2(PriceCatalog.Builder b, PriceCatalog reservedSoFar, String region) {
        // us-east-1's Reserved offers are dated by its 2026-07-20 On-Demand table, the other regions' by the 2025-04 feeds
        boolean base = region.equals(ReservedOffers.REGION);
        Provenance source = sources.estimated(base ? "ec2-savings-plans-estimated" : "ec2-savings-plans-estimated-2025-04",
                "Estimate from the Reserved Instance offers in this catalog (no published Savings Plan rates were available)",
                base ? "2026-07-20" : RegionalReservedOffers.AS_OF,
                "rate per instance-hour = the effective hourly (upfront ÷ hours of the term + hourly) of the Reserved "
                        + "Instance of the same term and payment: Convertible for Compute Savings Plans, Standard for "
                        + "EC2 Instance Savings Plans; to 6 significant digits", EC2_FORMULA);
        ByRule.Bases bases = ByRule.in(reservedSoFar);
        for (String type : reservedSoFar.pricedInstanceTypes(region)) {
            for (SavingsPlanType plan : SavingsPlanType.values())
                for (Term t : Term.values())
                    for (Payment p : Payment.values()) {
                        OfferingClass c = plan == SavingsPlanType.COMPUTE ? OfferingClass.CONVERTIBLE : OfferingClass.STANDARD;
                        if (reservedSoFar.reserved(region, type, new ReservedKey(t, c, p)).isEmpty()) continue;
                        SavingsPlanKey k = new SavingsPlanKey(plan, t, p);
                        b.ec2SavingsPlan(region, type, k,
                                new Rate(ByRule.figure(source, RateId.savingsPlan(region, type, k), bases), "hour", source));
                    }
        }
    }

    /** Compute plan rates for Fargate in a region, from its On-Demand rates. */
    void addFargate(PriceCatalog.Builder b, PriceCatalog rates, String region) {
        Provenance p = sources.estimated("savings-plan-fargate-" + region,
                "Estimate from the Fargate On-Demand rates of " + region + " and m5.large's published Convertible "
                        + "Reserved Instance offers (no published Savings Plan rates were available)",
                asOf(rates, region, ServiceRates.FARGATE, FARGATE_DIMENSIONS),
                "Fargate On-Demand rate × (1 − discount), the discount being m5.large us-east-1's Convertible Reserved "
                        + "Instance discount for the same term and payment (1 − effective hourly ÷ $0.096): "
                        + describe(convertibleDiscount) + "; to 6 significant digits", fargateFormula());
        addByFormula(b, rates, region, ServiceRates.FARGATE, FARGATE_DIMENSIONS, p);
    }

    /**
     * The Fargate rule as a formula per plan: the Fargate rate × (1 − discount) = the rate × m5.large's Convertible
     * effective hourly ÷ $0.096, written with exact decimals as × (upfront + hourly × hours) ÷ (hours × $0.096).
     */
    private Derivation fargateFormula() {
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        for (Term t : Term.values())
            for (Payment p : Payment.values()) {
                ReservedRate m5 = m5Convertible.get(new SavingsPlanKey(SavingsPlanType.COMPUTE, t, p));
                BigDecimal hours = BigDecimal.valueOf(t.hours());
                formulas.put(new SavingsPlanKey(SavingsPlanType.COMPUTE, t, p).key(), Derivation.Formula.of(
                        Derivation.Round.SIX_DIGITS, new Derivation.Part("service:{region}:{key}",
                                m5.upfront().add(m5.hourly().multiply(hours)), hours.multiply(patternOnDemand))));
            }
        return new Derivation("Fargate rate × m5.large's Convertible discount", formulas);
    }

    /** Each plan's rate worked out by its formula in {@code p}, so that a workbook's formula gives the same figure. */
    private void addByFormula(PriceCatalog.Builder b, PriceCatalog rates, String region, String service,
                              List<String> dimensions, Provenance p) {
        ByRule.Bases bases = ByRule.in(rates);
        for (String dim : dimensions) {
            Rate od = rates.serviceRate(region, service, dim)
                    .orElseThrow(() -> new IllegalStateException("no " + service + "/" + dim + " rate in " + region));
            for (SavingsPlanKey k : convertibleDiscount.keySet())
                b.serviceSavingsPlan(region, service, dim, k, new Rate(ByRule.figure(p,
                        RateId.servicePlan(region, service, dim, k), bases), od.unit(), p));
        }
    }

    /**
     * The Lambda rule as a formula per plan: the rate × (1 − 17 % × D ÷ D₃ᵧ), D being m5.large's Convertible discount
     * 1 − (upfront + hourly × H) ÷ (H × $0.096) of the plan's term and payment, D₃ᵧ that of 3 years All Upfront. With
     * E = upfront + hourly × H, the factor is (H (0.096 H₃ᵧ − E₃ᵧ) − 0.17 (0.096 H − E) H₃ᵧ) ÷ (H (0.096 H₃ᵧ − E₃ᵧ)),
     * exact decimals over an exact divisor.
     */
    private Derivation lambdaFormula() {
        SavingsPlanKey topKey = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT);
        BigDecimal topHours = BigDecimal.valueOf(Term.THREE_YEAR.hours());
        ReservedRate top = m5Convertible.get(topKey);
        BigDecimal topGap = patternOnDemand.multiply(topHours).subtract(top.upfront().add(top.hourly().multiply(topHours)));
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        m5Convertible.forEach((k, m5) -> {
            BigDecimal hours = BigDecimal.valueOf(k.term().hours());
            BigDecimal gap = patternOnDemand.multiply(hours).subtract(m5.upfront().add(m5.hourly().multiply(hours)));
            BigDecimal per = hours.multiply(topGap);
            BigDecimal factor = per.subtract(LAMBDA_MAX_DISCOUNT.multiply(gap).multiply(topHours));
            formulas.put(k.key(), Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                    new Derivation.Part("service:{region}:{key}", factor, per)));
        });
        return new Derivation("Lambda rate × (1 − 17 % scaled by m5.large's Convertible discount)", formulas);
    }

    /** Compute plan rates for Lambda duration and provisioned concurrency in a region. */
    void addLambda(PriceCatalog.Builder b, PriceCatalog rates, String region) {
        Map<SavingsPlanKey, BigDecimal> discount = lambdaDiscount();
        Provenance p = sources.estimated("savings-plan-lambda-" + region,
                "Estimate from the Lambda rates of " + region + ", AWS's published maximum Compute Savings Plan discount "
                        + "on Lambda (17%, 3 years All Upfront) and m5.large's published Convertible Reserved Instance offers",
                asOf(rates, region, ServiceRates.LAMBDA, LAMBDA_DIMENSIONS),
                "Lambda duration or provisioned-concurrency rate × (1 − discount), the discount being 17% × (m5.large's "
                        + "Convertible RI discount for the same term and payment ÷ its 3y All Upfront discount): "
                        + describe(discount) + "; requests are not discounted; to 6 significant digits", lambdaFormula());
        addByFormula(b, rates, region, ServiceRates.LAMBDA, LAMBDA_DIMENSIONS, p);
    }

    /** The newest date of the rates a plan's estimate starts from. */
    private static String asOf(PriceCatalog rates, String region, String service, List<String> dimensions) {
        List<String> dates = new ArrayList<>();
        for (String dim : dimensions) rates.serviceRate(region, service, dim).ifPresent(r -> dates.add(r.provenance().asOf()));
        return dates.stream().max(String::compareTo).orElseThrow();
    }

    private static String describe(Map<SavingsPlanKey, BigDecimal> discount) {
        List<String> parts = new ArrayList<>();
        discount.forEach((k, d) -> parts.add(k.term().key() + " " + k.payment().key() + " " + Rounding.percent(d)));
        return String.join(", ", parts);
    }
}
