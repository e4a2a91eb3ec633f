package dev.costbench.bench;

import dev.costbench.pricing.ReferenceCatalog;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.SpotRate;
import dev.costbench.model.Architecture;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * The worst case for the reprice benchmark: every SyntheticDesign type and its Graviton candidates priced under
 * all 26 options, so no option short-circuits as missing. On-Demand prices are AWS's us-east-1 figures
 * (karpenter table, 2026-07-20); the commitment and Spot rates are fixed fractions of them, marked estimated.
 */
final class FullyPricedCatalog {
    private FullyPricedCatalog() {}

    static final String REGION = "us-east-1";
    private static final Provenance PUBLISHED = new Provenance("od", "AWS On-Demand (karpenter)", "2026-07-20", Basis.PUBLISHED, null);
    private static final Provenance ESTIMATED = new Provenance("est", "benchmark estimate", "2026-07-20", Basis.ESTIMATED,
            "fraction of On-Demand");

    private static final Map<String, String> ON_DEMAND = Map.ofEntries(
            Map.entry("c5.large", "0.085"), Map.entry("c5.xlarge", "0.17"), Map.entry("c5.2xlarge", "0.34"), Map.entry("c5.4xlarge", "0.68"),
            Map.entry("c6i.large", "0.085"), Map.entry("c6i.xlarge", "0.17"), Map.entry("c6i.2xlarge", "0.34"), Map.entry("c6i.4xlarge", "0.68"),
            Map.entry("c6g.large", "0.068"), Map.entry("c6g.xlarge", "0.136"), Map.entry("c6g.2xlarge", "0.272"), Map.entry("c6g.4xlarge", "0.544"),
            Map.entry("c7g.large", "0.0725"), Map.entry("c7g.xlarge", "0.145"), Map.entry("c7g.2xlarge", "0.29"), Map.entry("c7g.4xlarge", "0.58"),
            Map.entry("c8g.large", "0.07976"), Map.entry("c8g.xlarge", "0.15952"), Map.entry("c8g.2xlarge", "0.31904"), Map.entry("c8g.4xlarge", "0.63808"),
            Map.entry("m5.large", "0.096"), Map.entry("m5.xlarge", "0.192"), Map.entry("m5.2xlarge", "0.384"), Map.entry("m5.4xlarge", "0.768"),
            Map.entry("m6i.large", "0.096"), Map.entry("m6i.xlarge", "0.192"), Map.entry("m6i.2xlarge", "0.384"), Map.entry("m6i.4xlarge", "0.768"),
            Map.entry("m6g.large", "0.077"), Map.entry("m6g.xlarge", "0.154"), Map.entry("m6g.2xlarge", "0.308"), Map.entry("m6g.4xlarge", "0.616"),
            Map.entry("m7g.large", "0.0816"), Map.entry("m7g.xlarge", "0.1632"), Map.entry("m7g.2xlarge", "0.3264"), Map.entry("m7g.4xlarge", "0.6528"),
            Map.entry("m8g.large", "0.08976"), Map.entry("m8g.xlarge", "0.17952"), Map.entry("m8g.2xlarge", "0.35904"), Map.entry("m8g.4xlarge", "0.71808"),
            Map.entry("r5.large", "0.126"), Map.entry("r5.xlarge", "0.252"), Map.entry("r5.2xlarge", "0.504"), Map.entry("r5.4xlarge", "1.008"),
            Map.entry("r6g.large", "0.1008"), Map.entry("r6g.xlarge", "0.2016"), Map.entry("r6g.2xlarge", "0.4032"), Map.entry("r6g.4xlarge", "0.8064"),
            Map.entry("r7g.large", "0.1071"), Map.entry("r7g.xlarge", "0.2142"), Map.entry("r7g.2xlarge", "0.4284"), Map.entry("r7g.4xlarge", "0.8568"),
            Map.entry("r8g.large", "0.11782"), Map.entry("r8g.xlarge", "0.23564"), Map.entry("r8g.2xlarge", "0.47128"), Map.entry("r8g.4xlarge", "0.94256"));

    static PriceCatalog build() {
        PriceCatalog.Builder b = PriceCatalog.builder().version("bench").asOf("2026-07-20").region(REGION);
        ON_DEMAND.forEach((type, usd) -> {
            String family = type.substring(0, type.indexOf('.'));
            String size = type.substring(type.indexOf('.') + 1);
            int vcpu = switch (size) { case "large" -> 2; case "xlarge" -> 4; case "2xlarge" -> 8; default -> 16; };
            int perVcpu = switch (family.charAt(0)) { case 'c' -> 2; case 'r' -> 8; default -> 4; };
            boolean arm = family.contains("g");
            b.instanceType(new InstanceType(type, family, size, vcpu, BigDecimal.valueOf((long) vcpu * perVcpu),
                    Set.of(arm ? Architecture.ARM64 : Architecture.X86_64), arm ? "Graviton" : "Intel", vcpu <= 2 ? 29 : 58, true));
            BigDecimal od = new BigDecimal(usd);
            b.onDemand(REGION, type, new Rate(od, "hour", PUBLISHED));
            b.spot(REGION, type, new SpotRate(part(od, "0.35"), 1, "5-10%", ESTIMATED));
            for (PurchaseOption o : PurchaseOption.ALL) {
                if (o instanceof PurchaseOption.Reserved r) {
                    BigDecimal effective = part(od, r.offer().term().months() == 12 ? "0.62" : "0.42");
                    BigDecimal termHours = BigDecimal.valueOf(r.offer().term().hours());
                    BigDecimal upfront = switch (r.offer().payment()) {
                        case NO_UPFRONT -> BigDecimal.ZERO;
                        case PARTIAL_UPFRONT -> effective.multiply(termHours).multiply(new BigDecimal("0.5")).setScale(0, RoundingMode.HALF_UP);
                        case ALL_UPFRONT -> effective.multiply(termHours).setScale(0, RoundingMode.HALF_UP);
                    };
                    BigDecimal hourly = switch (r.offer().payment()) {
                        case NO_UPFRONT -> effective;
                        case PARTIAL_UPFRONT -> part(effective, "0.5");
                        case ALL_UPFRONT -> BigDecimal.ZERO;
                    };
                    b.reserved(REGION, type, r.offer(), new ReservedRate(upfront, hourly, ESTIMATED));
                } else if (o instanceof PurchaseOption.SavingsPlan p) {
                    b.ec2SavingsPlan(REGION, type, p.plan(), new Rate(part(od, "0.7"), "hour", ESTIMATED));
                }
            }
        });
        // the reference service rates, each Fargate and Lambda dimension also under every Compute Savings Plan
        ReferenceCatalog.addServiceRates(PriceCatalog.builder()).build().region(REGION).service()
                .forEach((key, rate) -> service(b, key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1), rate));
        return b.build();
    }

    private static void service(PriceCatalog.Builder b, String service, String dimension, Rate r) {
        b.serviceRate(REGION, service, dimension, r);
        for (PurchaseOption o : PurchaseOption.ALL)
            if (o instanceof PurchaseOption.SavingsPlan p && p.plan().type() == dev.costbench.model.purchase.SavingsPlanType.COMPUTE
                    && (service.equals(ServiceRates.FARGATE) || service.equals(ServiceRates.LAMBDA)))
                b.serviceSavingsPlan(REGION, service, dimension, p.plan(), new Rate(part(r.usd(), "0.8"), dimension, ESTIMATED));
    }

    private static BigDecimal part(BigDecimal v, String fraction) {
        return v.multiply(new BigDecimal(fraction)).setScale(8, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
