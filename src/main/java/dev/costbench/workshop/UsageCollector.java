package dev.costbench.workshop;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.Money;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.asg.MixedInstancesSplit;
import dev.costbench.pricing.ec2.InstancePacking;
import dev.costbench.pricing.fargate.FargateMinimum;
import dev.costbench.pricing.eks.EksNodeGroupPricer;
import dev.costbench.pricing.fargate.FargateCapacityMix;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.lambda.DurationTiers;
import dev.costbench.pricing.lambda.FreeTierAllowance;
import dev.costbench.pricing.lambda.LambdaUsage;
import dev.costbench.pricing.load.LambdaShape;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads a scenario's coverable usage hour by hour, with the same rules the engine prices by: the mixed-instances
 * split and ECS packing per hour, the capacity provider strategy per hour, Fargate sizes rounded up to a valid pair
 * (EKS pods plus 0.25 GB), Batch instance-hours, and Lambda duration through the monthly tiers after the free tier,
 * spread over the week by the function's load shape.
 */
final class UsageCollector {
    private static final BigDecimal WEEK_PER_MONTH = Money.divide(BigDecimal.valueOf(168), Money.HOURS_PER_MONTH);

    private final Scenario scenario;
    private final CostReport report;
    private final RateBook rates;
    private final Map<String, Usage> usages = new LinkedHashMap<>();
    private final List<HourlyUsage.ExcludedBlock> excluded = new ArrayList<>();
    private final Map<String, BigDecimal> eligibleByBlock = new LinkedHashMap<>();
    private final Map<String, FreeTierAllowance> freeTier;

    UsageCollector(Scenario scenario, CostReport report, PriceCatalog catalog) {
        this.scenario = scenario;
        this.report = report;
        this.rates = new RateBook(catalog, scenario.region());
        this.freeTier = FreeTierAllowance.shareOut(scenario.blocks(), scenario.lambdaFreeTier());
    }

    HourlyUsage collect() {
        Map<String, BlockCost> costs = new HashMap<>();
        for (BlockCost c : report.blocks()) costs.putIfAbsent(c.blockId(), c);
        for (Block b : scenario.blocks()) {
            BlockCost cost = costs.get(b.id());
            PurchaseOption chosen = cost == null ? PurchaseOption.ON_DEMAND : cost.chosenOption();
            if (b instanceof LoadBalancer) continue;
            if (chosen.family() == PurchaseFamily.RESERVED) {
                excluded.add(new HourlyUsage.ExcludedBlock(b.id(), b.name(), "bought with Reserved Instances (" + chosen.key() + ")"));
                continue;
            }
            if (chosen.family() == PurchaseFamily.SPOT) {
                excluded.add(new HourlyUsage.ExcludedBlock(b.id(), b.name(), "runs on Spot"));
                continue;
            }
            List<Contribution> parts = new ArrayList<>(3);
            String problem = contributions(b, parts);
            if (problem != null) {
                excluded.add(new HourlyUsage.ExcludedBlock(b.id(), b.name(), problem));
                continue;
            }
            BigDecimal week = BigDecimal.ZERO;
            for (Contribution c : parts) {
                Usage u = c.usage();
                u.blockIds.add(b.id());
                BigDecimal unitsInWeek = BigDecimal.ZERO;
                for (int h = 0; h < HourlyUsage.HOURS; h++) {
                    BigDecimal units = c.units()[h];
                    if (units.signum() == 0) continue;
                    u.units[h] = u.units[h].add(units);
                    unitsInWeek = unitsInWeek.add(units);
                }
                week = week.add(unitsInWeek.multiply(u.onDemandRate));
            }
            if (parts.isEmpty()) continue;
            eligibleByBlock.merge(b.id(), Optimization.monthOf(week), BigDecimal::add);
        }
        List<PlanUsage> out = new ArrayList<>(usages.size());
        for (Usage u : usages.values()) {
            if (u.blockIds.isEmpty()) continue;
            out.add(new PlanUsage(u.key, u.description, u.service, u.family, scenario.region(), u.unit, u.onDemandRate,
                    u.planRates, Arrays.asList(u.units), u.blockIds));
        }
        return new HourlyUsage(scenario.name(), scenario.region(), out, excluded, eligibleByBlock, report);
    }

    /** Adds the block's coverable usage to {@code out}; returns why it has none that can be read, else null. */
    private String contributions(Block block, List<Contribution> out) {
        switch (block) {
            case AutoScalingGroup a when a.hasOverrides() -> {
                // the On-Demand capacity units run on one type (the pricer's rule), ⌈units ÷ weight⌉ instances of it
                LoadHours load = LoadHours.of(a.loadProfile(), a.desired());
                dev.costbench.model.InstanceOverride od = a.launchedTypes().get(
                        dev.costbench.pricing.asg.WeightedOverrides.onDemandType(a, rates));
                int weight = Math.max(od.weight(), 1);
                return ec2(od.instanceType(), h -> Math.ceilDiv(MixedInstancesSplit.of(load.count(h), a.onDemandBase(),
                        a.onDemandPercentAboveBase()).onDemand(), weight), out);
            }
            case AutoScalingGroup a -> {
                LoadHours load = LoadHours.of(a.loadProfile(), a.desired());
                return ec2(a.instanceType(), h -> MixedInstancesSplit.of(load.count(h), a.onDemandBase(),
                        a.onDemandPercentAboveBase()).onDemand(), out);
            }
            case EcsService s when s.launchType() == EcsService.LaunchType.EC2 -> {
                InstanceType spec = spec(s.instanceType());
                if (spec == null) return "instance type " + s.instanceType() + " is not in the catalog";
                int per = InstancePacking.perInstance(spec, s.cpu(), s.memoryGb());
                if (per == 0) return "a task does not fit on " + s.instanceType();
                LoadHours load = LoadHours.of(s.loadProfile(), s.tasks());
                return ec2(s.instanceType(), h -> InstancePacking.instancesFor(load.count(h), per), out);
            }
            case EcsService s -> {
                FargateSize size = FargateSize.smallestHolding(s.cpu(), s.memoryGb());
                if (size == null) return "no Fargate size holds its tasks";
                LoadHours load = LoadHours.of(s.loadProfile(), s.tasks());
                boolean arm = s.architecture() == Architecture.ARM64;
                return fargate(s.architecture(), size, h -> {
                    FargateCapacityMix mix = FargateCapacityMix.split(load.count(h), s.capacityProviders());
                    return BigDecimal.valueOf(arm ? mix.onFargate() + mix.onSpot() : mix.onFargate());
                }, out);
            }
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED -> {
                LoadHours load = LoadHours.of(g.loadProfile(), g.desired());
                return ec2(g.instanceType(), load::count, out);
            }
            case EksNodeGroup g -> {
                BigDecimal mem = g.podMemoryGb() == null ? BigDecimal.ZERO : g.podMemoryGb();
                FargateSize size = FargateSize.smallestHolding(g.podCpu(), mem.add(EksNodeGroupPricer.POD_OVERHEAD_GB));
                if (size == null) return "no Fargate size holds its pods";
                LoadHours load = LoadHours.of(g.loadProfile(), g.pods());
                return fargate(g.architecture(), size, h -> BigDecimal.valueOf(load.count(h)), out);
            }
            case BatchQueue q when q.compute().isFargate() -> {
                FargateSize size = FargateSize.smallestHolding(q.vcpuPerJob(), q.memoryGbPerJob());
                if (size == null) return "no Fargate size holds its jobs";
                LoadHours load = LoadHours.of(q.loadProfile(), 0);
                BigDecimal flat = load.profiled() ? null : Money.divide(jobHours(q, FargateMinimum.billedMinutes(q.avgJobMinutes())),
                        Money.HOURS_PER_MONTH);
                return fargate(q.architecture(), size, h -> flat != null ? flat : BigDecimal.valueOf(load.count(h)), out);
            }
            case BatchQueue q -> {
                InstanceType spec = spec(q.instanceType());
                if (spec == null) return "instance type " + q.instanceType() + " is not in the catalog";
                int per = InstancePacking.perInstance(spec, q.vcpuPerJob(), q.memoryGbPerJob());
                if (per == 0) return "a job does not fit on " + q.instanceType();
                LoadHours load = LoadHours.of(q.loadProfile(), 0);
                if (load.profiled()) return ec2(q.instanceType(), h -> InstancePacking.instancesFor(load.count(h), per), out);
                BigDecimal flat = Money.divide(jobHours(q, q.avgJobMinutes()), Money.HOURS_PER_MONTH.multiply(BigDecimal.valueOf(per)));
                return ec2Units(q.instanceType(), h -> flat, out);
            }
            case LambdaFunction f -> {
                return lambda(f, out);
            }
            case LoadBalancer lb -> {
                return null;
            }
            case Ec2Instances i -> {
                // every instance of the fleet runs all month On-Demand: what a plan would cover
                return ec2(i.instanceType(), h -> i.count(), out);
            }
            case EcrRepository e -> {
                return null;
            }
            case NatGateway n -> {
                // NAT gateways are outside every Savings Plan
                return null;
            }
            case Internet n -> {
                return null;
            }
            case AppRunnerService r -> {
                // App Runner is outside every Savings Plan: it adds no usage to size one
                return null;
            }
        }
    }

    private String ec2(String type, java.util.function.IntUnaryOperator instancesAt, List<Contribution> out) {
        return ec2Units(type, h -> BigDecimal.valueOf(instancesAt.applyAsInt(h)), out);
    }

    private String ec2Units(String type, IntFunction<BigDecimal> unitsAt, List<Contribution> out) {
        if (type == null || type.isBlank()) return "no instance type chosen";
        InstanceRates r = rates.instance(type);
        if (r.onDemand() == null) return "no On-Demand price for " + type + " in " + scenario.region();
        Usage u = usages.computeIfAbsent("ec2:" + type, k -> {
            Map<SavingsPlanKey, BigDecimal> plans = new HashMap<>();
            for (PurchaseOption o : PurchaseOption.ALL)
                if (o instanceof PurchaseOption.SavingsPlan p && r.plan(p) != null) plans.put(p.plan(), r.plan(p).rate().usd());
            InstanceType spec = r.spec();
            String family = spec != null ? spec.family() : type.substring(0, Math.max(type.indexOf('.'), 0));
            return new Usage(k, type + " instances", PlanUsage.Service.EC2, family, "instances", r.onDemand().usd(), plans);
        });
        out.add(new Contribution(u, hours(unitsAt)));
        return null;
    }

    private String fargate(Architecture arch, FargateSize size, IntFunction<BigDecimal> tasksAt, List<Contribution> out) {
        boolean arm = arch == Architecture.ARM64;
        String vcpu = arm ? ServiceRates.FARGATE_ARM_VCPU : ServiceRates.FARGATE_X86_VCPU;
        String gb = arm ? ServiceRates.FARGATE_ARM_GB : ServiceRates.FARGATE_X86_GB;
        BigDecimal[] tasks = hours(tasksAt);
        String label = arm ? "Fargate arm64 " : "Fargate x86 ";
        Usage cpu = service(ServiceRates.FARGATE, vcpu, label + "vCPU", PlanUsage.Service.FARGATE, "vCPU");
        Usage mem = service(ServiceRates.FARGATE, gb, label + "memory", PlanUsage.Service.FARGATE, "GB");
        if (cpu == null || mem == null) return "no Fargate price in " + scenario.region();
        out.add(new Contribution(cpu, times(tasks, size.vcpu())));
        out.add(new Contribution(mem, times(tasks, size.memoryGb())));
        return null;
    }

    private String lambda(LambdaFunction f, List<Contribution> out) {
        LambdaUsage usage = LambdaUsage.of(f);
        FreeTierAllowance free = freeTier.getOrDefault(f.id(), FreeTierAllowance.NONE);
        boolean arm = f.architecture() == Architecture.ARM64;
        DurationTiers tiers = DurationTiers.of(f.architecture());
        BigDecimal[] inTier = tiers.split(usage.onDemandGbSeconds().subtract(free.gbSeconds()));
        LambdaShape shape = LambdaShape.of(f.loadProfile());
        String label = arm ? "Lambda arm64 " : "Lambda x86 ";
        for (int i = 0; i < 3; i++) {
            if (inTier[i].signum() <= 0) continue;
            Usage u = service(ServiceRates.LAMBDA, tiers.dimensions()[i], label + "duration tier " + (i + 1),
                    PlanUsage.Service.LAMBDA, "GB-seconds");
            if (u == null) return "no Lambda duration price in " + scenario.region();
            out.add(new Contribution(u, spread(inTier[i], shape)));
        }
        if (f.provisionedConcurrency() > 0) {
            Usage pc = service(ServiceRates.LAMBDA, arm ? ServiceRates.LAMBDA_PC_ARM : ServiceRates.LAMBDA_PC_X86,
                    label + "provisioned concurrency", PlanUsage.Service.LAMBDA, "GB-seconds");
            Usage pcDuration = service(ServiceRates.LAMBDA, arm ? ServiceRates.LAMBDA_PC_DURATION_ARM
                    : ServiceRates.LAMBDA_PC_DURATION_X86, label + "duration on provisioned concurrency", PlanUsage.Service.LAMBDA,
                    "GB-seconds");
            if (pc == null || pcDuration == null) return "no Lambda provisioned concurrency price in " + scenario.region();
            // provisioned capacity is kept warm evenly over its hours; invocations on it follow the load shape
            out.add(new Contribution(pc, spread(usage.provisionedGbSeconds(), LambdaShape.of(null))));
            if (usage.onProvisionedGbSeconds().signum() > 0)
                out.add(new Contribution(pcDuration, spread(usage.onProvisionedGbSeconds(), shape)));
        }
        return null;
    }

    /** A month's quantity spread over the week's hours by shape: month × 168 ÷ 730 × the hour's share of a week. */
    private static BigDecimal[] spread(BigDecimal monthly, LambdaShape shape) {
        BigDecimal perWeek = monthly.multiply(WEEK_PER_MONTH);
        BigDecimal[] out = new BigDecimal[HourlyUsage.HOURS];
        for (int h = 0; h < out.length; h++) out[h] = Money.bounded(perWeek.multiply(shape.weekShare(h), Money.PRECISION));
        return out;
    }

    private Usage service(String service, String dimension, String description, PlanUsage.Service kind, String unit) {
        ServiceDimension d = rates.service(service, dimension);
        if (d.rate() == null) return null;
        return usages.computeIfAbsent(kind.name().toLowerCase() + ":" + dimension, k -> {
            Map<SavingsPlanKey, BigDecimal> plans = new HashMap<>();
            for (PurchaseOption o : PurchaseOption.ALL) {
                if (!(o instanceof PurchaseOption.SavingsPlan p) || p.plan().type() != SavingsPlanType.COMPUTE) continue;
                PlanTerms t = d.plan(p);
                if (t != null) plans.put(p.plan(), t.rate().usd());
            }
            return new Usage(k, description, kind, null, unit, d.rate().usd(), plans);
        });
    }

    private InstanceType spec(String type) {
        return type == null || type.isBlank() ? null : rates.instance(type).spec();
    }

    private static BigDecimal jobHours(BatchQueue q, BigDecimal minutesPerJob) {
        BigDecimal minutes = minutesPerJob == null ? BigDecimal.ZERO : minutesPerJob;
        return Money.divide(BigDecimal.valueOf(Math.max(q.jobsPerMonth(), 0)).multiply(minutes), BigDecimal.valueOf(60));
    }

    private static BigDecimal[] hours(IntFunction<BigDecimal> at) {
        BigDecimal[] out = new BigDecimal[HourlyUsage.HOURS];
        for (int h = 0; h < out.length; h++) out[h] = at.apply(h);
        return out;
    }

    private static BigDecimal[] times(BigDecimal[] v, BigDecimal k) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int h = 0; h < v.length; h++) out[h] = v[h].multiply(k);
        return out;
    }

    /** One block's units of one usage in each hour. */
    private record Contribution(Usage usage, BigDecimal[] units) {}

    /** A usage being summed over the blocks. */
    private static final class Usage {
        final String key, description, family, unit;
        final PlanUsage.Service service;
        final BigDecimal onDemandRate;
        final Map<SavingsPlanKey, BigDecimal> planRates;
        final BigDecimal[] units = new BigDecimal[HourlyUsage.HOURS];
        final Set<String> blockIds = new LinkedHashSet<>();

        Usage(String key, String description, PlanUsage.Service service, String family, String unit, BigDecimal onDemandRate,
              Map<SavingsPlanKey, BigDecimal> planRates) {
            this.key = key;
            this.description = description;
            this.service = service;
            this.family = family;
            this.unit = unit;
            this.onDemandRate = onDemandRate;
            this.planRates = planRates;
            Arrays.fill(units, BigDecimal.ZERO);
        }
    }
}
