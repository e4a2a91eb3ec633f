package dev.costbench.ui.inspector;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Tenancy;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.CrossFieldRules;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.model.spec.KindSpec;
import dev.costbench.model.spec.ValueType;
import dev.costbench.project.FargateSizes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every editable parameter of each block kind, in the order the inspector shows them. Fields that only
 * matter in one mode (e.g. the instance type of an ECS service on EC2) appear only in that mode.
 */
public final class BlockFields {
    private BlockFields() {}

    static final String GENERAL = "General", CAPACITY = "Capacity", USAGE = "Usage", PURCHASE = "Purchase", GRAVITON = "Graviton";

    public static List<BlockField<?>> of(Block block) {
        List<BlockField<?>> out = new ArrayList<>();
        FieldSpec name = common("name");
        out.add(new BlockField<Block>(name.json(), GENERAL, name.label(), name.help(), typeOf(name),
                Block::name, (b, v) -> b.withName(((String) v).strip()), null));
        switch (block) {
            case AutoScalingGroup a -> out.addAll(asg(a));
            case EcsService e -> out.addAll(ecs(e));
            case EksNodeGroup k -> out.addAll(eks(k));
            case LambdaFunction l -> out.addAll(lambda());
            case BatchQueue q -> out.addAll(batch(q));
            case LoadBalancer lb -> out.addAll(loadBalancer(lb));
            case AppRunnerService r -> out.addAll(appRunner());
            case EcrRepository e -> out.addAll(ecr());
            case Ec2Instances i -> out.addAll(instances());
            case NatGateway n -> out.add(BlockFields.<NatGateway>field(BlockKind.NAT_GATEWAY, "gateways", CAPACITY, g -> (long) g.gateways(),
                    (g, v) -> g.withGateways(i(v))));
            case Internet n -> { }
        }
        FieldSpec option = common("purchaseOption");
        out.add(new BlockField<Block>(option.json(), PURCHASE, option.label(), option.help(),
                purchaseOptions(), Block::purchaseOption, (b, v) -> b.withPurchaseOption((PurchaseOption) v), null));
        return out;
    }

    static FieldType.Choice purchaseOptions() {
        return new FieldType.Choice(purchaseOptionChoices(), o -> purchaseOptionLabel((PurchaseOption) o));
    }

    /** The options a block can be bought under, the scenario's default (null) first: the inspector's and the block menu's list. */
    public static List<PurchaseOption> purchaseOptionChoices() {
        List<PurchaseOption> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(PurchaseOption.ALL);
        return choices;
    }

    public static String purchaseOptionLabel(PurchaseOption option) { return option == null ? "Scenario default" : option.label(); }

    private static FieldSpec common(String json) {
        return BlockSpecs.COMMON.stream().filter(f -> f.json().equals(json)).findFirst().orElseThrow();
    }

    /** The editor a spec's field gets: its limits, labels and choices all come from the spec. */
    static FieldType typeOf(FieldSpec f) {
        return switch (f.type()) {
            case ValueType.Whole w -> new FieldType.WholeNumber(f);
            // a decimal without a default may be left empty (e.g. provisioned hours: a whole month)
            case ValueType.Decimal d -> new FieldType.Decimal(f, f.defaultValue() == null);
            case ValueType.Text t -> new FieldType.Text(t.required());
            // a Graviton twin may be left to the automatic choice; the block's own type may not
            case ValueType.InstanceType t -> new FieldType.InstanceTypeChoice(t.armOnly(), t.armOnly() ? FieldType.Blank.AUTOMATIC : null);
            case ValueType.Choice c -> throw new IllegalArgumentException(f.json() + " needs its model values: use choice()");
            case ValueType.Nested n -> throw new IllegalArgumentException(f.json() + " has no single editor");
        };
    }

    /** A choice of model values, each labelled as the spec labels its name in the file. */
    static <E> FieldType.Choice choice(FieldSpec f, E[] values, Function<E, String> fileName) {
        ValueType.Choice c = (ValueType.Choice) f.type();
        @SuppressWarnings("unchecked") Function<Object, String> label = o -> c.label(fileName.apply((E) o));
        return new FieldType.Choice(Arrays.asList(values), label);
    }

    private static int i(Object v) { return ((Long) v).intValue(); }

    private static <B extends Block> BlockField<B> field(BlockKind kind, String json, String cat,
                                                         Function<B, Object> get, BiFunction<B, Object, B> set) {
        FieldSpec f = BlockSpecs.of(kind).field(json);
        return new BlockField<>(json, cat, f.label(), f.help(), typeOf(f), get, set, null);
    }

    private static <B extends Block> BlockField<B> field(BlockKind kind, String json, String cat, Function<B, Object> get,
                                                         BiFunction<B, Object, B> set, BiFunction<B, Object, String> rule) {
        FieldSpec f = BlockSpecs.of(kind).field(json);
        return new BlockField<>(json, cat, f.label(), f.help(), typeOf(f), get, set, rule);
    }

    private static <B extends Block, E> BlockField<B> choiceField(BlockKind kind, String json, String cat, E[] values,
                                                                  Function<E, String> fileName, Function<B, Object> get,
                                                                  BiFunction<B, Object, B> set) {
        FieldSpec f = BlockSpecs.of(kind).field(json);
        return new BlockField<>(json, cat, f.label(), f.help(), choice(f, values, fileName), get, set, null);
    }

    /** The values of a choice field {@code block}'s other fields leave open (the spec's per-mode choices: no arm64 on EKS Fargate). */
    private static <E> List<E> allowed(Block block, String json, E[] values, Function<E, String> fileName) {
        KindSpec spec = BlockSpecs.of(block.kind());
        List<String> names = spec.field(json).allowedNames(FieldSpec.otherFields(spec, block));
        return Arrays.stream(values).filter(v -> names.contains(fileName.apply(v))).toList();
    }

    /** {@code b} with the default tenancy when its mode no longer allows its tenancy (a block turned to Fargate or Spot). */
    private static <B extends Block> B keepTenancy(B b, Function<B, Tenancy> tenancy, BiFunction<B, Tenancy, B> with) {
        return allowed(b, "tenancy", Tenancy.values(), Tenancy::fileName).contains(tenancy.apply(b)) ? b : with.apply(b, Tenancy.DEFAULT);
    }

    // ---- EC2 Auto Scaling group --------------------------------------------------------------------

    private static final BlockKind ASG = BlockKind.ASG, ECS = BlockKind.ECS_SERVICE, EKS = BlockKind.EKS_NODE_GROUP,
            LAMBDA = BlockKind.LAMBDA, BATCH = BlockKind.BATCH_QUEUE, LB = BlockKind.LOAD_BALANCER,
            APP_RUNNER = BlockKind.APP_RUNNER, ECR = BlockKind.ECR_REPOSITORY, EC2 = BlockKind.EC2_INSTANCES;

    private static List<BlockField<?>> asg(AutoScalingGroup current) {
        List<BlockField<?>> out = new ArrayList<>(List.of(
                BlockFields.<AutoScalingGroup>field(ASG, "instanceType", CAPACITY, AutoScalingGroup::instanceType, (a, v) -> a.withInstanceType((String) v)),
                BlockFields.<AutoScalingGroup>field(ASG, "min", CAPACITY, a -> (long) a.min(), (a, v) -> a.withCounts(i(v), a.desired(), a.max()),
                        (a, v) -> CrossFieldRules.groupSize((Long) v, a.desired(), a.max())),
                BlockFields.<AutoScalingGroup>field(ASG, "desired", CAPACITY, a -> (long) a.desired(), (a, v) -> a.withCounts(a.min(), i(v), a.max()),
                        (a, v) -> CrossFieldRules.groupSize(a.min(), (Long) v, a.max())),
                BlockFields.<AutoScalingGroup>field(ASG, "max", CAPACITY, a -> (long) a.max(), (a, v) -> a.withCounts(a.min(), a.desired(), i(v)),
                        (a, v) -> CrossFieldRules.groupSize(a.min(), a.desired(), (Long) v)),
                BlockFields.<AutoScalingGroup>field(ASG, "onDemandBase", PURCHASE,
                        a -> (long) a.onDemandBase(), (a, v) -> a.withMixedPolicy(i(v), a.onDemandPercentAboveBase())),
                BlockFields.<AutoScalingGroup>field(ASG, "onDemandPercentAboveBase", PURCHASE,
                        a -> (long) a.onDemandPercentAboveBase(), (a, v) -> a.withMixedPolicy(a.onDemandBase(), i(v))),
                BlockFields.<AutoScalingGroup>field(ASG, "ebsGbPerInstance", CAPACITY,
                        a -> (long) a.ebsGbPerInstance(), (a, v) -> a.withEbsGbPerInstance(i(v))),
                BlockFields.<AutoScalingGroup>field(ASG, "ebsIops", CAPACITY, a -> (long) a.ebs().iops(),
                        (a, v) -> a.withEbs(a.ebs().withIops(i(v)))),
                BlockFields.<AutoScalingGroup>field(ASG, "ebsThroughputMbps", CAPACITY, a -> (long) a.ebs().throughputMbps(),
                        (a, v) -> a.withEbs(a.ebs().withThroughputMbps(i(v)))),
                BlockFields.<AutoScalingGroup>field(ASG, "gravitonType", GRAVITON, AutoScalingGroup::gravitonType, (a, v) -> a.withGravitonType((String) v)),
                BlockFields.<AutoScalingGroup, Tenancy>choiceField(ASG, "tenancy", PURCHASE, Tenancy.values(), Tenancy::fileName,
                        AutoScalingGroup::tenancy, (a, v) -> a.withTenancy((Tenancy) v))));
        out.addAll(overrideFields(current));
        return out;
    }

    /**
     * The mixed-instances policy's instance types as a list editor, as the capacity providers are edited: each listed
     * type and its weight (emptying a type removes it), one more empty type to add one (the group's own type becomes
     * the first override when the first is added), and the On-Demand allocation once types are listed.
     */
    private static List<BlockField<?>> overrideFields(AutoScalingGroup current) {
        List<BlockField<?>> out = new ArrayList<>();
        FieldSpec list = BlockSpecs.of(ASG).field("overrides");
        FieldSpec type = BlockSpecs.ASG_OVERRIDE.get(0), weight = BlockSpecs.ASG_OVERRIDE.get(1);
        for (int n = 0; n < current.overrides().size(); n++) {
            int at = n;
            out.add(new BlockField<AutoScalingGroup>("overrides[" + n + "].instanceType", CAPACITY, "Instance type " + (n + 1),
                    type.help() + "; \"Remove this type\" takes it off", new FieldType.InstanceTypeChoice(false, FieldType.Blank.REMOVE),
                    a -> at < a.overrides().size() ? a.overrides().get(at).instanceType() : null,
                    (a, v) -> withOverride(a, at, v == null ? null : a.overrides().get(at).withInstanceType((String) v)), null));
            out.add(new BlockField<AutoScalingGroup>("overrides[" + n + "].weight", CAPACITY, "Weight " + (n + 1), weight.help(),
                    typeOf(weight), a -> at < a.overrides().size() ? (long) a.overrides().get(at).weight() : null,
                    (a, v) -> withOverride(a, at, a.overrides().get(at).withWeight(i(v))), null));
        }
        if (current.overrides().size() < BlockSpecs.MAX_ASG_OVERRIDES)
            // not optional: an empty box until a type is picked ("Automatic" is the Graviton twin's word, not an addition)
            out.add(new BlockField<AutoScalingGroup>("overrides.add", CAPACITY, "Add instance type", list.help(),
                    new FieldType.InstanceTypeChoice(false, null), a -> null, (a, v) -> {
                        if (v == null) return a;
                        List<dev.costbench.model.InstanceOverride> more = new ArrayList<>(a.launchedTypes());
                        more.add(dev.costbench.model.InstanceOverride.of((String) v));
                        return a.withOverrides(more);
                    }, null));
        if (current.hasOverrides())
            out.add(BlockFields.<AutoScalingGroup, AutoScalingGroup.OnDemandAllocation>choiceField(ASG, "onDemandAllocationStrategy", PURCHASE,
                    AutoScalingGroup.OnDemandAllocation.values(), AutoScalingGroup.OnDemandAllocation::fileName,
                    AutoScalingGroup::onDemandAllocation, (a, v) -> a.withOnDemandAllocation((AutoScalingGroup.OnDemandAllocation) v)));
        return out;
    }

    /** The overrides with entry {@code at} replaced, or removed when {@code v} is null. */
    private static AutoScalingGroup withOverride(AutoScalingGroup a, int at, dev.costbench.model.InstanceOverride v) {
        List<dev.costbench.model.InstanceOverride> list = new ArrayList<>(a.overrides());
        if (at >= list.size()) return a;
        if (v == null) list.remove(at);
        else list.set(at, v);
        return a.withOverrides(list);
    }

    // ---- ECS service -------------------------------------------------------------------------------

    private static EcsService ecs(EcsService e, EcsService.LaunchType launch, BigDecimal cpu, BigDecimal mem, String type, String graviton) {
        return new EcsService(e.id(), e.name(), e.x(), e.y(), e.purchaseOption(), launch, cpu, mem, e.tasks(), e.architecture(),
                e.capacityProviders(), type, graviton, e.loadProfile(), e.ephemeralStorageGb(), e.ebs(), e.extensions(), e.tenancy());
    }

    private static CapacityProviderShare share(EcsService e, String provider) {
        for (CapacityProviderShare s : e.capacityProviders()) if (s.provider().equals(provider)) return s;
        if (e.capacityProviders().isEmpty() && provider.equals(CapacityProviderShare.FARGATE)) return new CapacityProviderShare(provider, 0, 1);
        return new CapacityProviderShare(provider, 0, 0);
    }

    /** The strategy with one provider's base or weight changed; FARGATE stays first, unused providers are left out. */
    private static EcsService withShare(EcsService e, String provider, Integer base, Integer weight) {
        CapacityProviderShare f = share(e, CapacityProviderShare.FARGATE), s = share(e, CapacityProviderShare.FARGATE_SPOT);
        CapacityProviderShare changed = provider.equals(f.provider()) ? f : s;
        changed = new CapacityProviderShare(provider, base == null ? changed.base() : base, weight == null ? changed.weight() : weight);
        if (provider.equals(f.provider())) f = changed; else s = changed;
        List<CapacityProviderShare> list = new ArrayList<>();
        for (CapacityProviderShare c : List.of(f, s)) if (c.base() > 0 || c.weight() > 0) list.add(c);
        boolean allFargate = list.size() == 1 && list.get(0).provider().equals(CapacityProviderShare.FARGATE) && list.get(0).base() == 0;
        return e.withCapacityProviders(allFargate ? List.of() : list);
    }

    private static String weightsProblem(EcsService e, String provider, long weight) {
        String other = provider.equals(CapacityProviderShare.FARGATE) ? CapacityProviderShare.FARGATE_SPOT : CapacityProviderShare.FARGATE;
        return CrossFieldRules.providerWeights(List.of(weight, (long) share(e, other).weight()));
    }

    /** A provider's base or weight: the limits and help of a {@code capacityProviders} entry's field, named after the provider. */
    private static BlockField<EcsService> providerField(String provider, String part, String key, Function<EcsService, Object> get,
                                                        BiFunction<EcsService, Object, EcsService> set, BiFunction<EcsService, Object, String> rule) {
        FieldSpec f = BlockSpecs.CAPACITY_PROVIDER.stream().filter(p -> p.json().equals(part)).findFirst().orElseThrow();
        return new BlockField<>(key, PURCHASE, provider + " " + f.label(), f.help().replace("this provider", provider),
                typeOf(f), get, set, rule);
    }

    /** The Fargate pair rule as the file's reader states it, so the window and the file agree. */
    private static String fargateProblem(BigDecimal cpu, BigDecimal memory) {
        String problem = FargateSizes.problem(cpu, memory);
        return problem == null ? null : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    private static List<BlockField<?>> ecs(EcsService current) {
        List<BlockField<?>> out = new ArrayList<>();
        String fargate = CapacityProviderShare.FARGATE, spot = CapacityProviderShare.FARGATE_SPOT;
        out.add(BlockFields.<EcsService, EcsService.LaunchType>choiceField(ECS, "launchType", CAPACITY, EcsService.LaunchType.values(),
                EcsService.LaunchType::fileName, EcsService::launchType, (e, v) -> keepTenancy(ecs(e, (EcsService.LaunchType) v, e.cpu(), e.memoryGb(),
                        v == EcsService.LaunchType.EC2 && e.instanceType() == null ? "m5.large" : e.instanceType(), e.gravitonType()),
                        EcsService::tenancy, EcsService::withTenancy)));
        out.add(BlockFields.<EcsService>field(ECS, "tasks", CAPACITY, e -> (long) e.tasks(), (e, v) -> e.withTasks(i(v))));
        if (current.launchType() == EcsService.LaunchType.FARGATE) {
            FieldSpec cpu = BlockSpecs.of(ECS).field("cpu");
            out.add(new BlockField<EcsService>("cpu", CAPACITY, cpu.label(), cpu.help() + "; memory moves to the nearest size Fargate accepts",
                    new FieldType.Choice(FargateSizes.CPUS, o -> ((BigDecimal) o).stripTrailingZeros().toPlainString() + " vCPU"),
                    e -> FargateSizes.CPUS.stream().filter(c -> e.cpu() != null && c.compareTo(e.cpu()) == 0).findFirst().orElse(e.cpu()),
                    (e, v) -> ecs(e, e.launchType(), (BigDecimal) v, FargateSizes.nearestMemory((BigDecimal) v, e.memoryGb()), e.instanceType(), e.gravitonType()),
                    null));
            out.add(BlockFields.<EcsService>field(ECS, "memoryGb", CAPACITY,
                    EcsService::memoryGb, (e, v) -> ecs(e, e.launchType(), e.cpu(), (BigDecimal) v, e.instanceType(), e.gravitonType()),
                    (e, v) -> fargateProblem(e.cpu(), (BigDecimal) v)));
            out.add(BlockFields.<EcsService, Architecture>choiceField(ECS, "architecture", CAPACITY, Architecture.values(), Architecture::awsName,
                    EcsService::architecture, (e, v) -> e.withArchitecture((Architecture) v)));
            out.add(BlockFields.<EcsService>field(ECS, "ephemeralStorageGb", CAPACITY, e -> (long) e.ephemeralStorageGb(),
                    (e, v) -> e.withEphemeralStorageGb(i(v))));
            out.add(providerField(fargate, "base", "fargateBase",
                    e -> (long) share(e, fargate).base(), (e, v) -> withShare(e, fargate, i(v), null), null));
            out.add(providerField(fargate, "weight", "fargateWeight", e -> (long) share(e, fargate).weight(),
                    (e, v) -> withShare(e, fargate, null, i(v)), (e, v) -> weightsProblem(e, fargate, (Long) v)));
            out.add(providerField(spot, "base", "fargateSpotBase",
                    e -> (long) share(e, spot).base(), (e, v) -> withShare(e, spot, i(v), null), null));
            out.add(providerField(spot, "weight", "fargateSpotWeight", e -> (long) share(e, spot).weight(),
                    (e, v) -> withShare(e, spot, null, i(v)), (e, v) -> weightsProblem(e, spot, (Long) v)));
        } else {
            out.add(BlockFields.<EcsService>field(ECS, "cpu", CAPACITY,
                    EcsService::cpu, (e, v) -> ecs(e, e.launchType(), (BigDecimal) v, e.memoryGb(), e.instanceType(), e.gravitonType())));
            out.add(BlockFields.<EcsService>field(ECS, "memoryGb", CAPACITY,
                    EcsService::memoryGb, (e, v) -> ecs(e, e.launchType(), e.cpu(), (BigDecimal) v, e.instanceType(), e.gravitonType())));
            out.add(BlockFields.<EcsService>field(ECS, "instanceType", CAPACITY, EcsService::instanceType,
                    (e, v) -> ecs(e, e.launchType(), e.cpu(), e.memoryGb(), (String) v, e.gravitonType())));
            out.add(BlockFields.<EcsService>field(ECS, "ebsGbPerInstance", CAPACITY, e -> (long) e.ebs().gb(),
                    (e, v) -> e.withEbs(e.ebs().withGb(i(v)))));
            out.add(BlockFields.<EcsService>field(ECS, "ebsIops", CAPACITY, e -> (long) e.ebs().iops(),
                    (e, v) -> e.withEbs(e.ebs().withIops(i(v)))));
            out.add(BlockFields.<EcsService>field(ECS, "ebsThroughputMbps", CAPACITY, e -> (long) e.ebs().throughputMbps(),
                    (e, v) -> e.withEbs(e.ebs().withThroughputMbps(i(v)))));
            out.add(BlockFields.<EcsService>field(ECS, "gravitonType", GRAVITON, EcsService::gravitonType,
                    (e, v) -> ecs(e, e.launchType(), e.cpu(), e.memoryGb(), e.instanceType(), (String) v)));
            out.add(BlockFields.<EcsService, Tenancy>choiceField(ECS, "tenancy", PURCHASE, Tenancy.values(), Tenancy::fileName,
                    EcsService::tenancy, (e, v) -> e.withTenancy((Tenancy) v)));
        }
        return out;
    }

    // ---- EKS node group / Fargate profile ----------------------------------------------------------

    private static EksNodeGroup eks(EksNodeGroup k, String cluster, EksNodeGroup.Mode mode, String type, BigDecimal podCpu,
                                    BigDecimal podMem, Architecture arch, String graviton) {
        return new EksNodeGroup(k.id(), k.name(), k.x(), k.y(), k.purchaseOption(), cluster, mode, type, k.desired(), k.capacityType(),
                k.pods(), podCpu, podMem, arch, k.clusterSupport(), graviton, k.loadProfile(), k.ephemeralStorageGb(), k.ebs(), k.extensions(), k.tenancy());
    }

    /** A group turned into a Fargate profile keeps only an architecture the spec allows there (x86_64). */
    private static EksNodeGroup x86Only(EksNodeGroup k) {
        return allowed(k, "architecture", Architecture.values(), Architecture::awsName).contains(k.architecture()) ? k
                : eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), Architecture.X86_64, k.gravitonType());
    }

    /** A Fargate pod or job must fit some Fargate size, as the file's reader also requires. */
    private static String noFargateSize(boolean fargate, BigDecimal cpu, BigDecimal memory, boolean eksPod) {
        String problem = fargate ? FargateSizes.noneHolds(cpu, memory, eksPod) : null;
        return problem == null ? null : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    private static List<BlockField<?>> eks(EksNodeGroup current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<EksNodeGroup>field(EKS, "cluster", GENERAL, EksNodeGroup::cluster,
                (k, v) -> eks(k, ((String) v).strip(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType())));
        out.add(BlockFields.<EksNodeGroup, EksNodeGroup.ClusterSupport>choiceField(EKS, "clusterSupport", GENERAL, EksNodeGroup.ClusterSupport.values(),
                EksNodeGroup.ClusterSupport::fileName, EksNodeGroup::clusterSupport, (k, v) -> k.withClusterSupport((EksNodeGroup.ClusterSupport) v)));
        out.add(BlockFields.<EksNodeGroup, EksNodeGroup.Mode>choiceField(EKS, "mode", CAPACITY, EksNodeGroup.Mode.values(), EksNodeGroup.Mode::fileName,
                EksNodeGroup::mode, (k, v) -> v == EksNodeGroup.Mode.FARGATE
                        ? keepTenancy(x86Only(k.withFargatePods(Math.max(k.pods(), 1), k.podCpu() == null ? new BigDecimal("0.5") : k.podCpu(),
                        k.podMemoryGb() == null ? BigDecimal.ONE : k.podMemoryGb())), EksNodeGroup::tenancy, EksNodeGroup::withTenancy)
                        : eks(k, k.cluster(), EksNodeGroup.Mode.MANAGED, k.instanceType() == null ? "m5.large" : k.instanceType(),
                        k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType())));
        if (current.mode() == EksNodeGroup.Mode.MANAGED) {
            out.add(BlockFields.<EksNodeGroup>field(EKS, "instanceType", CAPACITY, EksNodeGroup::instanceType,
                    (k, v) -> eks(k, k.cluster(), k.mode(), (String) v, k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType())));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "desired", CAPACITY, k -> (long) k.desired(), (k, v) -> k.withDesired(i(v))));
            out.add(BlockFields.<EksNodeGroup, EksNodeGroup.CapacityType>choiceField(EKS, "capacityType", PURCHASE, EksNodeGroup.CapacityType.values(),
                    EksNodeGroup.CapacityType::fileName, EksNodeGroup::capacityType,
                    (k, v) -> keepTenancy(k.withCapacityType((EksNodeGroup.CapacityType) v), EksNodeGroup::tenancy, EksNodeGroup::withTenancy)));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "pods", CAPACITY, k -> (long) k.pods(), (k, v) -> k.withPods(i(v))));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "ebsGbPerInstance", CAPACITY, k -> (long) k.ebs().gb(),
                    (k, v) -> k.withEbs(k.ebs().withGb(i(v)))));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "ebsIops", CAPACITY, k -> (long) k.ebs().iops(),
                    (k, v) -> k.withEbs(k.ebs().withIops(i(v)))));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "ebsThroughputMbps", CAPACITY, k -> (long) k.ebs().throughputMbps(),
                    (k, v) -> k.withEbs(k.ebs().withThroughputMbps(i(v)))));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "gravitonType", GRAVITON, EksNodeGroup::gravitonType,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), k.architecture(), (String) v)));
            out.add(BlockFields.<EksNodeGroup, Tenancy>choiceField(EKS, "tenancy", PURCHASE, allowed(current, "tenancy", Tenancy.values(),
                            Tenancy::fileName).toArray(Tenancy[]::new), Tenancy::fileName,
                    EksNodeGroup::tenancy, (k, v) -> k.withTenancy((Tenancy) v)));
        } else {
            out.add(BlockFields.<EksNodeGroup>field(EKS, "pods", CAPACITY, k -> (long) k.pods(), (k, v) -> k.withPods(i(v))));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "podCpu", CAPACITY, EksNodeGroup::podCpu,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), (BigDecimal) v, k.podMemoryGb(), k.architecture(), k.gravitonType()),
                    (k, v) -> noFargateSize(true, (BigDecimal) v, k.podMemoryGb(), true)));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "podMemoryGb", CAPACITY, EksNodeGroup::podMemoryGb,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), (BigDecimal) v, k.architecture(), k.gravitonType()),
                    (k, v) -> noFargateSize(true, k.podCpu(), (BigDecimal) v, true)));
            out.add(BlockFields.<EksNodeGroup>field(EKS, "ephemeralStorageGb", CAPACITY, k -> (long) k.ephemeralStorageGb(),
                    (k, v) -> k.withEphemeralStorageGb(i(v))));
            out.add(BlockFields.<EksNodeGroup, Architecture>choiceField(EKS, "architecture", CAPACITY, allowed(current,
                            "architecture", Architecture.values(), Architecture::awsName).toArray(Architecture[]::new), Architecture::awsName,
                    EksNodeGroup::architecture,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), (Architecture) v, k.gravitonType())));
        }
        return out;
    }

    // ---- Lambda ------------------------------------------------------------------------------------

    private static LambdaFunction lambda(LambdaFunction l, int memory, BigDecimal duration) {
        return new LambdaFunction(l.id(), l.name(), l.x(), l.y(), l.purchaseOption(), memory, l.architecture(), l.requestsPerMonth(),
                duration, l.ephemeralStorageMb(), l.provisionedConcurrency(), l.provisionedHoursPerMonth(), l.loadProfile(), l.extensions());
    }

    private static List<BlockField<?>> lambda() {
        return List.of(
                BlockFields.<LambdaFunction>field(LAMBDA, "memoryMb", CAPACITY, l -> (long) l.memoryMb(), (l, v) -> lambda(l, i(v), l.avgDurationMs())),
                BlockFields.<LambdaFunction, Architecture>choiceField(LAMBDA, "architecture", CAPACITY, Architecture.values(), Architecture::awsName,
                        LambdaFunction::architecture, (l, v) -> l.withArchitecture((Architecture) v)),
                BlockFields.<LambdaFunction>field(LAMBDA, "requestsPerMonth", USAGE, l -> l.requestsPerMonth(), (l, v) -> l.withRequestsPerMonth((Long) v)),
                BlockFields.<LambdaFunction>field(LAMBDA, "avgDurationMs", USAGE, LambdaFunction::avgDurationMs, (l, v) -> lambda(l, l.memoryMb(), (BigDecimal) v)),
                BlockFields.<LambdaFunction>field(LAMBDA, "ephemeralStorageMb", CAPACITY, l -> (long) l.ephemeralStorageMb(), (l, v) -> l.withEphemeralStorageMb(i(v))),
                BlockFields.<LambdaFunction>field(LAMBDA, "provisionedConcurrency", CAPACITY, l -> (long) l.provisionedConcurrency(),
                        (l, v) -> l.withProvisioned(i(v), l.provisionedHoursPerMonth())),
                BlockFields.<LambdaFunction>field(LAMBDA, "provisionedHoursPerMonth", CAPACITY, LambdaFunction::provisionedHoursPerMonth,
                        (l, v) -> l.withProvisioned(l.provisionedConcurrency(), (BigDecimal) v)));
    }

    // ---- Batch -------------------------------------------------------------------------------------

    private static BatchQueue batch(BatchQueue q, BatchQueue.Compute compute, String type, BigDecimal vcpu, BigDecimal mem,
                                    BigDecimal minutes, Architecture arch, String graviton) {
        return new BatchQueue(q.id(), q.name(), q.x(), q.y(), q.purchaseOption(), compute, type, q.jobsPerMonth(), vcpu, mem, minutes,
                arch, graviton, q.loadProfile(), q.ephemeralStorageGb(), q.ebs(), q.extensions(), q.tenancy());
    }

    private static List<BlockField<?>> batch(BatchQueue current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<BatchQueue, BatchQueue.Compute>choiceField(BATCH, "compute", CAPACITY, BatchQueue.Compute.values(), BatchQueue.Compute::fileName,
                BatchQueue::compute, (q, v) -> keepTenancy(q.withCompute((BatchQueue.Compute) v), BatchQueue::tenancy, BatchQueue::withTenancy)));
        out.add(BlockFields.<BatchQueue>field(BATCH, "jobsPerMonth", USAGE, BatchQueue::jobsPerMonth, (q, v) -> q.withJobsPerMonth((Long) v)));
        out.add(BlockFields.<BatchQueue>field(BATCH, "vcpuPerJob", CAPACITY, BatchQueue::vcpuPerJob,
                (q, v) -> batch(q, q.compute(), q.instanceType(), (BigDecimal) v, q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), q.gravitonType()),
                (q, v) -> noFargateSize(q.compute().isFargate(), (BigDecimal) v, q.memoryGbPerJob(), false)));
        out.add(BlockFields.<BatchQueue>field(BATCH, "memoryGbPerJob", CAPACITY, BatchQueue::memoryGbPerJob,
                (q, v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), (BigDecimal) v, q.avgJobMinutes(), q.architecture(), q.gravitonType()),
                (q, v) -> noFargateSize(q.compute().isFargate(), q.vcpuPerJob(), (BigDecimal) v, false)));
        out.add(BlockFields.<BatchQueue>field(BATCH, "avgJobMinutes", USAGE, BatchQueue::avgJobMinutes,
                (q, v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), (BigDecimal) v, q.architecture(), q.gravitonType())));
        if (current.compute().isFargate()) {
            out.add(BlockFields.<BatchQueue, Architecture>choiceField(BATCH, "architecture", CAPACITY, Architecture.values(), Architecture::awsName,
                    BatchQueue::architecture, (q, v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), (Architecture) v, q.gravitonType())));
            out.add(BlockFields.<BatchQueue>field(BATCH, "ephemeralStorageGb", CAPACITY, q -> (long) q.ephemeralStorageGb(),
                    (q, v) -> q.withEphemeralStorageGb(i(v))));
        } else {
            out.add(BlockFields.<BatchQueue>field(BATCH, "instanceType", CAPACITY, BatchQueue::instanceType,
                    (q, v) -> batch(q, q.compute(), (String) v, q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), q.gravitonType())));
            out.add(BlockFields.<BatchQueue>field(BATCH, "ebsGbPerInstance", CAPACITY, q -> (long) q.ebs().gb(),
                    (q, v) -> q.withEbs(q.ebs().withGb(i(v)))));
            out.add(BlockFields.<BatchQueue>field(BATCH, "ebsIops", CAPACITY, q -> (long) q.ebs().iops(),
                    (q, v) -> q.withEbs(q.ebs().withIops(i(v)))));
            out.add(BlockFields.<BatchQueue>field(BATCH, "ebsThroughputMbps", CAPACITY, q -> (long) q.ebs().throughputMbps(),
                    (q, v) -> q.withEbs(q.ebs().withThroughputMbps(i(v)))));
            out.add(BlockFields.<BatchQueue>field(BATCH, "gravitonType", GRAVITON, BatchQueue::gravitonType,
                    (q, v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), (String) v)));
            out.add(BlockFields.<BatchQueue, Tenancy>choiceField(BATCH, "tenancy", PURCHASE, allowed(current, "tenancy", Tenancy.values(),
                            Tenancy::fileName).toArray(Tenancy[]::new), Tenancy::fileName,
                    BatchQueue::tenancy, (q, v) -> q.withTenancy((Tenancy) v)));
        }
        return out;
    }

    // ---- Load balancer -----------------------------------------------------------------------------

    private static LoadBalancer lb(LoadBalancer b, BigDecimal newConn, BigDecimal active, BigDecimal gb, BigDecimal rules) {
        return new LoadBalancer(b.id(), b.name(), b.x(), b.y(), b.purchaseOption(), b.type(), newConn, active, gb, rules, b.protocol(),
                b.extensions());
    }

    private static List<BlockField<?>> loadBalancer(LoadBalancer current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<LoadBalancer, LoadBalancer.Type>choiceField(LB, "type", CAPACITY, LoadBalancer.Type.values(), LoadBalancer.Type::fileName,
                LoadBalancer::type, (b, v) -> b.withType((LoadBalancer.Type) v)));
        if (current.type() == LoadBalancer.Type.NLB)
            out.add(BlockFields.<LoadBalancer, LoadBalancer.Protocol>choiceField(LB, "protocol", CAPACITY, LoadBalancer.Protocol.values(),
                    LoadBalancer.Protocol::fileName, LoadBalancer::protocol, (b, v) -> b.withProtocol((LoadBalancer.Protocol) v)));
        out.add(BlockFields.<LoadBalancer>field(LB, "newConnectionsPerSec", USAGE, LoadBalancer::newConnectionsPerSec,
                (b, v) -> lb(b, (BigDecimal) v, b.activeConnectionsPerMin(), b.processedGbPerHour(), b.ruleEvaluationsPerSec())));
        out.add(BlockFields.<LoadBalancer>field(LB, "activeConnectionsPerMin", USAGE, LoadBalancer::activeConnectionsPerMin,
                (b, v) -> lb(b, b.newConnectionsPerSec(), (BigDecimal) v, b.processedGbPerHour(), b.ruleEvaluationsPerSec())));
        out.add(BlockFields.<LoadBalancer>field(LB, "processedGbPerHour", USAGE, LoadBalancer::processedGbPerHour,
                (b, v) -> lb(b, b.newConnectionsPerSec(), b.activeConnectionsPerMin(), (BigDecimal) v, b.ruleEvaluationsPerSec())));
        if (current.type() == LoadBalancer.Type.ALB)
            out.add(BlockFields.<LoadBalancer>field(LB, "ruleEvaluationsPerSec", USAGE, LoadBalancer::ruleEvaluationsPerSec,
                    (b, v) -> lb(b, b.newConnectionsPerSec(), b.activeConnectionsPerMin(), b.processedGbPerHour(), (BigDecimal) v)));
        return out;
    }

    private static List<BlockField<?>> appRunner() {
        return List.of(
                BlockFields.<AppRunnerService, AppRunnerService.Size>choiceField(APP_RUNNER, "size", CAPACITY, AppRunnerService.Size.values(),
                        AppRunnerService.Size::fileName, AppRunnerService::size, (r, v) -> r.withSize((AppRunnerService.Size) v)),
                BlockFields.<AppRunnerService>field(APP_RUNNER, "minInstances", CAPACITY, r -> (long) r.minInstances(),
                        (r, v) -> r.withInstances(i(v), r.maxInstances()),
                        (r, v) -> CrossFieldRules.appRunnerSize((Long) v, r.maxInstances(), r.activeInstances())),
                BlockFields.<AppRunnerService>field(APP_RUNNER, "maxInstances", CAPACITY, r -> (long) r.maxInstances(),
                        (r, v) -> r.withInstances(r.minInstances(), i(v)),
                        (r, v) -> CrossFieldRules.appRunnerSize(r.minInstances(), (Long) v, r.activeInstances())),
                BlockFields.<AppRunnerService>field(APP_RUNNER, "activeInstances", USAGE, AppRunnerService::activeInstances,
                        (r, v) -> r.withActive((BigDecimal) v, r.activePercent()),
                        (r, v) -> CrossFieldRules.appRunnerSize(r.minInstances(), r.maxInstances(), (BigDecimal) v)),
                BlockFields.<AppRunnerService>field(APP_RUNNER, "activePercent", USAGE, r -> (long) r.activePercent(),
                        (r, v) -> r.withActive(r.activeInstances(), i(v))),
                BlockFields.<AppRunnerService, AppRunnerService.Deployments>choiceField(APP_RUNNER, "deployments", PURCHASE,
                        AppRunnerService.Deployments.values(), AppRunnerService.Deployments::fileName, AppRunnerService::deployments,
                        (r, v) -> r.withDeployments((AppRunnerService.Deployments) v)));
    }

    private static List<BlockField<?>> ecr() {
        return List.of(
                BlockFields.<EcrRepository>field(ECR, "storedGb", CAPACITY, EcrRepository::storedGb, (e, v) -> e.withStoredGb((BigDecimal) v)),
                BlockFields.<EcrRepository>field(ECR, "internetGbPerMonth", USAGE, EcrRepository::internetGbPerMonth,
                        (e, v) -> e.withTransfer((BigDecimal) v, e.crossRegionGbPerMonth())),
                BlockFields.<EcrRepository>field(ECR, "crossRegionGbPerMonth", USAGE, EcrRepository::crossRegionGbPerMonth,
                        (e, v) -> e.withTransfer(e.internetGbPerMonth(), (BigDecimal) v)));
    }

    private static List<BlockField<?>> instances() {
        return List.of(
                BlockFields.<Ec2Instances>field(EC2, "instanceType", CAPACITY, Ec2Instances::instanceType, (i, v) -> i.withInstanceType((String) v)),
                BlockFields.<Ec2Instances>field(EC2, "count", CAPACITY, i -> (long) i.count(), (i, v) -> i.withCount(i(v))),
                BlockFields.<Ec2Instances>field(EC2, "ebsGbPerInstance", CAPACITY, i -> (long) i.ebsGbPerInstance(),
                        (i, v) -> i.withEbsGbPerInstance(i(v))),
                BlockFields.<Ec2Instances>field(EC2, "ebsIops", CAPACITY, i -> (long) i.ebs().iops(),
                        (i, v) -> i.withEbs(i.ebs().withIops(i(v)))),
                BlockFields.<Ec2Instances>field(EC2, "ebsThroughputMbps", CAPACITY, i -> (long) i.ebs().throughputMbps(),
                        (i, v) -> i.withEbs(i.ebs().withThroughputMbps(i(v)))),
                BlockFields.<Ec2Instances>field(EC2, "gravitonType", GRAVITON, Ec2Instances::gravitonType, (i, v) -> i.withGravitonType((String) v)),
                BlockFields.<Ec2Instances, Tenancy>choiceField(EC2, "tenancy", PURCHASE, Tenancy.values(), Tenancy::fileName,
                        Ec2Instances::tenancy, (i, v) -> i.withTenancy((Tenancy) v)));
    }
}
