package dev.costbench.catalog.reference;

import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ServiceRates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Non-EC2 rates outside the regions aws_service_unit_prices.csv covers: Lambda and EBS gp3 where AWS's
 * tables have the region, EKS's flat control-plane fee in every commercial region, and Fargate and load
 * balancers estimated from us-east-1's rates by the region's On-Demand price level.
 */
final class RegionalServices {
    static final String LAMBDA_FILE = "lambda_unit_prices_by_region_remotion.csv";
    static final String EBS_FILE = "ebs_rates_allregions_pricingpage_2024-07-18.csv";
    static final String EBS_GP3_KEY = "Storage General Purpose gp3 GB Mo";
    static final String EBS_GP3_IOPS_KEY = "Provisioned EBS IOPS gp3 Volumes per IOPS Mo";
    /** The feed gives gp3 throughput per GiB/s-month; AWS's page bills per MB/s-month: 1 GiB/s = 1,024 MiB/s. */
    static final String EBS_GP3_THROUGHPUT_KEY = "Provisioned Throughput gp3 per GiBps mo";
    static final String BASE = "us-east-1";

    /** Lambda table dimension → catalog dimension (published figures). */
    private static final Map<String, String> LAMBDA = Map.of(
            "duration_x86_tier1", ServiceRates.LAMBDA_X86_TIER1,
            "duration_arm_tier1", ServiceRates.LAMBDA_ARM_TIER1,
            "requests_x86", ServiceRates.LAMBDA_REQUESTS,
            "ephemeral_storage_over_512MB_x86", ServiceRates.LAMBDA_EPHEMERAL,
            "provisioned_concurrency_x86", ServiceRates.LAMBDA_PC_X86,
            "duration_with_provisioned_concurrency_x86", ServiceRates.LAMBDA_PC_DURATION_X86);

    /** Lambda dimensions the table lacks → the published dimension of the same region they follow. */
    private static final Map<String, String> LAMBDA_DERIVED = Map.of(
            ServiceRates.LAMBDA_X86_TIER2, ServiceRates.LAMBDA_X86_TIER1,
            ServiceRates.LAMBDA_X86_TIER3, ServiceRates.LAMBDA_X86_TIER1,
            ServiceRates.LAMBDA_ARM_TIER2, ServiceRates.LAMBDA_ARM_TIER1,
            ServiceRates.LAMBDA_ARM_TIER3, ServiceRates.LAMBDA_ARM_TIER1,
            ServiceRates.LAMBDA_PC_ARM, ServiceRates.LAMBDA_PC_X86,
            ServiceRates.LAMBDA_PC_DURATION_ARM, ServiceRates.LAMBDA_PC_DURATION_X86);

    /** The Fargate rates a Savings Plan covers, and task storage. */
    static final List<String> FARGATE_DIMENSIONS = Stream.concat(SavingsPlanRates.FARGATE_DIMENSIONS.stream(),
            Stream.of(ServiceRates.FARGATE_EPHEMERAL)).toList();
    static final List<String> ELB_DIMENSIONS = List.of(ServiceRates.ALB_HOUR, ServiceRates.ALB_LCU_HOUR,
            ServiceRates.NLB_HOUR, ServiceRates.NLB_NLCU_HOUR);

    private final SourceTable sources;
    private final OnDemandPrices onDemand;
    private final Map<String, BigDecimal> priceLevel = new TreeMap<>();

    RegionalServices(SourceTable sources, OnDemandPrices onDemand) {
        this.sources = sources;
        this.onDemand = onDemand;
        for (String region : onDemand.regions()) priceLevel.put(region, priceLevel(region));
    }

    /**
     * The region's On-Demand price level: the median over the types priced in both regions of (region's
     * price ÷ us-east-1's), both from the 2025-04-04 feed, to 4 places.
     */
    private BigDecimal priceLevel(String region) {
        Map<String, BigDecimal> base = onDemand.feed(BASE);
        List<BigDecimal> ratios = new ArrayList<>();
        onDemand.feed(region).forEach((type, usd) -> {
            BigDecimal b = base.get(type);
            if (b != null && b.signum() > 0) ratios.add(Rounding.divide(usd, b));
        });
        if (ratios.isEmpty()) throw new IllegalStateException("no type priced in both " + region + " and " + BASE);
        return GenerationRatios.median(ratios);
    }

    Map<String, BigDecimal> priceLevels() { return priceLevel; }

    void addLambda(PriceCatalog.Builder b, ReferenceTable table) {
        Provenance published = sources.published("lambda-pricing-page-remotion",
                "AWS Lambda unit prices per region from AWS's pricing-calculator feed (meteredUnitMaps/lambda), as "
                        + "kept in remotion's price table; its capture date is not stated, so it is dated by its us-east-1 figures, "
                        + "which equal infracost's 2024-07-01 goldens", "2024-07-01");
        Map<String, Map<String, BigDecimal>> byRegion = new TreeMap<>();
        for (Map<String, String> row : table.rows()) {
            String dim = LAMBDA.get(row.get("dimension"));
            String region = row.get("region");
            if (dim == null || region.equals(BASE)) continue; // us-east-1 keeps its fuller rates, tiers included
            BigDecimal usd = table.decimal(row, "usd");
            byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(dim, usd);
            b.serviceRate(region, ServiceRates.LAMBDA, dim, new Rate(usd, row.get("unit"), published));
        }
        PriceCatalog base = b.build();
        Map<String, BigDecimal> ratio = new TreeMap<>();
        LAMBDA_DERIVED.forEach((dim, from) -> ratio.put(dim, Rounding.fourPlaces(Rounding.divide(
                base.serviceRate(BASE, ServiceRates.LAMBDA, dim).orElseThrow().usd(),
                base.serviceRate(BASE, ServiceRates.LAMBDA, from).orElseThrow().usd()))));
        Provenance derived = sources.estimated("lambda-tiers-estimated",
                "Estimate from the region's published Lambda rates and us-east-1's ratios between dimensions "
                        + "(AWS's later duration tiers and arm64 rates are fixed fractions of the first tier and x86)",
                "2024-07-01", "duration tier 2 and tier 3 = the region's tier 1 × us-east-1's tier-n ÷ tier-1 ratio; "
                        + "arm64 provisioned concurrency = the region's x86 rate × us-east-1's arm64 ÷ x86 ratio; ratios "
                        + "to 4 places: " + describe(ratio) + "; to 6 significant digits",
                perKey(ServiceRates.LAMBDA, "Lambda rate × us-east-1's ratio between dimensions", LAMBDA_DERIVED, ratio));
        byRegion.forEach((region, rates) -> {
            Map<String, BigDecimal> byKey = new TreeMap<>();
            rates.forEach((dim, usd) -> byKey.put(ServiceRates.LAMBDA + "/" + dim, usd));
            LAMBDA_DERIVED.forEach((dim, from) -> b.serviceRate(region, ServiceRates.LAMBDA, dim, new Rate(ByRule.figure(
                    derived, RateId.service(region, ServiceRates.LAMBDA, dim), ByRule.services(region, byKey)),
                    "GB-second", derived)));
        });
    }

    void addEbs(PriceCatalog.Builder b, ReferenceTable table) {
        Provenance p = sources.published("ebs-pricing-page-2024-07-18",
                "AWS EBS gp3 storage per GB-month, IOPS per IOPS-month and throughput per GiB/s-month (stored per "
                        + "MB/s-month: ÷ 1,024) from AWS's pricing-page feed (meteredUnitMaps/ec2 ebs.json, "
                        + "publication 2024-07-18T13:53:37Z) as kept by ec2.shop", "2024-07-18");
        for (Map<String, String> row : table.rows()) {
            String key = row.get("pricing_page_key");
            if (EBS_GP3_KEY.equals(key))
                b.serviceRate(row.get("region"), ServiceRates.EBS, ServiceRates.EBS_GP3,
                        new Rate(table.decimal(row, "usd"), "GB-month", p));
            else if (EBS_GP3_IOPS_KEY.equals(key))
                b.serviceRate(row.get("region"), ServiceRates.EBS, ServiceRates.EBS_GP3_IOPS,
                        new Rate(table.decimal(row, "usd"), "IOPS-month", p));
            else if (EBS_GP3_THROUGHPUT_KEY.equals(key))
                b.serviceRate(row.get("region"), ServiceRates.EBS, ServiceRates.EBS_GP3_THROUGHPUT,
                        new Rate(table.decimal(row, "usd").divide(BigDecimal.valueOf(1024)), "MB/s-month", p));
        }
    }

    /** EKS's control plane is one flat per-cluster rate; GovCloud is left missing (not confirmed). */
    void addEks(PriceCatalog.Builder b, PriceCatalog sofar) {
        Provenance p = sources.published("eks-control-plane-aws-2024",
                "AWS's announcement of Amazon EKS extended support pricing (aws.amazon.com/blogs/containers/"
                        + "amazon-eks-extended-support-for-kubernetes-versions-pricing): $0.60 per cluster-hour in "
                        + "extended support, $0.10 in standard support, one flat rate with no regional variation; "
                        + "commercial regions only", "2024-04-01");
        for (String region : onDemand.regions()) {
            if (region.startsWith("us-gov-")) continue;
            for (String dim : List.of(ServiceRates.EKS_STANDARD, ServiceRates.EKS_EXTENDED)) {
                if (sofar.serviceRate(region, ServiceRates.EKS, dim).isPresent()) continue;
                Rate base = sofar.serviceRate(BASE, ServiceRates.EKS, dim).orElseThrow();
                b.serviceRate(region, ServiceRates.EKS, dim, new Rate(base.usd(), base.unit(), p));
            }
        }
    }

    /** Fargate and load balancer rates of regions without published ones, from us-east-1's by price level. */
    void addByPriceLevel(PriceCatalog.Builder b, PriceCatalog sofar) {
        for (String region : onDemand.regions()) {
            if (region.equals(BASE)) continue;
            BigDecimal level = priceLevel.get(region);
            estimate(b, sofar, region, ServiceRates.FARGATE, FARGATE_DIMENSIONS, level);
            estimate(b, sofar, region, ServiceRates.ELB, ELB_DIMENSIONS, level);
        }
        PriceCatalog withFargate = b.build();
        for (String region : onDemand.regions()) fargateSpot(b, withFargate, region);
    }

    static final List<String> FARGATE_SPOT_DIMENSIONS = List.of(ServiceRates.FARGATE_X86_VCPU, ServiceRates.FARGATE_X86_GB);

    /** Fargate Spot where no feed has the region: the region's Fargate rate × us-east-1's Spot ÷ On-Demand ratio. */
    private void fargateSpot(PriceCatalog.Builder b, PriceCatalog c, String region) {
        if (c.serviceRate(region, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU).isPresent()) return;
        Map<String, BigDecimal> ratio = fargateSpotRatios(c);
        Provenance p = sources.estimated("fargate_spot-from-fargate-" + region,
                "Estimate from " + region + "'s Fargate rates and us-east-1's Fargate Spot discount (AWS's Fargate "
                        + "Spot feed of 2019-07-30). Old: Fargate Spot prices move",
                newest(c, ServiceRates.FARGATE_SPOT, FARGATE_SPOT_DIMENSIONS),
                "the region's Fargate rate × us-east-1's Fargate Spot ÷ Fargate rate, to 4 places ("
                        + describe(ratio) + "); to 6 significant digits. Checked on eu-west-1, whose Spot rates AWS's "
                        + "2019 feed gives: see docs/pricing-data.md",
                fargateSpotFormula(ratio));
        for (String dim : FARGATE_SPOT_DIMENSIONS) {
            Rate od = c.serviceRate(region, ServiceRates.FARGATE, dim).orElseThrow();
            b.serviceRate(region, ServiceRates.FARGATE_SPOT, dim, new Rate(ByRule.figure(p,
                    RateId.service(region, ServiceRates.FARGATE_SPOT, dim), ByRule.in(c)), od.unit(), p));
        }
    }

    private static Derivation fargateSpotFormula(Map<String, BigDecimal> ratio) {
        return perKey(ServiceRates.FARGATE_SPOT, "Fargate rate × us-east-1's Spot ÷ On-Demand ratio", FARGATE_SPOT_FROM, ratio);
    }

    private static Map<String, BigDecimal> fargateSpotRatios(PriceCatalog c) {
        Map<String, BigDecimal> ratio = new TreeMap<>();
        for (String dim : FARGATE_SPOT_DIMENSIONS)
            ratio.put(dim, Rounding.fourPlaces(Rounding.divide(
                    c.serviceRate(BASE, ServiceRates.FARGATE_SPOT, dim).orElseThrow().usd(),
                    c.serviceRate(BASE, ServiceRates.FARGATE, dim).orElseThrow().usd())));
        return ratio;
    }

    /** The Fargate Spot rule checked on a region with published Spot rates: (estimate − published) ÷ published. */
    Map<String, BigDecimal> fargateSpotCheck(PriceCatalog published, String region) {
        Derivation rule = fargateSpotFormula(fargateSpotRatios(published));
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String dim : FARGATE_SPOT_DIMENSIONS) {
            BigDecimal truth = published.serviceRate(region, ServiceRates.FARGATE_SPOT, dim).orElseThrow().usd();
            BigDecimal estimate = ByRule.figure(rule, RateId.service(region, ServiceRates.FARGATE_SPOT, dim), null,
                    ByRule.in(published));
            out.put(dim, Rounding.fourPlaces(Rounding.divide(estimate.subtract(truth), truth)));
        }
        return out;
    }

    private void estimate(PriceCatalog.Builder b, PriceCatalog sofar, String region, String service,
                          List<String> dimensions, BigDecimal level) {
        if (sofar.serviceRate(region, service, dimensions.get(0)).isPresent()) return; // published
        Provenance p = sources.estimated(service + "-price-level-" + region,
                "Estimate from us-east-1's " + service + " rates and " + region + "'s On-Demand price level "
                        + "(no published " + service + " rates for the region were available)",
                newest(sofar, service, dimensions),
                "us-east-1 rate × " + level.toPlainString() + ", the median over EC2 types priced in both regions of "
                        + region + "'s On-Demand price ÷ us-east-1's (AWS pricing-page feed of 2025-04-04); to 6 "
                        + "significant digits. Checked on eu-west-1 Fargate, where both are known: see docs/pricing-data.md",
                priceLevelFormula(level));
        for (String dim : dimensions) {
            Rate base = sofar.serviceRate(BASE, service, dim).orElseThrow();
            b.serviceRate(region, service, dim, new Rate(ByRule.figure(p, RateId.service(region, service, dim),
                    ByRule.in(sofar)), base.unit(), p));
        }
    }

    private static Derivation priceLevelFormula(BigDecimal level) {
        return new Derivation("us-east-1's rate × the region's price level", Map.of(Derivation.ALL, Derivation.Formula.of(
                Derivation.Round.SIX_DIGITS, new Derivation.Part("service:" + BASE + ":{key}", level, null))));
    }

    /** The rule checked where the published figure is known: (estimate − published) ÷ published per dimension. */
    Map<String, BigDecimal> fargateCheck(PriceCatalog published, String region) {
        Derivation rule = priceLevelFormula(priceLevel.get(region));
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String dim : FARGATE_DIMENSIONS) {
            BigDecimal truth = published.serviceRate(region, ServiceRates.FARGATE, dim).orElseThrow().usd();
            BigDecimal estimate = ByRule.figure(rule, RateId.service(region, ServiceRates.FARGATE, dim), null,
                    ByRule.in(published));
            out.put(dim, Rounding.fourPlaces(Rounding.divide(estimate.subtract(truth), truth)));
        }
        return out;
    }

    private static String newest(PriceCatalog c, String service, List<String> dimensions) {
        return dimensions.stream().map(d -> c.serviceRate(BASE, service, d).orElseThrow().provenance().asOf())
                .max(String::compareTo).orElseThrow();
    }

    /** Each Fargate Spot dimension comes from the same Fargate dimension. */
    private static final Map<String, String> FARGATE_SPOT_FROM = fargateSpotFrom();

    private static Map<String, String> fargateSpotFrom() {
        Map<String, String> m = new TreeMap<>();
        for (String dim : FARGATE_SPOT_DIMENSIONS) m.put(dim, ServiceRates.FARGATE + "/" + dim);
        return m;
    }

    /**
     * A rule "the region's rate of another dimension × a ratio" as a formula per estimated dimension:
     * {@code from} maps each dimension of {@code service} to the key (or the dimension of {@code service}) it follows.
     */
    private static Derivation perKey(String service, String name, Map<String, String> from, Map<String, BigDecimal> ratio) {
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        from.forEach((dim, base) -> formulas.put(service + "/" + dim, Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                new Derivation.Part("service:{region}:" + (base.contains("/") ? base : service + "/" + base),
                        ratio.get(dim), null))));
        return new Derivation(name, formulas);
    }

    private static String describe(Map<String, BigDecimal> ratio) {
        List<String> parts = new ArrayList<>();
        ratio.forEach((dim, r) -> parts.add(dim + " " + r.toPlainString()));
        return String.join(", ", parts);
    }
}
