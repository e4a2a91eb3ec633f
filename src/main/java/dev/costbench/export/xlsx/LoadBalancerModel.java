package dev.costbench.export.xlsx;

import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.PurchaseOption;

import java.util.ArrayList;
import java.util.List;

/**
 * An ALB or NLB: one load balancer-hour per hour plus capacity units, the largest of AWS's dimensions:
 * ALB LCU = max(new conn/s ÷ 25, active conn/min ÷ 3,000, GB/h ÷ 1, rule evaluations/s ÷ 1,000);
 * NLB NLCU = max(new conn/s ÷ 800, active conn/min ÷ 100,000, GB/h ÷ 1).
 */
final class LoadBalancerModel implements BlockModel {

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        LoadBalancer lb = (LoadBalancer) plan.block;
        InputNames n = plan.names;
        boolean alb = lb.type() == LoadBalancer.Type.ALB;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption()));
        rows.add(AssumptionRow.input("New connections", "new_conn", lb.newConnectionsPerSec(), "per second", null));
        rows.add(AssumptionRow.input("Active connections", "active_conn", lb.activeConnectionsPerMin(), "per minute", null));
        rows.add(AssumptionRow.input("Processed data", "gb_per_hour", lb.processedGbPerHour(), "GB per hour", null));
        if (alb)
            rows.add(AssumptionRow.input("Rule evaluations", "rule_evals", lb.ruleEvaluationsPerSec(), "per second",
                    "billable evaluations, beyond the 10 free rules per request"));
        String cap = alb
                ? "MAX(" + n.of("new_conn") + "/25," + n.of("active_conn") + "/3000," + n.of("gb_per_hour") + "/1,"
                + n.of("rule_evals") + "/1000)"
                : "MAX(" + n.of("new_conn") + "/800," + n.of("active_conn") + "/100000," + n.of("gb_per_hour") + "/1)";
        rows.add(AssumptionRow.derived(alb ? "LCU" : "NLCU", "capacity_units", cap, "per hour",
                alb ? "max(new ÷ 25, active ÷ 3,000, GB/h ÷ 1, rules ÷ 1,000)" : "max(new ÷ 800, active ÷ 100,000, GB/h ÷ 1)"));
        return rows;
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        return switch (line.component()) {
            case "elb.hours" -> "1";
            case "elb.capacity-units" -> plan.names.of("capacity_units");
            default -> null;
        };
    }
}
