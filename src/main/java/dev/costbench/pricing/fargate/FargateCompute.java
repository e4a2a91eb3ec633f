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
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.RateRef;
import dev.costbench.pricing.rates.PlanRateNames;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Fargate vCPU and memory, part on FARGATE and part on FARGATE_SPOT. FARGATE capacity is bought On-Demand
 * or under a Compute Savings Plan; FARGATE_SPOT capacity is always at the Fargate Spot rate; the {@code spot}
 * option runs everything on Fargate Spot. Reserved Instances and EC2 Instance Savings Plans do not cover
 * Fargate. FARGATE_SPOT capacity on arm64 is at the arm64 Spot rate ({@link FargateSpotRate}). Quantities are rules over the block's inputs; a FARGATE_SPOT part, when the block has one, has its
 * lines even at 0, so that the workbook follows an edit that moves tasks onto it.
 * <p>
 * {@link Measure#RUNNING}: quantities are vCPU and GB running every hour (a service's tasks), lines are HOURLY.
 * {@link Measure#USED}: quantities are vCPU-hours and GB-hours used in the month (Batch jobs), lines are MONTHLY.
 */
public final class FargateCompute {

    public enum Measure { RUNNING, USED }

    public static final String NO_RESERVED = "Fargate has no Reserved Instances";
    public static final String NO_EC2_INSTANCE_PLAN = "EC2 Instance Savings Plans cover EC2 instances only, not Fargate";
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable EC2_INSTANCE_PLAN_NA = new NotApplicable(NO_EC2_INSTANCE_PLAN);

    /** How much capacity runs (or is used): vCPU and GB on FARGATE, and on FARGATE_SPOT (null: the block has no such part). */
    public record Rules(Quantity vcpu, Quantity gb, Quantity spotVcpu, Quantity spotGb) {
        /** Everything on FARGATE. */
        public static Rules fargateOnly(Quantity vcpu, Quantity gb) { return new Rules(vcpu, gb, null, null); }
    }

    private final Measure measure;
    private final Rules rules;
    private final ServiceDimension vcpuRate, gbRate;
    private final RateRef vcpuRef, gbRef;
    private final FargateSpotRate spotVcpu, spotGb;
    private final NotApplicable spotNotApplicable;
    private Quantity ephemeralGb;
    private ServiceDimension ephemeralRate;

    /**
     * @param spotNotApplicable why the {@code spot} option does not apply to this platform (EKS has no Fargate Spot),
     *                          or null when it does
     */
    public FargateCompute(RateBook rates, Architecture arch, Measure measure, Rules rules, NotApplicable spotNotApplicable) {
        this.measure = measure;
        // each figure named once: its value is worked out here, not again for each of the 26 options' lines
        boolean arm = arch == Architecture.ARM64;
        RuleNames n = RuleNames.OF[measure.ordinal() * 2 + (arm ? 1 : 0)];
        this.rules = new Rules(named(n.fields[0], n.labels[0], n.cpu, rules.vcpu()),
                named(n.fields[1], n.labels[1], n.mem, rules.gb()),
                named(n.fields[2], n.labels[2], n.cpu, rules.spotVcpu()),
                named(n.fields[3], n.labels[3], n.mem, rules.spotGb()));
        this.vcpuRate = rates.service(ServiceRates.FARGATE, arm ? ServiceRates.FARGATE_ARM_VCPU : ServiceRates.FARGATE_X86_VCPU);
        this.gbRate = rates.service(ServiceRates.FARGATE, arm ? ServiceRates.FARGATE_ARM_GB : ServiceRates.FARGATE_X86_GB);
        this.vcpuRef = vcpuRate.rateRef(VCPU.onDemand.rateName, VCPU.perUnit);
        this.gbRef = gbRate.rateRef(MEMORY.onDemand.rateName, MEMORY.perUnit);
        this.spotVcpu = FargateSpotRate.of(rates, arch, true, VCPU.spot.rateName, VCPU.perUnit);
        this.spotGb = FargateSpotRate.of(rates, arch, false, MEMORY.spot.rateName, MEMORY.perUnit);
        this.spotNotApplicable = spotNotApplicable;
    }

    /**
     * Adds ephemeral storage above the 20 GB each task or job includes: {@code extraGb} is GB running
     * ({@link Measure#RUNNING}) or GB-hours used ({@link Measure#USED}). It is billed at its one rate under every
     * option that applies, FARGATE_SPOT tasks included: Savings Plans discount Fargate vCPU and memory only, and
     * Fargate Spot's discount is on vCPU and memory too. Nothing is added when {@code extraGb} is 0.
     */
    public FargateCompute withEphemeralStorage(RateBook rates, Quantity extraGb) {
        if (extraGb == null || extraGb.value().signum() <= 0) return this;
        this.ephemeralGb = named("fargate.ephemeral_storage", (measure == Measure.RUNNING ? "GB" : "GB-hours")
                + " of ephemeral storage above 20 GB", measure == Measure.RUNNING ? "GB" : "GB-hours", extraGb);
        this.ephemeralRate = rates.service(ServiceRates.FARGATE, ServiceRates.FARGATE_EPHEMERAL);
        return this;
    }

    private void addEphemeral(OptionLines out) {
        if (ephemeralGb == null) return;
        addRate(out, ephemeralRate, ephemeralRate.rateRef(EPHEMERAL.rateName, "per GB-hour"), ephemeralGb, EPHEMERAL);
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
                // every task on Fargate Spot: the FARGATE part and the FARGATE_SPOT part together
                addSpot(out, spotVcpu, all(rules.vcpu(), rules.spotVcpu()), VCPU.spot, true);
                addSpot(out, spotGb, all(rules.gb(), rules.spotGb()), MEMORY.spot, true);
                addEphemeral(out);
                return;
            }
            case PurchaseOption.SavingsPlan p -> {
                addPlan(out, p, vcpuRate, rules.vcpu(), VCPU);
                addPlan(out, p, gbRate, rules.gb(), MEMORY);
            }
            default -> {
                addRate(out, vcpuRate, vcpuRef, rules.vcpu(), VCPU.onDemand);
                addRate(out, gbRate, gbRef, rules.gb(), MEMORY.onDemand);
            }
        }
        if (rules.spotVcpu() != null) {
            addSpot(out, spotVcpu, rules.spotVcpu(), VCPU.spot, false);
            addSpot(out, spotGb, rules.spotGb(), MEMORY.spot, false);
        }
        addEphemeral(out);
    }

    /**
     * The named rules' fields, labels and units (vCPU and memory on FARGATE, then on FARGATE_SPOT) for a measure and
     * architecture: a block and its arm64 twin each have their own. Built once, not for every block priced.
     */
    private record RuleNames(String cpu, String mem, String[] fields, String[] labels) {
        static final RuleNames[] OF = new RuleNames[Measure.values().length * 2];

        static {
            for (Measure m : Measure.values())
                for (int arm = 0; arm < 2; arm++) OF[m.ordinal() * 2 + arm] = of(m == Measure.RUNNING, arm == 1);
        }

        private static RuleNames of(boolean running, boolean arm) {
            String cpu = running ? "vCPU" : "vCPU-hours", mem = running ? "GB" : "GB-hours", on = arm ? " (arm64)" : "",
                    field = arm ? "fargate_arm64" : "fargate", spotField = arm ? "fargate_spot_arm64" : "fargate_spot";
            return new RuleNames(cpu, mem, new String[]{field + ".vcpu", field + ".memory", spotField + ".vcpu", spotField + ".memory"},
                    new String[]{cpu + " on FARGATE" + on, mem + " on FARGATE" + on, cpu + " on FARGATE_SPOT" + on,
                            mem + " on FARGATE_SPOT" + on});
        }
    }

    private static Quantity named(String field, String label, String unit, Quantity q) {
        return q == null || q instanceof Quantity.Named || q instanceof Quantity.Input ? q
                : Quantity.Named.of(field, label, unit, null, q);
    }

    private static Quantity all(Quantity fargate, Quantity spot) { return spot == null ? fargate : Quantity.add(fargate, spot); }

    /** A line at the pay-as-you-go rate. */
    private void addRate(OptionLines out, ServiceDimension rate, RateRef ref, Quantity quantity, Names names) {
        if (rate.rate() == null) out.missing(rate.missing());
        else add(out, ref, rate.rate().usd(), rate.perMonth(), quantity, names);
    }

    /** A line at the Spot rate; a part at 0 whose rate is absent is left out unless {@code needed}. */
    private void addSpot(OptionLines out, FargateSpotRate rate, Quantity quantity, Names names, boolean needed) {
        if (rate.ref() == null) rate.missing().reportWhenUsed(quantity.value(), needed, out::missing);
        else add(out, rate.ref(), rate.usd(), rate.perMonth(), quantity, names);
    }

    private void add(OptionLines out, RateRef ref, BigDecimal usd, BigDecimal perMonth, Quantity quantity, Names names) {
        if (measure == Measure.RUNNING)
            out.add(CostLine.hourly(names.running, names.description, quantity, names.runningUnit, ref, usd, perMonth));
        else
            out.add(CostLine.monthly(names.used, names.description, quantity, names.usedUnit, ref, usd));
    }

    private void addPlan(OptionLines out, PurchaseOption.SavingsPlan option, ServiceDimension rate, Quantity quantity,
                         Resource resource) {
        PlanTerms sp = rate.plan(option);
        if (sp == null) {
            out.missing(rate.missingPlan(option));
            return;
        }
        Names plan = resource.plan, upfront = resource.planUpfront;
        String rateName = resource.planRateNames.under(option);
        if (measure == Measure.RUNNING) {
            // the plan's two parts share their unit (vCPU or GB)
            sp.addRunning(out, quantity, plan.runningUnit,
                    new PlanTerms.Part(upfront.running, upfront.description, rate.planCapacityUpfrontRateRef(option, rateName, resource.perUnit)),
                    new PlanTerms.Part(plan.running, plan.description, rate.planRateRef(option, rateName, resource.perUnit)));
        } else {
            sp.addUsed(out, quantity, plan.usedUnit,
                    new PlanTerms.Part(upfront.used, upfront.description, rate.planUpfrontRateRef(option, rateName, resource.perUnit)),
                    new PlanTerms.Part(plan.used, plan.description, rate.planRateRef(option, rateName, resource.perUnit)));
        }
    }

    /** Component codes and words of one kind of line, for running (hourly) and used (monthly) capacity. */
    private record Names(String running, String used, String runningUnit, String usedUnit, String description, String rateName) {}

    /** The four kinds of line one Fargate resource (vCPU or memory) can produce, and the unit its rates are per. */
    private record Resource(Names onDemand, Names spot, Names plan, Names planUpfront, String perUnit,
                            PlanRateNames planRateNames) {
        static Resource of(String code, String usedCode, String unit, String words) {
            String fargate = "Fargate " + words, spot = "Fargate Spot " + words;
            return new Resource(
                    new Names("fargate." + code, "fargate." + usedCode, unit, unit + "-hours", fargate, fargate),
                    new Names("fargate-spot." + code, "fargate-spot." + usedCode, unit, unit + "-hours", spot, spot),
                    new Names("sp.fargate." + code, "sp.fargate." + usedCode, unit, unit + "-hours",
                            fargate + " under the Savings Plan", fargate),
                    new Names("sp.fargate." + code + ".upfront", "sp.fargate." + usedCode + ".upfront", unit, unit + "-hours",
                            fargate + ": Savings Plan commitment for the term, upfront", fargate),
                    "per " + unit + "-hour", new PlanRateNames(fargate));
        }
    }

    private static final Resource VCPU = Resource.of("vcpu", "vcpu-hours", "vCPU", "vCPU");
    private static final Resource MEMORY = Resource.of("memory", "gb-hours", "GB", "memory");
    private static final Names EPHEMERAL = new Names("fargate.ephemeral-storage", "fargate.ephemeral-storage-gb-hours", "GB",
            "GB-hours", "Fargate ephemeral storage above the 20 GB included", "Fargate ephemeral storage");
}
