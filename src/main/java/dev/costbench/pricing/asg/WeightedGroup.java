package dev.costbench.pricing.asg;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An Auto Scaling group whose mixed-instances policy lists several instance types with weights: its sizes count
 * capacity units, {@link WeightedOverrides} turns them into instances per type, and each type is an
 * {@link InstanceFleet} of its own (its On-Demand part bought under the option priced, its Spot part at its Spot
 * rate); the gp3 volume is paid for every instance launched. A type that launches nothing and takes no On-Demand
 * units has no lines.
 */
final class WeightedGroup {
    private WeightedGroup() {}

    /** The fleets of each type launched, the instances in all, and the group's size in words. */
    private record Fleets(List<InstanceFleet> fleets, Quantity instances, String keySize) {}

    static PricedBlock price(AutoScalingGroup asg, RateBook rates, List<String> warnings) {
        LoadHours load = LoadHours.of(asg.loadProfile(), asg.desired());
        if (load.profiled() && load.max() > asg.max())
            warnings.add("the load profile runs " + load.max() + " capacity units at its peak, above max " + asg.max());
        Fleets f = load.profiled() ? profiled(asg, load, rates) : steady(asg, asg.desired(), rates);
        EveryOptionLines storage = AutoScalingGroupPricer.storage(asg, f.instances(), rates);
        OptionLines lines = new OptionLines(null);
        return new PricedBlock(f.keySize(), PricedBlock.eachOption(o -> {
            lines.reset(o);
            for (InstanceFleet fleet : f.fleets()) fleet.addTo(lines);
            storage.addTo(lines);
            return lines.build();
        }), warnings);
    }

    /** The monthly effective cost at {@code units} capacity units under {@code option} (a range end), or null. */
    static BigDecimal at(AutoScalingGroup asg, int units, RateBook rates, PurchaseOption option) {
        Fleets f = steady(asg, units, rates);
        OptionLines lines = new OptionLines(option);
        for (InstanceFleet fleet : f.fleets()) fleet.addTo(lines);
        AutoScalingGroupPricer.storage(asg, f.instances().value(), rates).addTo(lines);
        OptionCost c = lines.build();
        return c.isPriced() ? c.monthlyEffective() : null;
    }

    private static Fleets steady(AutoScalingGroup asg, int units, RateBook rates) {
        Input n = Input.number("desired", "Capacity units (desired)", "capacity units",
                "range " + asg.min() + " to " + asg.max(), Math.max(units, 0));
        MixedInstancesSplit.Rules split = MixedInstancesSplit.rules(n, asg.onDemandBase(), asg.onDemandPercentAboveBase(), -1, true);
        int chosen = WeightedOverrides.onDemandType(asg, rates);
        List<WeightedOverrides.Launch> launches = WeightedOverrides.launches(asg, WeightedOverrides.weights(asg), chosen, split, -1);
        List<InstanceFleet> fleets = new ArrayList<>();
        Quantity instances = null;
        List<String> words = new ArrayList<>();
        BigDecimal onSpot = BigDecimal.ZERO;
        for (int i = 0; i < launches.size(); i++) {
            WeightedOverrides.Launch l = launches.get(i);
            if (i != chosen && l.spot().value().signum() == 0) continue;
            String type = l.override().instanceType();
            Named all = Named.of(WeightedOverrides.field(i, "instances"), type + " instances", "instances",
                    "On-Demand + Spot instances of the type", Quantity.add(l.onDemand(), l.spot()));
            fleets.add(new InstanceFleet(rates.instance(type), new InstanceFleet.Rules(all, l.onDemand(), l.spot())));
            instances = instances == null ? all : Quantity.add(instances, all);
            words.add(SizeText.plain(all.value()) + " × " + type);
            onSpot = onSpot.add(l.spot().value());
        }
        String keySize = units + " capacity units: " + String.join(" + ", words)
                + (onSpot.signum() > 0 ? " (" + SizeText.plain(onSpot) + " on Spot)" : "");
        return new Fleets(fleets, instances == null ? Quantity.Constant.of(0) : instances, keySize);
    }

    /** Each type's week's averages, the split run at every load level; a reservation covers the quietest level's count. */
    private static Fleets profiled(AutoScalingGroup asg, LoadHours load, RateBook rates) {
        LoadLevels levels = LoadLevels.of(load, "capacity units", asg.loadProfile().preset());
        int chosen = WeightedOverrides.onDemandType(asg, rates);
        Input[] weights = WeightedOverrides.weights(asg);
        List<List<WeightedOverrides.Launch>> byLevel = new ArrayList<>(levels.size());
        for (int l = 0; l < levels.size(); l++)
            byLevel.add(WeightedOverrides.launches(asg, weights, chosen,
                    MixedInstancesSplit.rules(levels.count(l), asg.onDemandBase(), asg.onDemandPercentAboveBase(), l, true), l));
        List<InstanceFleet> fleets = new ArrayList<>();
        Quantity instances = null;
        List<String> words = new ArrayList<>();
        BigDecimal onSpot = BigDecimal.ZERO;
        int k = asg.launchedTypes().size();
        for (int i = 0; i < k; i++) {
            int t = i;
            String type = asg.launchedTypes().get(i).instanceType();
            Named od = Named.of(WeightedOverrides.field(i, "od_instances"), type + " On-Demand instances (week's average)",
                    "instances", null, levels.average(l -> byLevel.get(l).get(t).onDemand()));
            Named spot = Named.of(WeightedOverrides.field(i, "spot_instances"), type + " Spot instances (week's average)",
                    "instances", null, levels.average(l -> byLevel.get(l).get(t).spot()));
            if (i != chosen && spot.value().signum() == 0) continue;
            Named all = Named.of(WeightedOverrides.field(i, "instances"), type + " instances (week's average)", "instances",
                    "Σ hours × instances ÷ 168", Quantity.add(od, spot));
            Named reserved = Named.of(WeightedOverrides.field(i, "reserved_instances"), type + " instances a Reserved Instance covers",
                    "instances", "the quietest hour's On-Demand count", levels.quietest(l -> byLevel.get(l).get(t).onDemand()));
            fleets.add(new InstanceFleet(rates.instance(type), new InstanceFleet.Rules(all, od, spot, reserved)));
            instances = instances == null ? all : Quantity.add(instances, all);
            words.add(SizeText.plain(all.value()) + " × " + type);
            onSpot = onSpot.add(spot.value());
        }
        String keySize = String.join(" + ", words) + " on average (profile " + load.rangeText() + " capacity units)"
                + (onSpot.signum() > 0 ? " (" + SizeText.plain(onSpot) + " on Spot)" : "");
        return new Fleets(fleets, instances == null ? Quantity.Constant.of(0) : instances, keySize);
    }
}
