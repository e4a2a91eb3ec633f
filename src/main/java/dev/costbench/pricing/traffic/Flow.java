package dev.costbench.pricing.traffic;

import java.math.BigDecimal;

/**
 * GB a month one block pays for on one connection in one direction, and how: {@code path} says which rate applies,
 * {@code field} is the connection's field the GB come from (as the design file names it), {@code peer} the name of
 * the block at the other end, {@code rateRegion} the region whose rate applies (the sender's, or the NAT gateway's),
 * {@code toRegion} the receiver's region (inter-region only) and {@code egressBefore} the scenario's internet GB sent on
 * earlier connections (internet egress only: AWS's tiers and free allowance count the account's month).
 */
public record Flow(Path path, String field, String direction, String peer, BigDecimal gb, String rateRegion,
                   String toRegion, BigDecimal egressBefore) {

    /** The ways a GB is billed. Same-AZ traffic and traffic in from the internet are free and make no flow. */
    public enum Path {
        /** Between Availability Zones of one region: billed out of one and into the other, per GB each. */
        CROSS_AZ,
        /** To another region, at the sending region's rate. */
        INTER_REGION,
        /** Out to the internet, in AWS's monthly tiers after the account's free allowance. */
        INTERNET_EGRESS,
        /** Through a NAT gateway: paid by the gateway, per GB it receives. */
        NAT_PROCESSED
    }
}
