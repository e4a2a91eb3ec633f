package dev.costbench.catalog.importer;

import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWSLambda: requests, duration by monthly tier (x86 and ARM), ephemeral storage, provisioned concurrency and
 * duration under provisioned concurrency. Duration is one SKU whose price dimensions are the tiers, in order
 * of their begin range; a flat duration price (one dimension, 0 to Inf) is every tier's price.
 */
final class LambdaOfferRules implements OfferRules<LambdaOfferRules.Selected> {
    record Selected(String region, List<String> dimensions, String unit) {}

    private static final Set<String> ATTRIBUTES = Set.of("usagetype", "locationtype", "location", "regioncode");

    private static final Map<String, List<String>> DIMENSIONS = Map.of(
            "Request", List.of(ServiceRates.LAMBDA_REQUESTS),
            "Lambda-GB-Second", List.of(ServiceRates.LAMBDA_X86_TIER1, ServiceRates.LAMBDA_X86_TIER2,
                    ServiceRates.LAMBDA_X86_TIER3),
            "Lambda-GB-Second-ARM", List.of(ServiceRates.LAMBDA_ARM_TIER1, ServiceRates.LAMBDA_ARM_TIER2,
                    ServiceRates.LAMBDA_ARM_TIER3),
            "Lambda-Storage-GB-Second", List.of(ServiceRates.LAMBDA_EPHEMERAL),
            "Lambda-Provisioned-Concurrency", List.of(ServiceRates.LAMBDA_PC_X86),
            "Lambda-Provisioned-Concurrency-ARM", List.of(ServiceRates.LAMBDA_PC_ARM),
            "Lambda-Provisioned-GB-Second", List.of(ServiceRates.LAMBDA_PC_DURATION_X86),
            "Lambda-Provisioned-GB-Second-ARM", List.of(ServiceRates.LAMBDA_PC_DURATION_ARM));

    private final OfferContext ctx;

    LambdaOfferRules(OfferContext ctx) { this.ctx = ctx; }

    @Override public Set<String> attributes() { return ATTRIBUTES; }

    @Override
    public Selected select(ProductAttributes p) {
        String locationType = p.get("locationtype");
        if (!locationType.isEmpty() && !locationType.equals("AWS Region")) return null;
        String usage = AwsRegionNames.usageWithoutRegion(p.get("usagetype"));
        List<String> dims = DIMENSIONS.get(usage);
        if (dims == null) return null;
        String region = ctx.regionOf(p);
        return ctx.wanted(region) ? new Selected(region, dims, usage.equals("Request") ? "request" : "GB-second") : null;
    }

    @Override
    public void term(Selected s, OfferTerm term) {
        if (!term.isOnDemand() || term.dimensions.isEmpty()) return;
        List<PriceDimension> tiers = new ArrayList<>(term.dimensions);
        tiers.sort(Comparator.comparing(d -> begin(d, term)));
        int n = s.dimensions().size();
        for (int i = 0; i < n; i++) {
            // with fewer tiers in the file than in the catalog, the last one covers the rest
            PriceDimension d = tiers.get(Math.min(i, tiers.size() - 1));
            ctx.out.serviceRate(s.region(), ServiceRates.LAMBDA, s.dimensions().get(i),
                    new Rate(ctx.price(d, term.place), s.unit(), ctx.provenance(s.region(), ServiceRates.LAMBDA)));
        }
    }

    private BigDecimal begin(PriceDimension d, OfferTerm term) {
        String b = d.beginRange() == null || d.beginRange().isBlank() ? "0" : d.beginRange();
        try {
            return new BigDecimal(b);
        } catch (NumberFormatException e) {
            throw new PriceImportException(ctx.fileName, term.place + ", rate code " + d.rateCode(),
                    "begin range '" + b + "' is not a number");
        }
    }
}
