package dev.costbench.pricing.asg;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Tenancy;
import dev.costbench.pricing.ec2.DedicatedFees;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.ec2.EbsVolumes;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 Auto Scaling group: expected cost at {@code desired}, range at min and max. The mixed-instances
 * policy decides the Spot part; gp3 EBS is the shared {@link EbsVolumes} rule, paid the same under every option. With a load profile each hour's count replaces
 * {@code desired}: the policy splits every hour's instances and the lines carry the week's hour-weighted averages.
 */
public final class AutoScalingGroupPricer {
    private AutoScalingGroupPricer() {}

    public static PricedBlock price(AutoScalingGroup asg, String instanceType, RateBook rates) {
        return price(asg, instanceType, rates, new EveryOptionLines());
    }

    /**
     * The group priced with {@code dedicatedFee}, its share of the region's Dedicated per-region fee (empty unless it
     * runs Dedicated Instances; see {@link DedicatedFees}).
     */
    public static PricedBlock price(AutoScalingGroup asg, String instanceType, RateBook rates, EveryOptionLines dedicatedFee) {
        List<String> warnings = new ArrayList<>(1);
        if (asg.min() > asg.desired() || asg.desired() > asg.max())
            warnings.add("desired " + asg.desired() + " is outside min..max " + asg.min() + ".." + asg.max());
        // AWS launches Dedicated Instances from a mixed-instances policy too, but its weighted rule is priced on shared tenancy only
        if (asg.hasOverrides() && asg.tenancy() != Tenancy.DEFAULT)
            return PricedBlock.unpriceable(asg.desired() + " capacity units", "several weighted instance types on "
                    + asg.tenancy().label() + " are not priced yet: list one instance type, or use default tenancy", warnings);
        if (asg.hasOverrides()) return WeightedGroup.price(asg, rates, warnings);
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(asg.desired() + " instances", "no instance type chosen", warnings);
        if (asg.tenancy() != Tenancy.DEFAULT) return DedicatedGroup.price(asg, instanceType, rates, dedicatedFee, warnings);
        LoadHours load = LoadHours.of(asg.loadProfile(), asg.desired());
        InstanceFleet fleet;
        EveryOptionLines storage;
        Wording keySize;
        if (!load.profiled()) {
            MixedInstancesSplit.Rules split = MixedInstancesSplit.rules(asg.desired(), asg.onDemandBase(),
                    asg.onDemandPercentAboveBase(), "range " + asg.min() + " to " + asg.max());
            fleet = new InstanceFleet(rates.instance(instanceType),
                    new InstanceFleet.Rules(split.instances(), split.onDemand(), split.spot()));
            storage = storage(asg, split.instances(), rates);
            keySize = Wording.of(Wording.whole(split.instances()), " × " + instanceType,
                    new Wording.WhenAbove0(split.spot(), Wording.of(" (", Wording.whole(split.spot()), " on Spot)")));
        } else {
            if (load.max() > asg.max())
                warnings.add("the load profile runs " + load.max() + " instances at its peak, above max " + asg.max());
            LoadLevels levels = LoadLevels.of(load, "instances", asg.loadProfile().preset());
            MixedInstancesSplit.Rules[] split = new MixedInstancesSplit.Rules[levels.size()];
            for (int i = 0; i < split.length; i++)
                split[i] = MixedInstancesSplit.rules(levels.count(i), asg.onDemandBase(), asg.onDemandPercentAboveBase(), i);
            Quantity.Named all = Quantity.Named.of("instances", "Instances (week's average)", "instances",
                    "Σ hours × instances ÷ 168", levels.average(levels::count));
            Quantity.Named bought = Quantity.Named.of("od_instances", "On-Demand instances (week's average)", "instances",
                    null, levels.average(i -> split[i].onDemand()));
            Quantity.Named spot = Quantity.Named.of("spot_instances", "Spot instances (week's average)", "instances",
                    null, levels.average(i -> split[i].spot()));
            Quantity.Named reserved = Quantity.Named.of("reserved_instances", "Instances a Reserved Instance covers",
                    "instances", "the quietest hour's On-Demand count", levels.quietest(i -> split[i].onDemand()));
            fleet = new InstanceFleet(rates.instance(instanceType), new InstanceFleet.Rules(all, bought, spot, reserved));
            storage = storage(asg, all, rates);
            keySize = Wording.of(all, " × " + instanceType + " on average (profile " + load.rangeText() + ")",
                    new Wording.WhenAbove0(spot, Wording.of(" (", spot, " on Spot)"))).asText();
        }
        OptionLines lines = new OptionLines(null);
        return PricedBlock.sized(keySize, PricedBlock.eachOption(o -> priceOption(lines.reset(o), fleet, storage)), warnings);
    }

    /** Monthly effective cost under {@code option} at min, desired (already priced) and max instances. */
    public static CostRange range(AutoScalingGroup asg, String instanceType, RateBook rates, PurchaseOption option,
                                  BigDecimal expected) {
        if (asg.tenancy() != Tenancy.DEFAULT && !asg.hasOverrides()) return DedicatedGroup.range(asg, instanceType, rates, option, expected);
        return new CostRange(at(asg, asg.min(), instanceType, rates, option), expected,
                at(asg, asg.max(), instanceType, rates, option));
    }

    private static BigDecimal at(AutoScalingGroup asg, int count, String type, RateBook rates, PurchaseOption option) {
        if (asg.hasOverrides()) return WeightedGroup.at(asg, count, rates, option);
        MixedInstancesSplit split = MixedInstancesSplit.of(count, asg.onDemandBase(), asg.onDemandPercentAboveBase());
        OptionCost c = priceOption(new OptionLines(option), new InstanceFleet(rates.instance(type), split.onDemand(),
                split.spot()), storage(asg, BigDecimal.valueOf(count), rates));
        return c.isPriced() ? c.monthlyEffective() : null;
    }

    static OptionCost priceOption(OptionLines out, InstanceFleet fleet, EveryOptionLines storage) {
        fleet.addTo(out);
        storage.addTo(out);
        return out.build();
    }

    static EveryOptionLines storage(AutoScalingGroup asg, Quantity instances, RateBook rates) {
        return EbsVolumes.lines(asg.ebs(), instances, rates);
    }

    static EveryOptionLines storage(AutoScalingGroup asg, BigDecimal instances, RateBook rates) {
        return EbsVolumes.lines(asg.ebs(), instances, rates);
    }
}
