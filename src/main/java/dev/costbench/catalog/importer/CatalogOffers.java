package dev.costbench.catalog.importer;

/**
 * Keys of a region's {@code offers} in the catalog ("prices as of" per kind of rate) that are not service
 * names; the service rates use their {@code ServiceRates} service name (fargate, lambda, elb, eks, ebs …).
 */
final class CatalogOffers {
    private CatalogOffers() {}

    static final String EC2 = "ec2";
    static final String EC2_RESERVED = "ec2_reserved";
    static final String EC2_SPOT = "ec2_spot";
    static final String SAVINGS_PLANS = "savings_plans";
}
