package dev.costbench.pricing.ec2;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PurchaseOption;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.ReservedTerms;

import java.math.BigDecimal;

/**
 * EC2 instances running all month: {@code bought} instances bought under the purchase option being priced
 * (On-Demand, a Reserved Instance offer or a Savings Plan) and {@code spot} instances at Spot, as in an
 * Auto Scaling group's mixed-instances policy. Under the {@code spot} option every instance runs on Spot.
 * Component codes: {@code ec2.instances}, {@code ec2.spot}, {@code ri.upfront}, {@code ri.hourly},
 * {@code sp.upfront}, {@code sp.hourly} (see docs/cost-lines.md).
 */
public record InstanceFleet(InstanceRates rates, int bought, int spot) {

    public InstanceFleet {
        bought = Math.max(bought, 0);  // a negative count is a design error the validator reports; it must not cost less than nothing
        spot = Math.max(spot, 0);
    }

    public static final String UNIT = "instances";

    /** Adds the fleet's lines under {@code out}'s option, or the rates the catalog lacks. */
    public void addTo(OptionLines out) {
        PurchaseOption option = out.option();
        if (option instanceof PurchaseOption.Spot) {
            addSpot(out, bought + spot, true);
            return;
        }
        if (bought > 0 || spot == 0) {
            BigDecimal n = Counts.of(bought);
            switch (option) {
                case PurchaseOption.OnDemand d -> addOnDemand(out, n);
                case PurchaseOption.Reserved r -> addReserved(out, r, n);
                case PurchaseOption.SavingsPlan p -> addPlan(out, p, n);
                case PurchaseOption.Spot s -> throw new IllegalStateException("handled above");
            }
        }
        addSpot(out, spot, false);
    }

    private void addOnDemand(OptionLines out, BigDecimal n) {
        if (rates.onDemand() == null) {
            out.missing(rates.missing(PurchaseOption.ON_DEMAND));
            return;
        }
        out.add(CostLine.hourly("ec2.instances", rates.label(PurchaseOption.ON_DEMAND), n, UNIT,
                rates.onDemand().usd(), rates.onDemandPerMonth(), rates.onDemand().provenance()));
    }

    private void addSpot(OptionLines out, int count, boolean always) {
        if (count == 0 && !always) return;
        if (rates.spot() == null) {
            out.missing(rates.missing(PurchaseOption.SPOT));
            return;
        }
        out.add(CostLine.hourly("ec2.spot", rates.label(PurchaseOption.SPOT), Counts.of(count), UNIT,
                rates.spot().hourly(), rates.spotPerMonth(), rates.spot().provenance()));
    }

    private void addReserved(OptionLines out, PurchaseOption.Reserved option, BigDecimal n) {
        ReservedTerms ri = rates.reserved(option);
        if (ri == null) {
            out.missing(rates.missing(option));
            return;
        }
        addReservedLines(out, rates, option, ri, n);
    }

    /** {@code ri.upfront} (fee × instances, once per term) and {@code ri.hourly}; an all-upfront offer has no hourly part. */
    static void addReservedLines(OptionLines out, InstanceRates rates, PurchaseOption.Reserved option,
                                 ReservedTerms ri, BigDecimal n) {
        if (ri.hasUpfront())
            out.add(CostLine.upfront("ri.upfront", rates.upfrontLabel(option), n, UNIT, ri.rate().upfront(),
                    ri.termMonths(), ri.amortizedPerInstance(), ri.rate().provenance()));
        if (ri.hasHourly() || !ri.hasUpfront())
            out.add(CostLine.hourly("ri.hourly", rates.label(option), n, UNIT, ri.rate().hourly(),
                    ri.hourlyPerInstanceMonth(), ri.rate().provenance()));
    }

    private void addPlan(OptionLines out, PurchaseOption.SavingsPlan option, BigDecimal n) {
        PlanTerms sp = rates.plan(option);
        if (sp == null) {
            out.missing(rates.missing(option));
            return;
        }
        if (sp.hasUpfront())
            out.add(CostLine.upfront("sp.upfront", rates.upfrontLabel(option), n, UNIT,
                    sp.upfrontPerCapacityUnit(), sp.termMonths(), sp.amortizedPerCapacityUnit(),
                    sp.rate().provenance()));
        if (sp.hasRecurring())
            out.add(CostLine.hourly("sp.hourly", rates.label(option), n, UNIT, sp.recurringRate(),
                    sp.recurringPerCapacityUnit(), sp.rate().provenance()));
    }
}
