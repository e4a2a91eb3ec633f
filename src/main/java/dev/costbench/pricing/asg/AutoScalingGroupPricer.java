package dev.costbench.pricing.asg;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.PurchaseOption;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 Auto Scaling group: expected cost at {@code desired}, range at min and max. The mixed-instances
 * policy decides the Spot part; gp3 EBS (GB per instance × instances × GB-month rate) is paid the same under
 * every option, since no commitment discounts storage.
 */
public final class AutoScalingGroupPricer {
    private AutoScalingGroupPricer() {}

    public static PricedBlock price(AutoScalingGroup asg, String instanceType, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        if (asg.min() > asg.desired() || asg.desired() > asg.max())
            warnings.add("desired " + asg.desired() + " is outside min..max " + asg.min() + ".." + asg.max());
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(asg.desired() + " instances", "no instance type chosen", warnings);
        MixedInstancesSplit split = MixedInstancesSplit.of(asg.desired(), asg.onDemandBase(), asg.onDemandPercentAboveBase());
        InstanceFleet fleet = new InstanceFleet(rates.instance(instanceType), split.onDemand(), split.spot());
        EveryOptionLines storage = storage(asg, asg.desired(), rates);
        String keySize = asg.desired() + " × " + instanceType + (split.spot() > 0 ? " (" + split.spot() + " on Spot)" : "");
        OptionLines lines = new OptionLines(null);
        return new PricedBlock(keySize, PricedBlock.eachOption(o -> priceOption(lines.reset(o), fleet, storage)), warnings);
    }

    /** Monthly effective cost under {@code option} at min, desired (already priced) and max instances. */
    public static CostRange range(AutoScalingGroup asg, String instanceType, RateBook rates, PurchaseOption option,
                                  BigDecimal expected) {
        return new CostRange(at(asg, asg.min(), instanceType, rates, option), expected,
                at(asg, asg.max(), instanceType, rates, option));
    }

    private static BigDecimal at(AutoScalingGroup asg, int count, String type, RateBook rates, PurchaseOption option) {
        MixedInstancesSplit split = MixedInstancesSplit.of(count, asg.onDemandBase(), asg.onDemandPercentAboveBase());
        OptionCost c = priceOption(new OptionLines(option), new InstanceFleet(rates.instance(type), split.onDemand(),
                split.spot()), storage(asg, count, rates));
        return c.isPriced() ? c.monthlyEffective() : null;
    }

    private static OptionCost priceOption(OptionLines out, InstanceFleet fleet, EveryOptionLines storage) {
        fleet.addTo(out);
        storage.addTo(out);
        return out.build();
    }

    private static EveryOptionLines storage(AutoScalingGroup asg, int instances, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        if (asg.ebsGbPerInstance() <= 0) return lines;
        ServiceDimension gp3 = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3);
        if (gp3.rate() == null) return lines.missing(gp3.missing());
        BigDecimal gbMonths = BigDecimal.valueOf((long) asg.ebsGbPerInstance() * instances);
        return lines.add(CostLine.monthly("ebs.gp3", "gp3 EBS " + asg.ebsGbPerInstance() + " GB × " + instances
                + " instances", gbMonths, "GB-months", gp3.rate().usd(), gp3.rate().provenance()));
    }
}
