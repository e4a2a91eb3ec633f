package dev.costbench.export.xlsx;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Architecture;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECS service. Fargate: tasks × task size, split between FARGATE and FARGATE_SPOT by the capacity
 * provider strategy (bases first in listed order, the rest by weight, largest remainder, ties to the first
 * listed); arm64 runs every task on FARGATE. EC2: tasks packed onto instances by vCPU and memory.
 */
final class EcsServiceModel implements BlockModel {
    private final PriceCatalog catalog;

    EcsServiceModel(PriceCatalog catalog) { this.catalog = catalog; }

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        EcsService s = (EcsService) plan.block;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption().key()));
        rows.add(AssumptionRow.input("Tasks", "tasks", s.tasks(), "tasks", null));
        if (s.launchType() == EcsService.LaunchType.EC2) {
            rows.add(AssumptionRow.input("vCPU per task", "task_vcpu", s.cpu(), "vCPU", null));
            rows.add(AssumptionRow.input("Memory per task", "task_gb", s.memoryGb(), "GB", null));
            packing(rows, plan, s.instanceType(), "inst", "instances", "");
            if (plan.hasTwin()) packing(rows, plan, plan.cost.graviton().twinType(), "twin", "twin_instances", " (Graviton twin)");
            return rows;
        }
        BigDecimal[] size = pricedSize(plan);
        String note = size[0].compareTo(orZero(s.cpu())) == 0 && size[1].compareTo(orZero(s.memoryGb())) == 0
                ? "a valid Fargate size" : "asked " + plain(s.cpu()) + " vCPU / " + plain(s.memoryGb()) + " GB; priced at the next valid Fargate size";
        rows.add(AssumptionRow.input("vCPU per task (Fargate size)", "task_vcpu", size[0], "vCPU", note));
        rows.add(AssumptionRow.input("Memory per task (Fargate size)", "task_gb", size[1], "GB", note));
        capacityMix(rows, plan, s);
        return rows;
    }

    private void packing(List<AssumptionRow> rows, BlockPlan plan, String type, String prefix, String field, String suffix) {
        InputNames n = plan.names;
        if (!InstanceFacts.add(rows, catalog, type, prefix)) return;
        rows.add(AssumptionRow.derived("Tasks per instance" + suffix, prefix + "_per_instance",
                InstanceFacts.perInstance(n, prefix, n.of("task_vcpu"), n.of("task_gb")), "tasks",
                "min(floor(vCPU ÷ task vCPU), floor(GiB ÷ task GB))"));
        rows.add(AssumptionRow.derived("Instances" + suffix, field,
                Formulas.ceilDiv(n.of("tasks"), n.of(prefix + "_per_instance")), "instances", "ceil(tasks ÷ per instance)"));
    }

    /** FARGATE and FARGATE_SPOT task counts as formulas over the strategy's bases and weights. */
    private static void capacityMix(List<AssumptionRow> rows, BlockPlan plan, EcsService s) {
        InputNames n = plan.names;
        String tasks = n.of("tasks");
        List<CapacityProviderShare> cp = s.capacityProviders();
        if (s.architecture() == Architecture.ARM64 || cp.isEmpty()) {
            rows.add(AssumptionRow.derived("Tasks on FARGATE", "fargate_tasks", tasks, "tasks",
                    cp.isEmpty() ? "no capacity provider strategy: every task on FARGATE"
                            : "Fargate Spot does not run arm64 tasks: every task on FARGATE"));
            rows.add(AssumptionRow.derived("Tasks on FARGATE_SPOT", "spot_tasks", "0", "tasks", null));
            return;
        }
        if (cp.size() > 2) {
            // strategies longer than one entry per provider are rare; keep the engine's split as inputs
            OptionCost od = plan.cost.option(PurchaseOption.ON_DEMAND);
            BigDecimal spot = spotVcpu(od).divide(pricedSize(plan)[0], 0, RoundingMode.HALF_UP);
            rows.add(AssumptionRow.input("Tasks on FARGATE_SPOT", "spot_tasks", spot, "tasks",
                    "from the capacity provider strategy (" + cp.size() + " entries)"));
            rows.add(AssumptionRow.derived("Tasks on FARGATE", "fargate_tasks", tasks + "-" + n.of("spot_tasks"), "tasks", null));
            return;
        }
        for (int i = 0; i < cp.size(); i++) {
            CapacityProviderShare p = cp.get(i);
            rows.add(AssumptionRow.input(p.provider() + " base", "cp" + (i + 1) + "_base", Math.max(p.base(), 0), "tasks",
                    "capacity provider " + (i + 1) + " of " + cp.size() + ", bases are filled first in this order"));
            rows.add(AssumptionRow.input(p.provider() + " weight", "cp" + (i + 1) + "_weight", Math.max(p.weight(), 0), null,
                    "the tasks above the bases are split by weight"));
        }
        String first;
        if (cp.size() == 1) {
            first = tasks;
        } else {
            String b1 = n.of("cp1_base"), b2 = n.of("cp2_base"), w1 = n.of("cp1_weight"), w2 = n.of("cp2_weight");
            rows.add(AssumptionRow.derived("Tasks above the bases", "cp_rest",
                    tasks + "-MIN(" + b1 + "," + tasks + ")-MIN(" + b2 + "," + tasks + "-MIN(" + b1 + "," + tasks + "))",
                    "tasks", null));
            String rest = n.of("cp_rest"), w = "(" + w1 + "+" + w2 + ")";
            String r1 = "MOD(" + rest + "*" + w1 + "," + w + ")", r2 = "MOD(" + rest + "*" + w2 + "," + w + ")";
            rows.add(AssumptionRow.derived("Tasks on " + cp.get(0).provider() + " (listed first)", "cp1_tasks",
                    "MIN(" + b1 + "," + tasks + ")+IF(" + w + "=0," + rest + ",INT(" + rest + "*" + w1 + "/" + w + ")+IF(AND("
                            + r1 + "+" + r2 + ">0," + r1 + ">=" + r2 + "),1,0))", "tasks",
                    "base + weighted share, the odd task to the larger remainder (ties to the first listed)"));
            first = n.of("cp1_tasks");
        }
        boolean firstSpot = cp.get(0).isSpot();
        boolean secondSpot = cp.size() > 1 && cp.get(1).isSpot();
        String second = tasks + "-" + first;
        String onSpot = firstSpot && (secondSpot || cp.size() == 1) ? tasks
                : firstSpot ? first : secondSpot ? second : "0";
        rows.add(AssumptionRow.derived("Tasks on FARGATE_SPOT", "spot_tasks", onSpot, "tasks", null));
        rows.add(AssumptionRow.derived("Tasks on FARGATE", "fargate_tasks", tasks + "-" + n.of("spot_tasks"), "tasks", null));
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        EcsService s = (EcsService) plan.block;
        InputNames n = plan.names;
        String c = line.component();
        if (s.launchType() == EcsService.LaunchType.EC2) {
            String instances = n.of(variant == Variant.GRAVITON ? "twin_instances" : "instances");
            return c.equals(LineCodes.EC2_INSTANCES) || c.equals(LineCodes.EC2_SPOT) || LineCodes.isCommitment(c)
                    ? instances : null;
        }
        String perTask = LineCodes.isFargateVcpu(c) ? n.of("task_vcpu") : LineCodes.isFargateMemory(c) ? n.of("task_gb") : null;
        if (perTask == null) return null;
        String count;
        if (option instanceof PurchaseOption.Spot || variant == Variant.GRAVITON) count = n.of("tasks");
        else if (c.startsWith("fargate-spot.")) count = n.of("spot_tasks");
        else count = n.of("fargate_tasks");
        return count + "*" + perTask;
    }

    /** The Fargate size the engine priced, or the task size asked for when no option is priced. */
    private static BigDecimal[] pricedSize(BlockPlan plan) {
        EcsService s = (EcsService) plan.block;
        BigDecimal[] size = FargateSizing.perUnit(BigDecimal.valueOf(s.tasks()),
                plan.cost.option(PurchaseOption.ON_DEMAND), plan.cost.option(PurchaseOption.SPOT));
        return size != null ? size : new BigDecimal[]{orZero(s.cpu()), orZero(s.memoryGb())};
    }

    private static BigDecimal spotVcpu(OptionCost od) {
        BigDecimal v = BigDecimal.ZERO;
        if (od != null && od.isPriced())
            for (CostLine l : od.lines()) if (l.component().startsWith("fargate-spot.vcpu")) v = v.add(l.quantity());
        return v;
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }

    private static String plain(BigDecimal v) { return v == null ? "?" : v.stripTrailingZeros().toPlainString(); }
}
