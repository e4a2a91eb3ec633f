package dev.costbench.catalog.importer;

/** The kinds of file the importer reads, told apart by their first fields (see {@link PriceFileSniffer}). */
enum PriceFileKind {
    SERVICES_INDEX("services index (offers/v1.0/aws/index.json)"),
    REGION_INDEX("region index (region_index.json)"),
    SAVINGS_PLAN_REGION_INDEX("Savings Plans region index"),
    OFFER_JSON("offer file (JSON)"),
    OFFER_CSV("offer file (CSV)"),
    SAVINGS_PLAN_OFFER("Savings Plans offer file"),
    SPOT_ADVISOR("Spot Advisor data"),
    SPOT_PRICE_HISTORY("DescribeSpotPriceHistory output");

    private final String description;

    PriceFileKind(String description) { this.description = description; }

    String description() { return description; }
}
