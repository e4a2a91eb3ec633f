package dev.costbench.pricing.ec2;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionLines;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.ReservedTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * EC2 capacity used by the hour, as a Batch compute environment uses it: {@code instanceHours} a month.
 * On-Demand, Spot and Savings Plans bill the hours used; a Reserved Instance is bought whole, so the month
 * needs ceil(instance-hours ÷ 730) of them. Component codes: {@code ec2.instance-hours}, {@code ec2.spot-hours},
 * {@code sp.usage}, {@code sp.usage.upfront}, {@code ri.upfront}, {@code ri.hourly}.
 */
public record InstanceUsage(InstanceRates rates, BigDecimal instanceHours) {

    public static final String UNIT = "instance-hours";

    /** Whole instances a Reserved Instance purchase needs to cover the month's hours. */
    public int reservedInstances() {
        return instanceHours.divide(Money.HOURS_PER_MONTH, 0, RoundingMode.CEILING).intValueExact();
    }

    public void addTo(OptionLines out) {
        PurchaseOption option = out.option();
        switch (option) {
            case PurchaseOption.OnDemand d -> {
                if (rates.onDemand() == null) out.missing(rates.missing(option));
                else out.add(CostLine.monthly("ec2.instance-hours", rates.label(option), instanceHours, UNIT,
                        rates.onDemand().usd(), rates.onDemand().provenance()));
            }
            case PurchaseOption.Spot s -> {
                if (rates.spot() == null) out.missing(rates.missing(option));
                else out.add(CostLine.monthly("ec2.spot-hours", rates.label(option), instanceHours, UNIT,
                        rates.spot().hourly(), rates.spot().provenance()));
            }
            case PurchaseOption.Reserved r -> {
                ReservedTerms ri = rates.reserved(r);
                if (ri == null) out.missing(rates.missing(option));
                else InstanceFleet.addReservedLines(out, rates, r, ri, Counts.of(reservedInstances()));
            }
            case PurchaseOption.SavingsPlan p -> {
                PlanTerms sp = rates.plan(p);
                if (sp == null) {
                    out.missing(rates.missing(option));
                    return;
                }
                if (sp.hasUpfront())
                    out.add(CostLine.upfront("sp.usage.upfront", rates.upfrontLabel(option), instanceHours,
                            UNIT, sp.upfrontPerUsageUnit(), sp.termMonths(), sp.upfrontShareRate(),
                            sp.rate().provenance()));
                if (sp.hasRecurring())
                    out.add(CostLine.monthly("sp.usage", rates.label(option), instanceHours, UNIT,
                            sp.recurringRate(), sp.rate().provenance()));
            }
        }
    }
}
