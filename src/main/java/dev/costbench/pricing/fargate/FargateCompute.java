package dev.costbench.pricing.fargate;

import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Fargate vCPU and memory, part on FARGATE and part on FARGATE_SPOT. FARGATE capacity is bought On-Demand
 * or under a Compute Savings Plan; FARGATE_SPOT capacity is always at the Fargate Spot rate; the {@code spot}
 * option runs everything on Fargate Spot. Reserved Instances and EC2 Instance Savings Plans do not cover
 * Fargate.
 * <p>
 * {@link Measure#RUNNING}: quantities are vCPU and GB running every hour (a service's tasks), lines are HOURLY.
 * {@link Measure#USED}: quantities are vCPU-hours and GB-hours used in the month (Batch jobs), lines are MONTHLY.
 */
public final class FargateCompute {

    public enum Measure { RUNNING, USED }

    public static final String NO_RESERVED = "Fargate has no Reserved Instances";
    public static final String NO_EC2_INSTANCE_PLAN = "EC2 Instance Savings Plans cover EC2 instances only, not Fargate";
    public static final String NO_ARM_SPOT = "Fargate Spot does not run arm64 tasks";
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable EC2_INSTANCE_PLAN_NA = new NotApplicable(NO_EC2_INSTANCE_PLAN);
    private static final NotApplicable ARM_SPOT_NA = new NotApplicable(NO_ARM_SPOT);

    private final Measure measure;
    private final BigDecimal vcpu, gb, spotVcpu, spotGb;
    private final ServiceDimension vcpuRate, gbRate, spotVcpuRate, spotGbRate;
    private final NotApplicable spotNotApplicable;

    /**
     * @param spotNotApplicable why the {@code spot} option does not apply to this platform, or null when it does
     *                          (arm64 capacity never has Fargate Spot)
     */
    public FargateCompute(RateBook rates, Architecture arch, Measure measure, BigDecimal vcpu, BigDecimal gb,
                          BigDecimal spotVcpu, BigDecimal spotGb, NotApplicable spotNotApplicable) {
        this.measure = measure;
        this.vcpu = vcpu;
        this.gb = gb;
        this.spotVcpu = spotVcpu;
        this.spotGb = spotGb;
        boolean arm = arch == Architecture.ARM64;
        this.vcpuRate = rates.service(ServiceRates.FARGATE, arm ? ServiceRates.FARGATE_ARM_VCPU : ServiceRates.FARGATE_X86_VCPU);
        this.gbRate = rates.service(ServiceRates.FARGATE, arm ? ServiceRates.FARGATE_ARM_GB : ServiceRates.FARGATE_X86_GB);
        this.spotVcpuRate = rates.service(ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU);
        this.spotGbRate = rates.service(ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB);
        this.spotNotApplicable = spotNotApplicable != null ? spotNotApplicable : arm ? ARM_SPOT_NA : null;
    }

    /** The NOT_APPLICABLE cost saying why {@code option} does not apply to Fargate capacity, or null when it does. */
    public OptionCost notApplicable(PurchaseOption option) {
        return switch (option) {
            case PurchaseOption.Reserved r -> RESERVED_NA.of(option);
            case PurchaseOption.SavingsPlan p when p.plan().type() == SavingsPlanType.EC2_INSTANCE ->
                    EC2_INSTANCE_PLAN_NA.of(option);
            case PurchaseOption.Spot s -> spotNotApplicable == null ? null : spotNotApplicable.of(option);
            default -> null;
        };
    }

    /** This capacity under every purchase option, or why an option does not cover Fargate. */
    public OptionMap<OptionCost> eachOption() {
        return eachOption(out -> { });
    }

    /** As {@link #eachOption()}, with {@code extra} lines (e.g. an EKS cluster fee) in every option that applies. */
    public OptionMap<OptionCost> eachOption(Consumer<OptionLines> extra) {
        OptionLines lines = new OptionLines(null);
        return OptionMap.of(o -> {
            OptionCost na = notApplicable(o);
            if (na != null) return na;
            OptionLines out = lines.reset(o);
            addTo(out);
            extra.accept(out);
            return out.build();
        });
    }

    public void addTo(OptionLines out) {
        switch (out.option()) {
            case PurchaseOption.Spot s -> {
                addSpot(out, vcpu.add(spotVcpu), gb.add(spotGb));
                return;
            }
            case PurchaseOption.SavingsPlan p -> {
                addPlan(out, p, vcpuRate, vcpu, VCPU);
                addPlan(out, p, gbRate, gb, MEMORY);
            }
            default -> {
                addRate(out, vcpuRate, vcpu, VCPU.onDemand);
                addRate(out, gbRate, gb, MEMORY.onDemand);
            }
        }
        if (spotVcpu.signum() != 0 || spotGb.signum() != 0) addSpot(out, spotVcpu, spotGb);
    }

    private void addSpot(OptionLines out, BigDecimal cpu, BigDecimal mem) {
        addRate(out, spotVcpuRate, cpu, VCPU.spot);
        addRate(out, spotGbRate, mem, MEMORY.spot);
    }

    private void addRate(OptionLines out, ServiceDimension rate, BigDecimal quantity, Names names) {
        if (rate.rate() == null) {
            out.missing(rate.missing());
            return;
        }
        if (measure == Measure.RUNNING)
            out.add(CostLine.hourly(names.running, names.description, quantity, names.runningUnit, rate.rate().usd(),
                    rate.perMonth(), rate.rate().provenance()));
        else
            out.add(CostLine.monthly(names.used, names.description, quantity, names.usedUnit, rate.rate().usd(),
                    rate.rate().provenance()));
    }

    private void addPlan(OptionLines out, PurchaseOption.SavingsPlan option, ServiceDimension rate, BigDecimal quantity,
                         Resource resource) {
        PlanTerms sp = rate.plan(option);
        if (sp == null) {
            out.missing(rate.missingPlan(option));
            return;
        }
        Names plan = resource.plan, upfront = resource.planUpfront;
        if (measure == Measure.RUNNING) {
            if (sp.hasUpfront())
                out.add(CostLine.upfront(upfront.running, upfront.description, quantity, upfront.runningUnit,
                        sp.upfrontPerCapacityUnit(), sp.termMonths(), sp.amortizedPerCapacityUnit(), sp.rate().provenance()));
            if (sp.hasRecurring())
                out.add(CostLine.hourly(plan.running, plan.description, quantity, plan.runningUnit, sp.recurringRate(),
                        sp.recurringPerCapacityUnit(), sp.rate().provenance()));
        } else {
            if (sp.hasUpfront())
                out.add(CostLine.upfront(upfront.used, upfront.description, quantity, upfront.usedUnit,
                        sp.upfrontPerUsageUnit(), sp.termMonths(), sp.upfrontShareRate(), sp.rate().provenance()));
            if (sp.hasRecurring())
                out.add(CostLine.monthly(plan.used, plan.description, quantity, plan.usedUnit, sp.recurringRate(),
                        sp.rate().provenance()));
        }
    }

    /** Component codes and words of one kind of line, for running (hourly) and used (monthly) capacity. */
    private record Names(String running, String used, String runningUnit, String usedUnit, String description) {}

    /** The four kinds of line one Fargate resource (vCPU or memory) can produce. */
    private record Resource(Names onDemand, Names spot, Names plan, Names planUpfront) {
        static Resource of(String code, String usedCode, String unit, String words) {
            return new Resource(
                    new Names("fargate." + code, "fargate." + usedCode, unit, unit + "-hours", "Fargate " + words),
                    new Names("fargate-spot." + code, "fargate-spot." + usedCode, unit, unit + "-hours", "Fargate Spot " + words),
                    new Names("sp.fargate." + code, "sp.fargate." + usedCode, unit, unit + "-hours",
                            "Fargate " + words + " under the Savings Plan"),
                    new Names("sp.fargate." + code + ".upfront", "sp.fargate." + usedCode + ".upfront", unit, unit + "-hours",
                            "Fargate " + words + ": Savings Plan commitment for the term, upfront"));
        }
    }

    private static final Resource VCPU = Resource.of("vcpu", "vcpu-hours", "vCPU", "vCPU");
    private static final Resource MEMORY = Resource.of("memory", "gb-hours", "GB", "memory");
}
