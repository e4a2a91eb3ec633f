package dev.costbench.pricing.asg;

import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;

import java.math.BigDecimal;

import static dev.costbench.pricing.component.Quantity.add;
import static dev.costbench.pricing.component.Quantity.ceil;
import static dev.costbench.pricing.component.Quantity.max;
import static dev.costbench.pricing.component.Quantity.min;
import static dev.costbench.pricing.component.Quantity.mul;
import static dev.costbench.pricing.component.Quantity.sub;

/**
 * How many of an Auto Scaling group's instances run On-Demand and how many on Spot under its mixed-instances
 * policy: On-Demand = base + ceil(pct% × (n − base)), the rest Spot; with fewer than base instances all are
 * On-Demand. The On-Demand part is what a Reserved Instance or Savings Plan would cover.
 */
public record MixedInstancesSplit(int onDemand, int spot) {

    private static final Quantity NONE = new Quantity.Constant(BigDecimal.ZERO);

    /** The split as rules over the group's inputs, for cost lines the workbook writes as formulas. */
    public record Rules(Input instances, Named onDemand, Named spot) {}

    public static MixedInstancesSplit of(int instances, int onDemandBase, int onDemandPercentAboveBase) {
        Rules r = rules(instances, onDemandBase, onDemandPercentAboveBase, null);
        return new MixedInstancesSplit(r.onDemand().value().intValueExact(), r.spot().value().intValueExact());
    }

    /** The split of {@code instances} as rules over the group's inputs (negative inputs count as 0, pct as 0..100). */
    public static Rules rules(int instances, int onDemandBase, int onDemandPercentAboveBase, String note) {
        Input n = Input.number("desired", "Instances (desired)", "instances", note, Math.max(instances, 0));
        return rules(n, onDemandBase, onDemandPercentAboveBase, -1);
    }

    /**
     * The split of {@code n} instances; {@code level} ≥ 0 names the figures of one level of a load profile, −1
     * those of the group's own count.
     */
    public static Rules rules(Input n, int onDemandBase, int onDemandPercentAboveBase, int level) {
        return rules(n, onDemandBase, onDemandPercentAboveBase, level, false);
    }

    /**
     * The split of {@code n}; with {@code units} the counts are capacity units of a group with weighted instance
     * types ({@code od_units}, {@code spot_units}), which {@link WeightedOverrides} turns into instances per type.
     */
    public static Rules rules(Input n, int onDemandBase, int onDemandPercentAboveBase, int level, boolean units) {
        String unit = units ? "capacity units" : "instances";
        Input base = Input.number("onDemandBase", "On-Demand base", unit, "mixed-instances policy",
                Math.max(onDemandBase, 0));
        Input pct = Input.percent("onDemandPercentAboveBase", "On-Demand above base", "the rest runs on Spot",
                Math.min(Math.max(onDemandPercentAboveBase, 0), 100));
        // min(n, …) keeps a group smaller than its base all On-Demand; above the base it is base + the rounded-up share
        Names names = level < 0 ? (units ? Names.UNITS : Names.INSTANCES) : Names.of(units, level);
        Named od = Named.of(names.odField, names.odLabel, unit, names.odNote, min(n, add(base, ceil(mul(pct, max(sub(n, base), NONE))))));
        Named spot = Named.of(names.spotField, names.spotLabel, unit, names.spotNote, sub(n, od));
        return new Rules(n, od, spot);
    }

    /** The split's figures' fields, labels and notes: the group's own count's are the same for every group. */
    private record Names(String odField, String odLabel, String odNote, String spotField, String spotLabel, String spotNote) {
        static final Names INSTANCES = of(false, -1), UNITS = of(true, -1);

        static Names of(boolean units, int level) {
            String unit = units ? "capacity units" : "instances", name = units ? "units" : "instances";
            String at = level < 0 ? "" : "[" + (level + 1) + "]", words = level < 0 ? "" : " at load level " + (level + 1);
            return new Names("od_" + name + at, "On-Demand " + unit + words, "base + ceil(pct × (" + unit + " − base))",
                    "spot_" + name + at, "Spot " + unit + words, unit + " − On-Demand " + unit);
        }
    }
}
