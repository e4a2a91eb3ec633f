package dev.costbench.catalog.reference;

import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ServiceRates;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-EC2 rates from aws_service_unit_prices.csv under the catalog's {@link ServiceRates} keys, plus the
 * estimate the reference data needs: Fargate Spot GB-hour in us-east-1.
 */
final class ServicePrices {
    static final String FILE = "aws_service_unit_prices.csv";
    /** Rates read off AWS's pricing pages, in the same columns (App Runner). */
    static final String PAGES_FILE = "apprunner_rates_pricingpage.csv";
    static final String ECR_FILE = "ecr_rates_pricingpage.csv";
    /** The Dedicated per-region fee and the Dedicated On-Demand rates at hand (x2iedn.32xlarge). */
    static final String DEDICATED_FILE = "ec2_dedicated_rates_pricingpage.csv";
    static final String NAT_FILE = "nat_gateway_rates_vpcpricingpage.csv";

    /** CSV (service, dimension) → catalog dimension. Rows not listed are not carried (see docs/pricing-data.md). */
    private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        carry(ServiceRates.EKS, ServiceRates.EKS_STANDARD, ServiceRates.EKS_STANDARD);
        carry(ServiceRates.EKS, ServiceRates.EKS_EXTENDED, ServiceRates.EKS_EXTENDED);
        for (String d : SavingsPlanRates.FARGATE_DIMENSIONS) carry(ServiceRates.FARGATE, d, d);
        carry(ServiceRates.FARGATE, "ephemeral_storage_gb_hour_over_20gb", ServiceRates.FARGATE_EPHEMERAL);
        carry(ServiceRates.FARGATE, "ephemeral_storage_gb_hour", ServiceRates.FARGATE_EPHEMERAL);
        carry(ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU, ServiceRates.FARGATE_X86_VCPU);
        carry(ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB, ServiceRates.FARGATE_X86_GB);
        carry(ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS, ServiceRates.LAMBDA_REQUESTS);
        carry(ServiceRates.LAMBDA, "duration_x86_tier1_first_6B_gbs_per_month", ServiceRates.LAMBDA_X86_TIER1);
        carry(ServiceRates.LAMBDA, "duration_x86_tier2_next_9B_gbs", ServiceRates.LAMBDA_X86_TIER2);
        carry(ServiceRates.LAMBDA, "duration_x86_tier3_over_15B_gbs", ServiceRates.LAMBDA_X86_TIER3);
        carry(ServiceRates.LAMBDA, "duration_arm_tier1_first_7_5B_gbs_per_month", ServiceRates.LAMBDA_ARM_TIER1);
        carry(ServiceRates.LAMBDA, "duration_arm_tier2_next_11_25B_gbs", ServiceRates.LAMBDA_ARM_TIER2);
        carry(ServiceRates.LAMBDA, "duration_arm_tier3_over_18_75B_gbs", ServiceRates.LAMBDA_ARM_TIER3);
        carry(ServiceRates.LAMBDA, "ephemeral_storage_over_512MB", ServiceRates.LAMBDA_EPHEMERAL);
        carry(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_X86, ServiceRates.LAMBDA_PC_X86);
        carry(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_ARM, ServiceRates.LAMBDA_PC_ARM);
        carry(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_X86, ServiceRates.LAMBDA_PC_DURATION_X86);
        carry(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_ARM, ServiceRates.LAMBDA_PC_DURATION_ARM);
        carry(ServiceRates.ELB, ServiceRates.ALB_HOUR, ServiceRates.ALB_HOUR);
        carry(ServiceRates.ELB, ServiceRates.ALB_LCU_HOUR, ServiceRates.ALB_LCU_HOUR);
        carry(ServiceRates.ELB, ServiceRates.NLB_HOUR, ServiceRates.NLB_HOUR);
        carry(ServiceRates.ELB, ServiceRates.NLB_NLCU_HOUR, ServiceRates.NLB_NLCU_HOUR);
        for (String d : java.util.List.of(ServiceRates.APP_RUNNER_ACTIVE_VCPU, ServiceRates.APP_RUNNER_ACTIVE_GB,
                ServiceRates.APP_RUNNER_PROVISIONED_GB, ServiceRates.APP_RUNNER_DEPLOYMENTS))
            carry(ServiceRates.APP_RUNNER, d, d);
        carry(ServiceRates.ECR, ServiceRates.ECR_STORAGE, ServiceRates.ECR_STORAGE);
        carry(ServiceRates.EC2_DEDICATED, ServiceRates.DEDICATED_REGION_FEE, ServiceRates.DEDICATED_REGION_FEE);
        carry(ServiceRates.EC2_DEDICATED, ReservedOffers.X2IEDN, ReservedOffers.X2IEDN);
        carry(ServiceRates.VPC, ServiceRates.NAT_GATEWAY_HOUR, ServiceRates.NAT_GATEWAY_HOUR);
        carry(ServiceRates.VPC, ServiceRates.NAT_GATEWAY_GB, ServiceRates.NAT_GATEWAY_GB);
    }

    private static void carry(String service, String csvDimension, String dimension) {
        DIMENSIONS.put(service + "/" + csvDimension, dimension);
    }

    /** Why a Fargate Spot figure from AWS's feed is an estimate of today's price. */
    static final String SPOT_FEED_RULE = "the Spot price AWS's feed gave on its date, taken as today's: Fargate Spot "
            + "prices float with spare capacity and AWS publishes no fixed rate";

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern VERSION_DATE = Pattern.compile("version (\\d{4})(\\d{2})(\\d{2})\\d*");

    private final ReferenceTable table;
    private final SourceTable sources;

    ServicePrices(ReferenceTable table, SourceTable sources) {
        this.table = table;
        this.sources = sources;
    }

    void addTo(PriceCatalog.Builder b) {
        for (Map<String, String> row : table.rows()) {
            String service = row.get("service");
            String dimension = DIMENSIONS.get(service + "/" + row.get("dimension"));
            if (dimension == null) continue;
            String region = row.get("region");
            String id = service + "." + dimension + "." + region;
            // a Spot price floats with spare capacity: a figure from a dated feed estimates today's, it is no list price
            Provenance p = service.equals(ServiceRates.FARGATE_SPOT)
                    ? sources.estimated(id, "AWS's Fargate Spot price for " + dimension + " in " + region + "; "
                            + origin(row), asOf(row), SPOT_FEED_RULE)
                    : sources.published(id, "AWS list price for " + service + " " + dimension + " in " + region + "; "
                            + origin(row), asOf(row));
            b.serviceRate(region, service, dimension, new Rate(table.decimal(row, "usd"), row.get("unit"), p));
        }
        PriceCatalog sofar = b.build();
        addFargateSpotGbEstimate(b, sofar);
    }

    /** Why the Dedicated fee outside us-east-1 is an estimate. */
    static final String DEDICATED_FEE_RULE = "the Dedicated per-region fee is $2 an hour in every region: AWS states it "
            + "as one figure (\"subject to a $2 per region fee\"), and its us-east-1 pricing page shows $2; no other "
            + "region's figure was at hand to measure the rule against";

    /**
     * The Dedicated per-region fee in every region of {@code regions} the table has none for: us-east-1's, marked
     * estimated with {@link #DEDICATED_FEE_RULE}.
     */
    static void addDedicatedFeeElsewhere(PriceCatalog.Builder b, java.util.Set<String> regions, SourceTable sources) {
        PriceCatalog sofar = b.build();
        Rate fee = sofar.serviceRate("us-east-1", ServiceRates.EC2_DEDICATED, ServiceRates.DEDICATED_REGION_FEE).orElse(null);
        if (fee == null) return;
        for (String region : regions) {
            if (sofar.serviceRate(region, ServiceRates.EC2_DEDICATED, ServiceRates.DEDICATED_REGION_FEE).isPresent()) continue;
            Provenance p = sources.estimated("ec2_dedicated.region_fee_hour.estimated", "AWS's Dedicated per-region fee "
                    + "in us-east-1, taken for every region", fee.provenance().asOf(), DEDICATED_FEE_RULE,
                    new Derivation("us-east-1's fee", Map.of(Derivation.ALL, Derivation.Formula.of(Derivation.Round.EXACT,
                            new Derivation.Part("service:us-east-1:{key}", BigDecimal.ONE, null)))));
            // the rule's exact figure, written with the decimals of AWS's us-east-1 figure ("2.00")
            BigDecimal usd = ByRule.figure(p, RateId.service(region, ServiceRates.EC2_DEDICATED,
                    ServiceRates.DEDICATED_REGION_FEE), ByRule.in(sofar)).setScale(fee.usd().scale());
            b.serviceRate(region, ServiceRates.EC2_DEDICATED, ServiceRates.DEDICATED_REGION_FEE, new Rate(usd, fee.unit(), p));
        }
    }

    /** Where the figure came from, in words: the CSV's source column, with what kind of source it is. */
    private static String origin(Map<String, String> row) {
        String source = row.get("source");
        String asOf = row.get("as_of");
        if (source.contains("infracost"))
            return "from infracost's test goldens (" + asOf + "): " + source;
        if (source.contains("spot-fargate"))
            return "from AWS's Fargate Spot price feed (" + asOf + ") as kept in " + source
                    + ". Old: Fargate Spot prices move, and this is the newest feed available";
        if (source.contains("ligoj"))
            return "from AWS offer-file rows (" + asOf + ") as kept in " + source;
        if (asOf.startsWith("blog"))
            return "quoted by " + source + " (undated; dated here by its x86 figures, which equal infracost's "
                    + "2025-07-07 goldens)";
        if (asOf.startsWith("public quotes"))
            return "from " + source + " (undated; dated here by the 2024-07-01 arm64 rates, which are 80% of these)";
        return source + " (" + asOf + ")";
    }

    /** The date a figure was taken: a date in the as_of column, or the price-list version's date, else the dating rule above. */
    private static String asOf(Map<String, String> row) {
        String asOf = row.get("as_of");
        Matcher iso = ISO_DATE.matcher(asOf);
        if (iso.find()) return iso.group(1);
        Matcher version = VERSION_DATE.matcher(asOf);
        if (version.find()) return version.group(1) + "-" + version.group(2) + "-" + version.group(3);
        if (asOf.startsWith("blog")) return "2025-07-07";
        if (asOf.startsWith("public quotes")) return "2024-07-01";
        throw new IllegalStateException(FILE + ": no date for " + row.get("service") + "/" + row.get("dimension")
                + " (as_of \"" + asOf + "\"); give it a dating rule");
    }

    /** The feed has no us-east-1 GB-hour price; it follows the vCPU-hour's Spot/On-Demand ratio. */
    private void addFargateSpotGbEstimate(PriceCatalog.Builder b, PriceCatalog sofar) {
        String region = "us-east-1";
        if (sofar.serviceRate(region, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB).isPresent()) return;
        Rate spotVcpu = sofar.serviceRate(region, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU).orElseThrow();
        Rate odVcpu = sofar.serviceRate(region, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU).orElseThrow();
        Rate odGb = sofar.serviceRate(region, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_GB).orElseThrow();
        Provenance p = sources.estimated("fargate_spot.linux_x86_gb_hour.us-east-1-estimated",
                "Estimate from AWS's 2019-07-30 Fargate Spot price feed (vCPU-hour only for us-east-1) and the Fargate "
                        + "On-Demand rates. Old: Fargate Spot prices move", spotVcpu.provenance().asOf(),
                "Fargate On-Demand GB-hour × (Fargate Spot vCPU-hour ÷ Fargate On-Demand vCPU-hour) = "
                        + odGb.usd().toPlainString() + " × " + spotVcpu.usd().toPlainString() + " ÷ "
                        + odVcpu.usd().toPlainString() + ", to 6 significant digits",
                // the GB-hour is the base; the vCPU-hour's Spot ÷ On-Demand ratio is its factor, as the two figures
                new Derivation("Fargate GB-hour × the vCPU-hour's Spot ÷ On-Demand", Map.of(Derivation.ALL,
                        Derivation.Formula.of(Derivation.Round.SIX_DIGITS, new Derivation.Part("service:{region}:"
                                + ServiceRates.FARGATE + "/" + ServiceRates.FARGATE_X86_GB, spotVcpu.usd(), odVcpu.usd())))));
        RateId id = RateId.service(region, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB);
        b.serviceRate(region, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB,
                new Rate(ByRule.figure(p, id, ByRule.in(sofar)), odGb.unit(), p));
    }
}
