package dev.costbench.catalog.importer;

import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * AmazonEKS: the cluster hour under standard support, and under extended support. AWS bills extended
 * support as a surcharge usage type on top of the standard hour, so the catalog's extended-support hour is
 * their sum (e.g. $0.10 + $0.50 = $0.60).
 */
final class EksOfferRules implements OfferRules<EksOfferRules.Selected> {
    record Selected(String region, boolean extended) {}

    private static final Set<String> ATTRIBUTES = Set.of("usagetype", "locationtype", "location", "regioncode");

    private final OfferContext ctx;
    private final Map<String, BigDecimal> standard = new TreeMap<>();
    private final Map<String, BigDecimal> surcharge = new TreeMap<>();

    EksOfferRules(OfferContext ctx) { this.ctx = ctx; }

    @Override public Set<String> attributes() { return ATTRIBUTES; }

    @Override
    public Selected select(ProductAttributes p) {
        String locationType = p.get("locationtype");
        if (!locationType.isEmpty() && !locationType.equals("AWS Region")) return null;
        String usage = AwsRegionNames.usageWithoutRegion(p.get("usagetype"));
        boolean extended = usage.equals("AmazonEKS-Hours:extendedSupport");
        if (!extended && !usage.equals("AmazonEKS-Hours:perCluster")) return null;
        String region = ctx.regionOf(p);
        return ctx.wanted(region) ? new Selected(region, extended) : null;
    }

    @Override
    public void term(Selected s, OfferTerm term) {
        if (!term.isOnDemand() || term.dimensions.isEmpty()) return;
        BigDecimal price = ctx.price(term.dimensions.getFirst(), term.place);
        (s.extended() ? surcharge : standard).put(s.region(), price);
    }

    @Override
    public void finish() {
        standard.forEach((region, hour) -> {
            ctx.out.serviceRate(region, ServiceRates.EKS, ServiceRates.EKS_STANDARD,
                    new Rate(hour, "cluster-hour", ctx.provenance(region, ServiceRates.EKS)));
            BigDecimal extra = surcharge.get(region);
            if (extra != null) {
                ctx.out.serviceRate(region, ServiceRates.EKS, ServiceRates.EKS_EXTENDED,
                        new Rate(hour.add(extra), "cluster-hour", ctx.provenance(region, ServiceRates.EKS)));
            }
        });
        surcharge.keySet().stream().filter(r -> !standard.containsKey(r)).forEach(r -> ctx.out.note(ctx.fileName
                + ": " + r + ": extended support surcharge without a standard cluster hour; extended rate not imported"));
    }
}
