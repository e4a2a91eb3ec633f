package dev.costbench.catalog.reference;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * On-Demand Linux prices per region: the newest published figure per type. Karpenter's 2026-07-20 table
 * (us-east-1 and GovCloud) where it has the type, else AWS's pricing-page feed of 2025-04-04 (34 regions).
 */
final class OnDemandPrices {
    static final String KARPENTER_FILE = "ec2_ondemand_linux_karpenter_2026-07-20.csv";
    static final String FEED_FILE = "ec2_ondemand_linux_allregions_pricingpage_2025-04-04.csv";
    static final Set<String> KARPENTER_REGIONS = Set.of("us-east-1", "us-gov-east-1", "us-gov-west-1");

    /** region → type → USD per hour, as put in the catalog. */
    private final Map<String, Map<String, BigDecimal>> byRegion = new TreeMap<>();
    /** The 2025-04-04 feed alone, region → type → USD: one date for every region, so ratios between regions compare like with like. */
    private final Map<String, Map<String, BigDecimal>> feed = new TreeMap<>();
    private int fromFeed;

    OnDemandPrices(ReferenceTable karpenter, ReferenceTable allRegions, SourceTable sources, PriceCatalog.Builder b) {
        Provenance newest = sources.published("ec2-on-demand-2026-07-20",
                "AWS On-Demand Linux/UNIX shared-tenancy hourly prices as generated from AWS's price list by the "
                        + "Karpenter AWS provider on 2026-07-20T13:44Z (us-east-1 and GovCloud)", "2026-07-20");
        for (Map<String, String> row : karpenter.rows()) {
            String region = row.get("region");
            if (!KARPENTER_REGIONS.contains(region)) continue;
            put(b, region, row.get("instance_type"), karpenter.decimal(row, "usd_per_hour"), newest);
        }
        Provenance older = sources.published("ec2-on-demand-2025-04-04",
                "AWS On-Demand Linux/UNIX shared-tenancy hourly prices from AWS's pricing-page feeds "
                        + "(ec2-ondemand-without-sec-sel and previousgen-ondemand, publication 2025-04-04T22:41:22Z) as "
                        + "kept by ec2.shop; used where the 2026-07-20 table has no price for the type and region",
                "2025-04-04");
        for (Map<String, String> row : allRegions.rows()) {
            String region = row.get("region");
            String type = row.get("instance_type");
            BigDecimal usd = allRegions.decimal(row, "usd_per_hour");
            feed.computeIfAbsent(region, r -> new TreeMap<>()).put(type, usd);
            if (byRegion.getOrDefault(region, Map.of()).containsKey(type)) continue;
            put(b, region, type, usd, older);
            fromFeed++;
        }
    }

    private void put(PriceCatalog.Builder b, String region, String type, BigDecimal usd, Provenance p) {
        byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(type, usd);
        b.onDemand(region, type, new Rate(usd, "hour", p));
    }

    Set<String> regions() { return byRegion.keySet(); }

    Map<String, BigDecimal> in(String region) { return byRegion.getOrDefault(region, Map.of()); }

    /** The 2025-04-04 feed's prices in a region. */
    Map<String, BigDecimal> feed(String region) { return feed.getOrDefault(region, Map.of()); }

    int fromFeed() { return fromFeed; }
}
