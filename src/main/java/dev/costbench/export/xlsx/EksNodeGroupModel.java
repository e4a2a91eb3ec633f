package dev.costbench.export.xlsx;

import dev.costbench.model.EksNodeGroup;
import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An EKS managed node group (nodes × instance, all bought under the option, all on Spot under {@code spot})
 * or Fargate profile (pods × the Fargate size holding the pod plus 0.25 GB). The cluster fee is one
 * cluster-hour per hour on the cluster's first block.
 */
final class EksNodeGroupModel implements BlockModel {

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        EksNodeGroup g = (EksNodeGroup) plan.block;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption().key()));
        if (g.mode() == EksNodeGroup.Mode.MANAGED) {
            rows.add(AssumptionRow.input("Nodes (desired)", "nodes", g.desired(), "nodes",
                    g.pods() > 0 ? g.pods() + " pods expected" : null));
            return rows;
        }
        rows.add(AssumptionRow.input("Pods", "pods", g.pods(), "pods", null));
        BigDecimal[] size = FargateSizing.perUnit(BigDecimal.valueOf(g.pods()),
                plan.cost.option(PurchaseOption.ON_DEMAND));
        String asked = "pod asks " + plain(g.podCpu()) + " vCPU / " + plain(g.podMemoryGb())
                + " GB; Fargate adds 0.25 GB and rounds up to a valid size";
        rows.add(AssumptionRow.input("vCPU per pod (Fargate size)", "pod_vcpu", size == null ? g.podCpu() : size[0], "vCPU", asked));
        rows.add(AssumptionRow.input("Memory per pod (Fargate size)", "pod_gb", size == null ? g.podMemoryGb() : size[1], "GB", asked));
        return rows;
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        EksNodeGroup g = (EksNodeGroup) plan.block;
        InputNames n = plan.names;
        String c = line.component();
        if (c.equals(LineCodes.EKS_CLUSTER)) return "1";
        if (g.mode() == EksNodeGroup.Mode.MANAGED)
            return c.equals(LineCodes.EC2_INSTANCES) || c.equals(LineCodes.EC2_SPOT) || LineCodes.isCommitment(c)
                    ? n.of("nodes") : null;
        if (LineCodes.isFargateVcpu(c)) return n.of("pods") + "*" + n.of("pod_vcpu");
        if (LineCodes.isFargateMemory(c)) return n.of("pods") + "*" + n.of("pod_gb");
        return null;
    }

    private static String plain(BigDecimal v) { return v == null ? "0" : v.stripTrailingZeros().toPlainString(); }
}
