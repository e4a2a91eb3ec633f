package dev.costbench.pricing.rates;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ReservedRate;

import java.math.BigDecimal;

/**
 * The estimate of a Dedicated Instance rate the catalog lacks: the same type's shared-tenancy rate × 1.1, for
 * On-Demand, every Reserved Instance offer (upfront fee and hourly) and every Savings Plan rate. AWS's own Dedicated
 * rates follow this: in the price list's x2iedn.32xlarge rows (pricing-data/sources, 18 regions) Dedicated On-Demand
 * and all six Standard Reserved offers are the shared rate × 1.1 to AWS's rounding (126 figures, largest
 * leave-one-out error 0.0058 %, measured by {@code DedicatedRatesTest}). Two Savings Plan rates of the shared reference
 * (r7g in ap-east-2) stray from it: the estimate is 4 % under one (xlarge) and 10 % over the other (16xlarge), so every figure it
 * makes is marked estimated.
 */
public final class DedicatedRates {
    private DedicatedRates() {}

    /** Dedicated ÷ shared, AWS's ratio in every Dedicated row of the reference price list. */
    public static final BigDecimal FACTOR = new BigDecimal("1.1");

    public static final String RULE = "Dedicated Instance rate = the shared-tenancy rate × 1.1 (AWS's ratio in its "
            + "x2iedn.32xlarge Dedicated On-Demand and Standard Reserved rows of 18 regions)";

    /** The Dedicated estimate of a shared On-Demand or Savings Plan rate; null stays null (missing). */
    public static Rate estimate(Rate shared) {
        return shared == null ? null : new Rate(shared.usd().multiply(FACTOR), shared.unit(), estimated(shared.provenance()));
    }

    /** The Dedicated estimate of a shared Reserved Instance offer: fee and hourly × 1.1. */
    public static ReservedRate estimate(ReservedRate shared) {
        return new ReservedRate(shared.upfront().multiply(FACTOR), shared.hourly().multiply(FACTOR), estimated(shared.provenance()));
    }

    private static Provenance estimated(Provenance p) {
        return new Provenance(p.sourceId() + "+dedicated", "Dedicated estimate from " + p.source(), p.asOf(), Basis.ESTIMATED,
                p.rule() == null || p.rule().isBlank() ? RULE : RULE + "; from: " + p.rule());
    }
}
