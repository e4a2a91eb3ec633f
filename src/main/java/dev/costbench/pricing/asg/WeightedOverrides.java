package dev.costbench.pricing.asg;

import dev.costbench.catalog.Rate;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.InstanceOverride;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.pricing.component.Quantity.add;
import static dev.costbench.pricing.component.Quantity.ceil;
import static dev.costbench.pricing.component.Quantity.div;
import static dev.costbench.pricing.component.Quantity.floor;
import static dev.costbench.pricing.component.Quantity.mod;

/**
 * The instances an Auto Scaling group with several weighted instance types launches, per type
 * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-instance-weighting.html). The mixed-instances split
 * ({@link MixedInstancesSplit}) runs in capacity units; then:
 * <ul>
 * <li>On-Demand units all run on one type: the first override ({@code prioritized}) or the one with the lowest
 * On-Demand price per unit, hourly price ÷ weight, ties to the one listed first ({@code lowest-price});</li>
 * <li>Spot units are spread evenly over every override, in the order listed (S units over k types: ⌊S ÷ k⌋ each, one
 * more for the first S mod k), since Spot allocation (price-capacity-optimized, AWS's recommendation) picks pools by
 * capacity as well as price: a reviewer should not count on the cheapest pool;</li>
 * <li>each type launches ⌈units ÷ weight⌉ instances: AWS launches whole instances until the units are met, even when
 * that overshoots the desired capacity, so what is billed is the rounded-up count.</li>
 * </ul>
 * Figures are named {@code overrides[i].od_instances}, {@code overrides[i].spot_instances}; weights are the inputs
 * {@code overrides[i].weight}, so the workbook's formulas follow an edited weight.
 */
public final class WeightedOverrides {
    private WeightedOverrides() {}

    private static final Quantity ZERO = Quantity.Constant.of(0), ONE = Quantity.Constant.of(1);

    /** One type's weight (an input of the block) and the instances it launches On-Demand and on Spot. */
    public record Launch(InstanceOverride override, Input weight, Quantity onDemand, Quantity spot) {}

    /** {@code overrides[i].part}. */
    public static String field(int i, String part) { return "overrides[" + i + "]." + part; }

    /** The weights of the group's types, as inputs; a weight below 1 counts as 1 (the reader refuses it). */
    public static Input[] weights(AutoScalingGroup asg) {
        List<InstanceOverride> types = asg.launchedTypes();
        Input[] out = new Input[types.size()];
        for (int i = 0; i < out.length; i++)
            out[i] = Input.number(field(i, "weight"), types.get(i).instanceType() + " weight", "capacity units",
                    "units one instance counts (WeightedCapacity)", Math.max(types.get(i).weight(), 1));
        return out;
    }

    /** The override the On-Demand units run on under the group's On-Demand allocation strategy. */
    public static int onDemandType(AutoScalingGroup asg, RateBook rates) {
        List<InstanceOverride> types = asg.launchedTypes();
        if (asg.onDemandAllocation() != AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE) return 0;
        int best = 0;
        BigDecimal bestPerUnit = null;
        for (int i = 0; i < types.size(); i++) {
            Rate od = rates.instance(types.get(i).instanceType()).onDemand();
            if (od == null) continue;
            BigDecimal perUnit = od.usd().divide(BigDecimal.valueOf(Math.max(types.get(i).weight(), 1)), MathContext.DECIMAL64);
            if (bestPerUnit == null || perUnit.compareTo(bestPerUnit) < 0) {
                best = i;
                bestPerUnit = perUnit;
            }
        }
        return best;
    }

    /**
     * The instances of each type for {@code units} (a split in capacity units), On-Demand units on type
     * {@code onDemandType}; {@code level} ≥ 0 names the figures of one level of a load profile.
     */
    public static List<Launch> launches(AutoScalingGroup asg, Input[] weights, int onDemandType,
                                        MixedInstancesSplit.Rules units, int level) {
        List<InstanceOverride> types = asg.launchedTypes();
        int k = types.size();
        String at = level < 0 ? "" : "[" + (level + 1) + "]", words = level < 0 ? "" : " at load level " + (level + 1);
        Quantity kTypes = Quantity.Constant.of(k);
        Quantity evenShare = floor(div(units.spot(), kTypes)), left = mod(units.spot(), kTypes);
        List<Launch> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String type = types.get(i).instanceType();
            Quantity od = i != onDemandType ? ZERO : Named.of(field(i, "od_instances") + at, type + " On-Demand instances" + words,
                    "instances", "ceil(On-Demand units ÷ weight)", ceil(div(units.onDemand(), weights[i])));
            Quantity share = Named.of(field(i, "spot_units") + at, type + " Spot units" + words, "capacity units",
                    "Spot units spread evenly over the types, the first ones taking the remainder",
                    add(evenShare, new Quantity.IfAbove(left, Quantity.Constant.of(i), ONE, ZERO)));
            Quantity spot = Named.of(field(i, "spot_instances") + at, type + " Spot instances" + words, "instances",
                    "ceil(Spot units ÷ weight)", ceil(div(share, weights[i])));
            out.add(new Launch(types.get(i), weights[i], od, spot));
        }
        return out;
    }
}
