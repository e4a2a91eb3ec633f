package dev.costbench.pricing.asg;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.ec2.HostFleet;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.ec2.TenancyFleet;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.List;

/**
 * An Auto Scaling group (or a fixed fleet of EC2 instances) on dedicated hardware. Dedicated Instances: every instance
 * at its Dedicated rate under the option (On-Demand, Reserved Instances and Savings Plans all apply to dedicated
 * tenancy), plus the block's share of the region's Dedicated fee; Spot is not applicable. Dedicated Hosts: whole hosts
 * ({@link HostFleet}). The mixed-instances policy's Spot share does not apply on dedicated hardware: every instance
 * is bought under the option, with a warning when the policy asked for Spot. gp3 EBS is the same as on shared hardware.
 */
final class DedicatedGroup {
    private DedicatedGroup() {}

    static PricedBlock price(AutoScalingGroup asg, String type, RateBook rates, EveryOptionLines dedicatedFee, List<String> warnings) {
        if (asg.onDemandPercentAboveBase() < 100 && asg.max() > asg.onDemandBase())
            warnings.add("runs on " + asg.tenancy().label() + ": the mixed-instances policy's Spot share does not apply, "
                    + "every instance is bought under the block's option");
        LoadHours load = LoadHours.of(asg.loadProfile(), asg.desired());
        Quantity all, reserved = null, peak;
        Wording keySize;
        if (!load.profiled()) {
            all = Quantity.Input.number("desired", "Instances (desired)", "instances", "range " + asg.min() + " to " + asg.max(),
                    Math.max(asg.desired(), 0));
            peak = all;
            keySize = Wording.of(Wording.whole(all), " × " + type);
        } else {
            if (load.max() > asg.max())
                warnings.add("the load profile runs " + load.max() + " instances at its peak, above max " + asg.max());
            LoadLevels levels = LoadLevels.of(load, "instances", asg.loadProfile().preset());
            all = Quantity.Named.of("instances", "Instances (week's average)", "instances", "Σ hours × instances ÷ 168",
                    levels.average(levels::count));
            reserved = Quantity.Named.of("reserved_instances", "Instances a Reserved Instance covers", "instances",
                    "the quietest hour's count", levels.quietest(levels::count));
            // hosts are allocated for the busiest hour and paid in every hour
            peak = Quantity.Input.number("peakInstances", "Instances at the busiest hour", "instances", "the load profile's peak", load.max());
            keySize = Wording.of(all, " × " + type + " on average (profile " + load.rangeText() + ")").asText();
        }
        EveryOptionLines storage = AutoScalingGroupPricer.storage(asg, all, rates);
        // one home for the tenancy rules, shared with the ECS, EKS and Batch EC2 pricers
        InstanceFleet fleet = new InstanceFleet(TenancyFleet.rates(rates, asg.tenancy(), type), new InstanceFleet.Rules(all, all, null, reserved));
        return TenancyFleet.price(asg.tenancy(), keySize, rates, type, peak, fleet::addTo, dedicatedFee, warnings, storage);
    }

    /**
     * min and max: the expected cost moved by what the instances (or hosts) cost at min and max rather than at
     * desired, so that the lines shared with other blocks (the Dedicated fee) stay as the expected cost has them.
     */
    static CostRange range(AutoScalingGroup asg, String type, RateBook rates, PurchaseOption option, BigDecimal expected) {
        BigDecimal atDesired = alone(asg, asg.desired(), type, rates, option);
        if (atDesired == null) return new CostRange(null, expected, null);
        BigDecimal lo = alone(asg, asg.min(), type, rates, option), hi = alone(asg, asg.max(), type, rates, option);
        return new CostRange(lo == null ? null : expected.add(lo.subtract(atDesired)), expected,
                hi == null ? null : expected.add(hi.subtract(atDesired)));
    }

    private static BigDecimal alone(AutoScalingGroup asg, int count, String type, RateBook rates, PurchaseOption option) {
        AutoScalingGroup fixed = asg.withCounts(count, count, count).withLoadProfile(null);
        OptionCost c = price(fixed, type, rates, new EveryOptionLines(), new java.util.ArrayList<>()).options().get(option);
        return c.isPriced() ? c.monthlyEffective() : null;
    }
}
