package dev.costbench.export.xlsx;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.BatchQueue;
import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Batch queue. EC2: jobs per instance = min(floor(vCPU ÷ job vCPU), floor(GiB ÷ job GB)); instance-hours =
 * jobs × minutes ÷ 60 ÷ jobs per instance, billed as used under On-Demand, Spot and Savings Plans; a Reserved
 * Instance is bought whole: ceil(instance-hours ÷ hours per month). Fargate: job-hours × the job's Fargate size.
 */
final class BatchQueueModel implements BlockModel {
    private final PriceCatalog catalog;

    BatchQueueModel(PriceCatalog catalog) { this.catalog = catalog; }

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        BatchQueue q = (BatchQueue) plan.block;
        InputNames n = plan.names;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption().key()));
        rows.add(AssumptionRow.input("Jobs", "jobs", q.jobsPerMonth(), "per month", null));
        rows.add(AssumptionRow.input("Average job length", "job_minutes", q.avgJobMinutes(), "minutes", null));
        if (q.compute().isFargate()) {
            rows.add(AssumptionRow.derived("Job-hours", "job_hours", n.of("jobs") + "*" + n.of("job_minutes") + "/60",
                    "per month", "jobs × minutes ÷ 60"));
            BigDecimal[] size = FargateSizing.perUnit(BigDecimal.ONE, plan.cost.option(PurchaseOption.ON_DEMAND),
                    plan.cost.option(PurchaseOption.SPOT));
            BigDecimal hours = BigDecimal.valueOf(q.jobsPerMonth()).multiply(q.avgJobMinutes() == null ? BigDecimal.ZERO : q.avgJobMinutes())
                    .divide(BigDecimal.valueOf(60), dev.costbench.pricing.Money.PRECISION);
            BigDecimal vcpu = q.vcpuPerJob(), gb = q.memoryGbPerJob();
            if (size != null && hours.signum() > 0) {
                vcpu = size[0].divide(hours, dev.costbench.pricing.Money.PRECISION).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                gb = size[1].divide(hours, dev.costbench.pricing.Money.PRECISION).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            }
            String note = "job asks " + plain(q.vcpuPerJob()) + " vCPU / " + plain(q.memoryGbPerJob()) + " GB; rounded up to a valid Fargate size";
            rows.add(AssumptionRow.input("vCPU per job (Fargate size)", "job_vcpu", vcpu, "vCPU", note));
            rows.add(AssumptionRow.input("Memory per job (Fargate size)", "job_gb", gb, "GB", note));
            return rows;
        }
        rows.add(AssumptionRow.input("vCPU per job", "job_vcpu", q.vcpuPerJob(), "vCPU", null));
        rows.add(AssumptionRow.input("Memory per job", "job_gb", q.memoryGbPerJob(), "GB", null));
        usage(rows, n, q.instanceType(), "inst", "");
        if (plan.hasTwin()) usage(rows, n, plan.cost.graviton().twinType(), "twin", " (Graviton twin)");
        return rows;
    }

    private void usage(List<AssumptionRow> rows, InputNames n, String type, String prefix, String suffix) {
        if (!InstanceFacts.add(rows, catalog, type, prefix)) return;
        rows.add(AssumptionRow.derived("Jobs per instance" + suffix, prefix + "_per_instance",
                InstanceFacts.perInstance(n, prefix, n.of("job_vcpu"), n.of("job_gb")), "jobs",
                "min(floor(vCPU ÷ job vCPU), floor(GiB ÷ job GB))"));
        rows.add(AssumptionRow.derived("Instance-hours" + suffix, prefix + "_hours",
                n.of("jobs") + "*" + n.of("job_minutes") + "/60/" + n.of(prefix + "_per_instance"), "per month",
                "jobs × minutes ÷ 60 ÷ jobs per instance"));
        rows.add(AssumptionRow.derived("Reserved Instances needed" + suffix, prefix + "_reserved",
                Formulas.ceilDiv(n.of(prefix + "_hours"), GlobalInputs.HOURS_PER_MONTH), "instances",
                "ceil(instance-hours ÷ hours per month)"));
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        BatchQueue q = (BatchQueue) plan.block;
        InputNames n = plan.names;
        String c = line.component();
        if (q.compute().isFargate()) {
            if (LineCodes.isFargateVcpu(c)) return n.of("job_hours") + "*" + n.of("job_vcpu");
            if (LineCodes.isFargateMemory(c)) return n.of("job_hours") + "*" + n.of("job_gb");
            return null;
        }
        String prefix = variant == Variant.GRAVITON ? "twin" : "inst";
        if (c.startsWith("ri.")) return n.of(prefix + "_reserved");
        if (c.equals(LineCodes.EC2_INSTANCE_HOURS) || c.equals(LineCodes.EC2_SPOT_HOURS) || c.startsWith("sp.usage"))
            return n.of(prefix + "_hours");
        return null;
    }

    private static String plain(BigDecimal v) { return v == null ? "0" : v.stripTrailingZeros().toPlainString(); }
}
