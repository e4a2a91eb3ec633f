package dev.costbench.pricing.ec2;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionLines;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.ReservedTerms;

/**
 * EC2 capacity used by the hour, as a Batch compute environment uses it: {@code instanceHours} a month, a rule
 * over the queue's inputs. On-Demand, Spot and Savings Plans bill the hours used; a Reserved Instance is bought
 * whole, so the month needs ceil(instance-hours ÷ 730) of them. Component codes: {@code ec2.instance-hours},
 * {@code ec2.spot-hours}, {@code sp.usage}, {@code sp.usage.upfront}, {@code ri.upfront}, {@code ri.hourly}.
 */
public record InstanceUsage(InstanceRates rates, Quantity instanceHours, Quantity reservedInstances) {

    public static final String UNIT = "instance-hours";

    public InstanceUsage(InstanceRates rates, Quantity instanceHours) {
        this(rates, instanceHours, Quantity.Named.of("reserved(" + rates.type() + ")", "Reserved Instances needed ("
                + rates.type() + ")", "instances", "ceil(instance-hours ÷ hours per month)",
                Quantity.ceil(Quantity.div(instanceHours, new Quantity.Constant(Money.HOURS_PER_MONTH)))));
    }

    public void addTo(OptionLines out) {
        PurchaseOption option = out.option();
        switch (option) {
            case PurchaseOption.OnDemand d -> {
                if (rates.onDemand() == null) out.missing(rates.missing(option));
                else out.add(CostLine.monthly("ec2.instance-hours", rates.label(option), instanceHours, UNIT,
                        rates.rateRef(option), rates.onDemand().usd()));
            }
            case PurchaseOption.Spot s -> {
                if (rates.spot() == null) out.missing(rates.missing(option));
                else out.add(CostLine.monthly("ec2.spot-hours", rates.label(option), instanceHours, UNIT,
                        rates.rateRef(option), rates.spot().hourly()));
            }
            case PurchaseOption.Reserved r -> {
                ReservedTerms ri = rates.reserved(r);
                if (ri == null) out.missing(rates.missing(option));
                else InstanceFleet.addReservedLines(out, rates, r, ri, reservedInstances);
            }
            case PurchaseOption.SavingsPlan p -> {
                PlanTerms sp = rates.plan(p);
                if (sp == null) {
                    out.missing(rates.missing(option));
                    return;
                }
                sp.addUsed(out, instanceHours, UNIT,
                        new PlanTerms.Part("sp.usage.upfront", rates.upfrontLabel(option), rates.usageUpfrontRateRef(p)),
                        new PlanTerms.Part("sp.usage", rates.label(option), rates.rateRef(option)));
            }
        }
    }
}
