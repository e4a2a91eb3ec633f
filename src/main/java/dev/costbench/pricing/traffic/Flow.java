package dev.costbench.pricing.traffic;

import java.math.BigDecimal;

/**
 * GB a month one block pays for on one connection in one direction, and how: {@code path} says which rate applies,
 * {@code field} is the connection's field the GB come from (as the design file names it), {@code peer} the name of
 * the block at the other end, {@code rateRegion} the region whose rate applies (the sender's, or the NAT gateway's),
 * {@code toRegion} the receiver's region (inter-region only) and {@code previous} the scenario's internet egress flow
 * counted just before this one (internet egress only, null for the first: AWS's tiers and free allowance count the
 * account's month, so each flow starts where the one before it ended).
 */
public record Flow(Path path, String field, String direction, String peer, BigDecimal gb, String rateRegion,
                   String toRegion, Previous previous) {

    /**
     * The internet egress flow before this one: the block that pays for it, the field its GB come from (and what
     * it reads as), its GB, and the internet GB of the account's month before it (0 for the first flow).
     */
    public record Previous(String payer, String field, String label, BigDecimal gb, BigDecimal before, boolean first) {
        /** The field of the GB counted before the flow, a figure of its payer. */
        public String beforeField() { return field + ".before"; }

        /** The internet GB of the month up to the end of this flow. */
        public BigDecimal upToEnd() { return before.add(gb); }
    }

    /** The internet GB of the account's month counted before this flow. */
    public BigDecimal egressBefore() { return previous == null ? BigDecimal.ZERO : previous.upToEnd(); }

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
