package dev.costbench.export.xlsx;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An Auto Scaling group at its desired count. The mixed-instances policy splits it: On-Demand =
 * base + ceil(pct × (n − base)), the rest on Spot; the On-Demand part is what a Reserved Instance or
 * Savings Plan covers, and the {@code spot} option puts every instance on Spot. gp3 EBS = GB × instances.
 */
final class AutoScalingGroupModel implements BlockModel {

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        AutoScalingGroup asg = (AutoScalingGroup) plan.block;
        InputNames n = plan.names;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption()));
        rows.add(AssumptionRow.input("Instances (desired)", "instances", asg.desired(), "instances",
                "range " + asg.min() + " to " + asg.max()));
        rows.add(AssumptionRow.input("On-Demand base", "od_base", Math.max(asg.onDemandBase(), 0), "instances",
                "mixed-instances policy"));
        rows.add(AssumptionRow.percent("On-Demand above base", "od_pct",
                BigDecimal.valueOf(Math.min(Math.max(asg.onDemandPercentAboveBase(), 0), 100)).movePointLeft(2),
                "the rest runs on Spot"));
        String inst = n.of("instances"), base = n.of("od_base"), pct = n.of("od_pct");
        rows.add(AssumptionRow.derived("On-Demand instances", "od_instances",
                "IF(" + inst + "<=" + base + "," + inst + "," + base + "+ROUNDUP(ROUND(" + pct + "*(" + inst + "-" + base
                        + "),9),0))", "instances", "base + ceil(pct × (instances − base))"));
        rows.add(AssumptionRow.derived("Spot instances", "spot_instances", inst + "-" + n.of("od_instances"),
                "instances", "instances − On-Demand instances"));
        if (asg.ebsGbPerInstance() > 0)
            rows.add(AssumptionRow.input("gp3 EBS per instance", "ebs_gb", asg.ebsGbPerInstance(), "GB", null));
        return rows;
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        InputNames n = plan.names;
        String c = line.component();
        if (c.equals(LineCodes.EC2_SPOT))
            return option instanceof PurchaseOption.Spot ? n.of("instances") : n.of("spot_instances");
        if (c.equals(LineCodes.EC2_INSTANCES) || LineCodes.isCommitment(c)) return n.of("od_instances");
        if (c.equals(LineCodes.EBS_GP3)) return n.of("ebs_gb") + "*" + n.of("instances");
        return null;
    }
}
