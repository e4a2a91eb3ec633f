package dev.costbench.pricing.asg;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 Auto Scaling group: expected cost at {@code desired}, range at min and max. The mixed-instances
 * policy decides the Spot part; gp3 EBS (GB per instance × instances × GB-month rate) is paid the same under
 * every option, since no commitment discounts storage. With a load profile each hour's count replaces
 * {@code desired}: the policy splits every hour's instances and the lines carry the week's hour-weighted averages.
 */
public final class AutoScalingGroupPricer {
    private AutoScalingGroupPricer() {}

    public static PricedBlock price(AutoScalingGroup asg, String instanceType, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        if (asg.min() > asg.desired() || asg.desired() > asg.max())
            warnings.add("desired " + asg.desired() + " is outside min..max " + asg.min() + ".." + asg.max());
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(asg.desired() + " instances", "no instance type chosen", warnings);
        LoadHours load = LoadHours.of(asg.loadProfile(), asg.desired());
        InstanceFleet fleet;
        EveryOptionLines storage;
        String keySize;
        if (!load.profiled()) {
            MixedInstancesSplit.Rules split = MixedInstancesSplit.rules(asg.desired(), asg.onDemandBase(),
                    asg.onDemandPercentAboveBase(), "range " + asg.min() + " to " + asg.max());
            fleet = new InstanceFleet(rates.instance(instanceType),
                    new InstanceFleet.Rules(split.instances(), split.onDemand(), split.spot()));
            storage = storage(asg, split.instances(), rates);
            int spot = split.spot().value().intValueExact();
            keySize = asg.desired() + " × " + instanceType + (spot > 0 ? " (" + spot + " on Spot)" : "");
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
            keySize = SizeText.plain(all.value()) + " × " + instanceType + " on average (profile " + load.rangeText() + ")"
                    + (spot.value().signum() > 0 ? " (" + SizeText.plain(spot.value()) + " on Spot)" : "");
        }
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
                split.spot()), storage(asg, BigDecimal.valueOf(count), rates));
        return c.isPriced() ? c.monthlyEffective() : null;
    }

    private static OptionCost priceOption(OptionLines out, InstanceFleet fleet, EveryOptionLines storage) {
        fleet.addTo(out);
        storage.addTo(out);
        return out.build();
    }

    /** gp3 EBS of a group at its desired count: GB per instance × instances, as a rule over the group's inputs. */
    private static EveryOptionLines storage(AutoScalingGroup asg, Quantity instances, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        if (asg.ebsGbPerInstance() <= 0) return lines;
        ServiceDimension gp3 = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3);
        if (gp3.rate() == null) return lines.missing(gp3.missing());
        Quantity gb = Quantity.mul(Quantity.Input.number("ebsGbPerInstance", "gp3 EBS per instance", "GB", null, asg.ebsGbPerInstance()),
                instances);
        return lines.add(CostLine.monthly("ebs.gp3", "gp3 EBS " + asg.ebsGbPerInstance() + " GB × "
                + SizeText.plain(instances.value()) + " instances", gb, "GB-months", gp3.rateRef("EBS gp3 storage", "per GB-month"), gp3.rate().usd()));
    }

    private static EveryOptionLines storage(AutoScalingGroup asg, BigDecimal instances, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        if (asg.ebsGbPerInstance() <= 0) return lines;
        ServiceDimension gp3 = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3);
        if (gp3.rate() == null) return lines.missing(gp3.missing());
        BigDecimal gbMonths = Money.bounded(BigDecimal.valueOf(asg.ebsGbPerInstance()).multiply(instances));
        return lines.add(CostLine.monthly("ebs.gp3", "gp3 EBS " + asg.ebsGbPerInstance() + " GB × " + SizeText.plain(instances)
                + " instances", gbMonths, "GB-months", gp3.rate().usd(), gp3.rate().provenance()));
    }
}
