package dev.costbench.pricing.component;

import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateId;

import java.math.BigDecimal;

/**
 * The catalog rate a cost line is priced at: what it prices ({@code service}, {@code name}), where, per what
 * unit, the rate AWS published and its provenance. A line's unit price is {@code published × multiplier}: 1 for
 * most lines, a Savings Plan's payment share (½ with partial upfront) or that share prepaid for the whole term
 * (× term hours per unit running all month, × term months per unit of monthly usage). {@code spot} marks Spot
 * capacity, to which a reviewer's interruption overhead applies. {@code id} names the catalog figure {@code published}
 * is, so that a workbook can write an estimated one as its formula over the rates it comes from; null when the figure
 * is worked out here (a Dedicated estimate) rather than read from the catalog.
 */
public record RateRef(String service, String name, String region, String unit, BigDecimal published,
                      BigDecimal multiplier, boolean spot, Provenance provenance, RateId id) {

    public RateRef(String service, String name, String region, String unit, BigDecimal published,
                   BigDecimal multiplier, boolean spot, Provenance provenance) {
        this(service, name, region, unit, published, multiplier, spot, provenance, null);
    }

    public static RateRef published(String service, String name, String region, String unit, BigDecimal usd,
                                    Provenance provenance) {
        return published(service, name, region, unit, usd, provenance, null);
    }

    /** The catalog figure {@code id}, cited under the name and unit a reviewer reads. */
    public static RateRef published(String service, String name, String region, String unit, BigDecimal usd,
                                    Provenance provenance, RateId id) {
        return new RateRef(service, name, region, unit, usd, BigDecimal.ONE, false, provenance, id);
    }

    public RateRef asSpot() { return new RateRef(service, name, region, unit, published, multiplier, true, provenance, id); }

    /** The same published rate paid {@code multiplier} times per unit, under a unit text of its own. */
    public RateRef times(BigDecimal times, String perUnit) {
        return new RateRef(service, name, region, perUnit, published, multiplier.multiply(times), spot, provenance, id);
    }

    public BigDecimal unitPrice() { return multiplier.compareTo(BigDecimal.ONE) == 0 ? published : published.multiply(multiplier); }
}
