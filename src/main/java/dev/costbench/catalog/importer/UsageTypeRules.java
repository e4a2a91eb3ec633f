package dev.costbench.catalog.importer;

import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Offers whose wanted products are told apart by usage type (without its region prefix), each with one
 * On-Demand price: Fargate and Fargate Spot in AmazonECS, ALB and NLB in AWSELB.
 */
final class UsageTypeRules implements OfferRules<ServiceDimension> {
    /** Where a usage type's price goes in the catalog. */
    record Target(String service, String dimension, String unit) {}

    private static final Set<String> ATTRIBUTES = Set.of("productfamily", "usagetype", "locationtype", "location",
            "regioncode", "operation");

    private final OfferContext ctx;
    private final Map<String, Target> targets;
    private final Function<ProductAttributes, String> keyOf;

    private UsageTypeRules(OfferContext ctx, Map<String, Target> targets, Function<ProductAttributes, String> keyOf) {
        this.ctx = ctx;
        this.targets = targets;
        this.keyOf = keyOf;
    }

    private static String usage(ProductAttributes p) { return AwsRegionNames.usageWithoutRegion(p.get("usagetype")); }

    /** AmazonECS: Linux Fargate (x86 and ARM) and Fargate Spot (x86) per vCPU-hour and GB-hour; ephemeral storage. */
    static UsageTypeRules fargate(OfferContext ctx) {
        String f = ServiceRates.FARGATE;
        String spot = ServiceRates.FARGATE_SPOT;
        return new UsageTypeRules(ctx, Map.of(
                "Fargate-vCPU-Hours:perCPU", new Target(f, ServiceRates.FARGATE_X86_VCPU, "vCPU-hour"),
                "Fargate-GB-Hours", new Target(f, ServiceRates.FARGATE_X86_GB, "GB-hour"),
                "Fargate-ARM-vCPU-Hours:perCPU", new Target(f, ServiceRates.FARGATE_ARM_VCPU, "vCPU-hour"),
                "Fargate-ARM-GB-Hours", new Target(f, ServiceRates.FARGATE_ARM_GB, "GB-hour"),
                "Fargate-EphemeralStorage-GB-Hours", new Target(f, ServiceRates.FARGATE_EPHEMERAL, "GB-hour"),
                "SpotUsage-Fargate-vCPU-Hours:perCPU", new Target(spot, ServiceRates.FARGATE_X86_VCPU, "vCPU-hour"),
                "SpotUsage-Fargate-GB-Hours", new Target(spot, ServiceRates.FARGATE_X86_GB, "GB-hour")),
                UsageTypeRules::usage);
    }

    /** AWSELB: Application and Network Load Balancer hours and capacity units, told apart by product family. */
    static UsageTypeRules loadBalancers(OfferContext ctx) {
        String elb = ServiceRates.ELB;
        return new UsageTypeRules(ctx, Map.of(
                "Application|LoadBalancerUsage", new Target(elb, ServiceRates.ALB_HOUR, "LB-hour"),
                "Application|LCUUsage", new Target(elb, ServiceRates.ALB_LCU_HOUR, "LCU-hour"),
                "Network|LoadBalancerUsage", new Target(elb, ServiceRates.NLB_HOUR, "LB-hour"),
                "Network|LCUUsage", new Target(elb, ServiceRates.NLB_NLCU_HOUR, "NLCU-hour")),
                p -> loadBalancerKind(p) + "|" + usage(p));
    }

    /** "Load Balancer-Application" or operation "LoadBalancing:Application" → "Application". */
    private static String loadBalancerKind(ProductAttributes p) {
        String family = p.get("productfamily");
        if (family.startsWith("Load Balancer-")) return family.substring("Load Balancer-".length());
        String op = p.get("operation");
        return op.startsWith("LoadBalancing:") ? op.substring("LoadBalancing:".length()) : "";
    }

    @Override public Set<String> attributes() { return ATTRIBUTES; }

    @Override
    public ServiceDimension select(ProductAttributes p) {
        String locationType = p.get("locationtype");
        if (!locationType.isEmpty() && !locationType.equals("AWS Region")) return null;
        Target t = targets.get(keyOf.apply(p));
        if (t == null) return null;
        String region = ctx.regionOf(p);
        return ctx.wanted(region) ? new ServiceDimension(region, t.service(), t.dimension(), t.unit()) : null;
    }

    @Override
    public void term(ServiceDimension d, OfferTerm term) {
        if (!term.isOnDemand() || term.dimensions.isEmpty()) return;
        PriceDimension price = term.dimensions.getFirst();
        ctx.out.serviceRate(d.region(), d.service(), d.dimension(),
                new Rate(ctx.price(price, term.place), d.unit(), ctx.provenance(d.region(), d.service())));
    }
}
