package dev.costbench.pricing.traffic;

import dev.costbench.catalog.ServiceRates;

import java.math.BigDecimal;
import java.util.List;

/**
 * AWS's monthly tiers of data transfer out to the internet (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer):
 * first 10 TB, next 40 TB, next 100 TB, over 150 TB, a TB being 1,024 GB; and the 100 GB a month free, which is the
 * account's across every service and region (https://aws.amazon.com/free/, "Data transfer").
 */
public final class EgressTiers {
    private EgressTiers() {}

    public static final BigDecimal TB = BigDecimal.valueOf(1024);
    /** GB a month out to the internet the account pays nothing for. */
    public static final BigDecimal FREE_GB = BigDecimal.valueOf(100);

    /** One tier: its catalog dimension, a short code and name, and its bounds in GB a month (no upper bound: null). */
    public record Tier(String dimension, String code, String name, BigDecimal lower, BigDecimal upper) {}

    public static final List<Tier> TIERS = List.of(
            new Tier(ServiceRates.EGRESS_FIRST_10TB, "first-10tb", "first 10 TB", BigDecimal.ZERO, tb(10)),
            new Tier(ServiceRates.EGRESS_NEXT_40TB, "next-40tb", "next 40 TB", tb(10), tb(50)),
            new Tier(ServiceRates.EGRESS_NEXT_100TB, "next-100tb", "next 100 TB", tb(50), tb(150)),
            new Tier(ServiceRates.EGRESS_OVER_150TB, "over-150tb", "over 150 TB", tb(150), null));

    private static BigDecimal tb(long n) { return TB.multiply(BigDecimal.valueOf(n)); }
}
