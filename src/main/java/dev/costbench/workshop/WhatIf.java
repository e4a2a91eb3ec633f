package dev.costbench.workshop;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.pricing.graviton.GravitonAdvisor;
import dev.costbench.pricing.graviton.TwinChoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Scenario-wide what-ifs a facilitator applies in one move. Each is a pure function: it returns a new scenario
 * (named after the change, so the window can keep it as a new scenario) and leaves the given one untouched.
 */
public final class WhatIf {
    private final PriceCatalog catalog;
    private final GravitonAdvisor graviton;

    public WhatIf(PriceCatalog catalog) {
        this.catalog = catalog;
        this.graviton = new GravitonAdvisor(catalog);
    }

    /**
     * Traffic × {@code multiplier}: instance, task, node, pod and job counts (and every hour of a count profile)
     * scale and round up to whole counts; Lambda requests and Batch jobs per month scale to the nearest whole one;
     * load balancer connections, bytes and rule evaluations scale. A Lambda profile is a shape and stays.
     */
    public Scenario traffic(Scenario s, double multiplier) {
        if (!(multiplier >= 0) || Double.isInfinite(multiplier))
            throw new IllegalArgumentException("a traffic multiplier is a number of 0 or more, not " + multiplier);
        BigDecimal m = BigDecimal.valueOf(multiplier);
        return each(s, s.name() + " · traffic ×" + plain(m), b -> switch (b) {
            case AutoScalingGroup a -> a.withCounts(up(a.min(), m), up(a.desired(), m), up(a.max(), m))
                    .withLoadProfile(scale(a.loadProfile(), multiplier));
            case EcsService e -> e.withTasks(up(e.tasks(), m)).withLoadProfile(scale(e.loadProfile(), multiplier));
            case EksNodeGroup g -> g.withDesired(up(g.desired(), m)).withPods(up(g.pods(), m))
                    .withLoadProfile(scale(g.loadProfile(), multiplier));
            case LambdaFunction f -> f.withRequestsPerMonth(nearest(f.requestsPerMonth(), m));
            case BatchQueue q -> q.withJobsPerMonth(nearest(q.jobsPerMonth(), m)).withLoadProfile(scale(q.loadProfile(), multiplier));
            case LoadBalancer lb -> new LoadBalancer(lb.id(), lb.name(), lb.x(), lb.y(), lb.purchaseOption(), lb.type(),
                    lb.newConnectionsPerSec().multiply(m), lb.activeConnectionsPerMin().multiply(m),
                    lb.processedGbPerHour().multiply(m), lb.ruleEvaluationsPerSec().multiply(m), lb.protocol(), lb.extensions());
            // more traffic keeps more instances active; the maximum grows with it, within App Runner's 25
            case AppRunnerService r -> scaleAppRunner(r, m);
            case Ec2Instances i -> i.withCount(up(i.count(), m));
            // more traffic pulls more images; what is stored stays
            case EcrRepository e -> e.withTransfer(e.internetGbPerMonth().multiply(m), e.crossRegionGbPerMonth().multiply(m));
            // the gateways stay; the GB they process are on the connections
            case NatGateway n -> n;
            case Internet n -> n;
        });
    }

    /**
     * {@code pct}% of capacity on Spot: an Auto Scaling group's mixed policy becomes base 0 and (100 − pct)% On-Demand
     * above it; an x86 Fargate ECS service gets FARGATE weight 100 − pct and FARGATE_SPOT weight pct (no strategy at 0%);
     * an EKS managed node group's capacity type becomes spot at 50% or more (a node group is one or the other; one on
     * dedicated hardware stays, as Spot does not run there).
     * arm64 Fargate has no Spot and is left as it is.
     */
    public Scenario spotShare(Scenario s, int pct) {
        if (pct < 0 || pct > 100) throw new IllegalArgumentException("a Spot share is 0 to 100%, not " + pct);
        return each(s, s.name() + " · " + pct + "% Spot", b -> switch (b) {
            case AutoScalingGroup a -> a.withMixedPolicy(0, 100 - pct);
            case EcsService e when e.launchType() == EcsService.LaunchType.FARGATE && e.architecture() == Architecture.X86_64 ->
                    e.withCapacityProviders(pct == 0 ? List.of() : pct == 100
                            ? List.of(new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, 1))
                            : List.of(new CapacityProviderShare(CapacityProviderShare.FARGATE, 0, 100 - pct),
                            new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, pct)));
            // dedicated hardware runs no Spot: a Dedicated or host node group stays as it is
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED && g.tenancy() == Tenancy.DEFAULT ->
                    g.withCapacityType(pct >= 50 ? EksNodeGroup.CapacityType.SPOT : EksNodeGroup.CapacityType.ON_DEMAND);
            default -> b;
        });
    }

    /**
     * Graviton on: every EC2-backed block moves to the engine's Graviton twin (its {@code gravitonType} when set) and
     * Fargate, Lambda and Batch Fargate move to arm64; a block without a twin stays. Graviton off: arm64 platforms move
     * to x86_64 and an arm64 instance type to the x86 type whose twin it is (the newest such generation); without one
     * it stays.
     */
    public Scenario graviton(Scenario s, boolean on) {
        String region = s.region();
        UnaryOperator<String> type = on ? t -> twin(region, t) : t -> x86For(region, t);
        Architecture arch = on ? Architecture.ARM64 : Architecture.X86_64;
        return each(s, s.name() + (on ? " · Graviton" : " · x86"), b -> switch (b) {
            case AutoScalingGroup a -> a.withInstanceType(type.apply(typeOrTwin(a.instanceType(), a.gravitonType(), on)))
                    .withOverrides(a.overrides().stream().map(o -> o.withInstanceType(type.apply(
                            o.instanceType().equals(a.instanceType()) ? typeOrTwin(o.instanceType(), a.gravitonType(), on) : o.instanceType())))
                            .toList())
                    .withGravitonType(null);
            case EcsService e when e.launchType() == EcsService.LaunchType.EC2 ->
                    new EcsService(e.id(), e.name(), e.x(), e.y(), e.purchaseOption(), e.launchType(), e.cpu(), e.memoryGb(), e.tasks(),
                            e.architecture(), e.capacityProviders(), type.apply(typeOrTwin(e.instanceType(), e.gravitonType(), on)), null,
                            e.loadProfile(), e.ephemeralStorageGb(), e.ebs(), e.extensions(), e.tenancy());
            case EcsService e -> e.withArchitecture(arch);
            // dedicated hardware runs no Spot: a Dedicated or host node group stays as it is
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED && g.tenancy() == Tenancy.DEFAULT ->
                    new EksNodeGroup(g.id(), g.name(), g.x(), g.y(), g.purchaseOption(), g.cluster(), g.mode(),
                            type.apply(typeOrTwin(g.instanceType(), g.gravitonType(), on)), g.desired(), g.capacityType(), g.pods(),
                            g.podCpu(), g.podMemoryGb(), g.architecture(), g.clusterSupport(), null, g.loadProfile(),
                            g.ephemeralStorageGb(), g.ebs(), g.extensions(), g.tenancy());
            case EksNodeGroup g -> new EksNodeGroup(g.id(), g.name(), g.x(), g.y(), g.purchaseOption(), g.cluster(), g.mode(),
                    g.instanceType(), g.desired(), g.capacityType(), g.pods(), g.podCpu(), g.podMemoryGb(), arch, g.clusterSupport(),
                    g.gravitonType(), g.loadProfile(), g.ephemeralStorageGb(), g.ebs(), g.extensions(), g.tenancy());
            case LambdaFunction f -> f.withArchitecture(arch);
            case BatchQueue q when q.compute().isFargate() -> new BatchQueue(q.id(), q.name(), q.x(), q.y(), q.purchaseOption(),
                    q.compute(), q.instanceType(), q.jobsPerMonth(), q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), arch,
                    q.gravitonType(), q.loadProfile(), q.ephemeralStorageGb(), q.ebs(), q.extensions(), q.tenancy());
            case BatchQueue q -> new BatchQueue(q.id(), q.name(), q.x(), q.y(), q.purchaseOption(), q.compute(),
                    type.apply(typeOrTwin(q.instanceType(), q.gravitonType(), on)), q.jobsPerMonth(), q.vcpuPerJob(), q.memoryGbPerJob(),
                    q.avgJobMinutes(), q.architecture(), null, q.loadProfile(), q.ephemeralStorageGb(), q.ebs(), q.extensions(), q.tenancy());
            case LoadBalancer lb -> lb;
            case AppRunnerService r -> r;
            case EcrRepository e -> e;
            case NatGateway n -> n;
            case Internet n -> n;
            case Ec2Instances i -> i.withInstanceType(type.apply(typeOrTwin(i.instanceType(), i.gravitonType(), on))).withGravitonType(null);
        });
    }

    private static AppRunnerService scaleAppRunner(AppRunnerService r, BigDecimal m) {
        int max = (int) Math.min(dev.costbench.model.spec.CrossFieldRules.APP_RUNNER_MAX_SIZE, up(r.maxInstances(), m));
        BigDecimal active = r.activeInstances().multiply(m).min(BigDecimal.valueOf(max));
        // a load profile's serving instances scale as the active instances do
        return r.withInstances(Math.min(r.minInstances(), max), max).withActive(active, r.activePercent())
                .withLoadProfile(scale(r.loadProfile(), m.doubleValue()));
    }

    /** The scenario with a Savings Plan commitment applied to its total (see {@link ScenarioComparison}). */
    public static CommittedScenario commitment(Scenario s, SavingsPlanCommitment commitment) {
        return new CommittedScenario(s.withName(s.name() + " · " + commitment.label()), commitment);
    }

    /** The block's own gravitonType wins when switching on: it names the twin the architect chose. */
    private static String typeOrTwin(String type, String gravitonType, boolean on) {
        return on && gravitonType != null && !gravitonType.isBlank() ? gravitonType : type;
    }

    private String twin(String region, String type) {
        if (type == null) return null;
        Optional<InstanceType> spec = catalog.instanceType(type);
        if (spec.isPresent() && spec.get().isArm()) return type;
        TwinChoice choice = graviton.choose(region, type, null);
        return choice.available() ? choice.twinType() : type;
    }

    private String x86For(String region, String type) {
        if (type == null) return null;
        Optional<InstanceType> spec = catalog.instanceType(type);
        if (spec.isEmpty() || !spec.get().isArm()) return type;
        String best = null;
        for (String candidate : catalog.pricedInstanceTypes(region)) {
            Optional<InstanceType> c = catalog.instanceType(candidate);
            if (c.isEmpty() || c.get().isArm() || !c.get().size().equals(spec.get().size())) continue;
            TwinChoice choice = graviton.choose(region, candidate, null);
            if (choice.available() && type.equals(choice.twinType()) && (best == null || candidate.compareTo(best) > 0)) best = candidate;
        }
        return best == null ? type : best;
    }

    private static Scenario each(Scenario s, String name, UnaryOperator<Block> change) {
        List<Block> out = new ArrayList<>(s.blocks().size());
        // fields of a newer Costbench stay on the changed block, as they would through any edit
        // a block the what-if leaves as it was stays the same object, so the engine keeps its cost without a look
        for (Block b : s.blocks()) {
            Block changed = change.apply(b);
            if (changed != b) changed = changed.withExtensions(b.extensions());
            out.add(changed.equals(b) ? b : changed);
        }
        return s.withBlocks(out).withName(name);
    }

    private static LoadProfile scale(LoadProfile p, double m) {
        if (p == null || p.isNone()) return p;
        List<Double> hours = new ArrayList<>(p.hours().size());
        for (Double h : p.hours()) hours.add(Math.ceil(h * m - 1e-9));
        return new LoadProfile(p.preset(), hours);
    }

    private static int up(int count, BigDecimal m) {
        return BigDecimal.valueOf(count).multiply(m).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static long nearest(long count, BigDecimal m) {
        return BigDecimal.valueOf(count).multiply(m).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String plain(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }
}
