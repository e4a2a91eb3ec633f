package dev.costbench.ui.inspector;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.purchase.PurchaseOption;

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
    private static final long MANY = 1_000_000;
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    public static List<BlockField<?>> of(Block block) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(new BlockField<Block>("name", GENERAL, "Name", "What the architects call this block", new FieldType.Text(true),
                Block::name, (b, v) -> b.withName(((String) v).strip()), null));
        switch (block) {
            case AutoScalingGroup a -> out.addAll(asg());
            case EcsService e -> out.addAll(ecs(e));
            case EksNodeGroup k -> out.addAll(eks(k));
            case LambdaFunction l -> out.addAll(lambda());
            case BatchQueue q -> out.addAll(batch(q));
            case LoadBalancer lb -> out.addAll(loadBalancer(lb));
        }
        out.add(new BlockField<Block>("purchaseOption", PURCHASE, "Purchase option",
                "How this block's capacity is bought; the scenario's default when not set. An option that does not apply "
                        + "to the block (e.g. Reserved on Lambda) is priced On-Demand.",
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

    static <E extends Enum<E>> FieldType.Choice choice(E[] values, Function<E, String> label) {
        @SuppressWarnings("unchecked") Function<Object, String> l = o -> label.apply((E) o);
        return new FieldType.Choice(Arrays.asList(values), l);
    }

    private static FieldType.WholeNumber whole(long min, long max) { return new FieldType.WholeNumber(min, max); }

    private static FieldType.Decimal positive(String max) { return new FieldType.Decimal(ZERO, true, new BigDecimal(max), false); }

    private static FieldType.Decimal atLeastZero(String max) { return new FieldType.Decimal(ZERO, false, new BigDecimal(max), false); }

    private static int i(Object v) { return ((Long) v).intValue(); }

    private static <B extends Block> BlockField<B> field(String key, String cat, String name, String desc, FieldType t,
                                                         Function<B, Object> get, BiFunction<B, Object, B> set) {
        return new BlockField<>(key, cat, name, desc, t, get, set, null);
    }

    // ---- EC2 Auto Scaling group --------------------------------------------------------------------

    private static List<BlockField<?>> asg() {
        return List.of(
                BlockFields.<AutoScalingGroup>field("instanceType", CAPACITY, "Instance type", "EC2 instance type of every instance in the group",
                        new FieldType.InstanceTypeChoice(false, false), AutoScalingGroup::instanceType, (a, v) -> a.withInstanceType((String) v)),
                new BlockField<AutoScalingGroup>("min", CAPACITY, "Min", "Smallest group size (low end of the cost range)", whole(0, MANY),
                        a -> (long) a.min(), (a, v) -> a.withCounts(i(v), a.desired(), a.max()),
                        (a, v) -> (Long) v > a.desired() ? "Min must not be above desired (" + a.desired() + ")" : null),
                new BlockField<AutoScalingGroup>("desired", CAPACITY, "Desired", "Instances normally running: the expected cost", whole(0, MANY),
                        a -> (long) a.desired(), (a, v) -> a.withCounts(a.min(), i(v), a.max()),
                        (a, v) -> (Long) v < a.min() || (Long) v > a.max()
                                ? "Desired must be between min (" + a.min() + ") and max (" + a.max() + ")" : null),
                new BlockField<AutoScalingGroup>("max", CAPACITY, "Max", "Largest group size (high end of the cost range)", whole(0, MANY),
                        a -> (long) a.max(), (a, v) -> a.withCounts(a.min(), a.desired(), i(v)),
                        (a, v) -> (Long) v < a.desired() ? "Max must not be below desired (" + a.desired() + ")" : null),
                BlockFields.<AutoScalingGroup>field("onDemandBase", PURCHASE, "On-Demand base", "Mixed instances policy: instances always On-Demand",
                        whole(0, MANY), a -> (long) a.onDemandBase(), (a, v) -> a.withMixedPolicy(i(v), a.onDemandPercentAboveBase())),
                BlockFields.<AutoScalingGroup>field("onDemandPercentAboveBase", PURCHASE, "OD % above base",
                        "Mixed instances policy: share of the instances above the base that are On-Demand; the rest run on Spot",
                        whole(0, 100), a -> (long) a.onDemandPercentAboveBase(), (a, v) -> a.withMixedPolicy(a.onDemandBase(), i(v))),
                BlockFields.<AutoScalingGroup>field("ebsGbPerInstance", CAPACITY, "EBS gp3 GB each", "gp3 volume size per instance (not discountable)",
                        whole(0, 65_536), a -> (long) a.ebsGbPerInstance(), (a, v) -> a.withEbsGbPerInstance(i(v))),
                BlockFields.<AutoScalingGroup>field("gravitonType", GRAVITON, "Graviton twin", "arm64 type to compare with; automatic picks the newest Graviton not dearer On-Demand",
                        new FieldType.InstanceTypeChoice(true, true), AutoScalingGroup::gravitonType, (a, v) -> a.withGravitonType((String) v)));
    }

    // ---- ECS service -------------------------------------------------------------------------------

    private static EcsService ecs(EcsService e, EcsService.LaunchType launch, BigDecimal cpu, BigDecimal mem, String type, String graviton) {
        return new EcsService(e.id(), e.name(), e.x(), e.y(), e.purchaseOption(), launch, cpu, mem, e.tasks(), e.architecture(),
                e.capacityProviders(), type, graviton, e.loadProfile(), e.extensions());
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
        return weight == 0 && share(e, other).weight() == 0 ? "At least one capacity provider needs a weight above 0" : null;
    }

    private static List<BlockField<?>> ecs(EcsService current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<EcsService>field("launchType", CAPACITY, "Launch type", "Fargate tasks, or tasks packed onto EC2 instances",
                choice(EcsService.LaunchType.values(), t -> t == EcsService.LaunchType.FARGATE ? "Fargate" : "EC2"),
                EcsService::launchType, (e, v) -> ecs(e, (EcsService.LaunchType) v, e.cpu(), e.memoryGb(),
                        v == EcsService.LaunchType.EC2 && e.instanceType() == null ? "m5.large" : e.instanceType(), e.gravitonType())));
        out.add(BlockFields.<EcsService>field("tasks", CAPACITY, "Tasks", "Tasks normally running", whole(0, MANY), e -> (long) e.tasks(), (e, v) -> e.withTasks(i(v))));
        if (current.launchType() == EcsService.LaunchType.FARGATE) {
            out.add(BlockFields.<EcsService>field("cpu", CAPACITY, "Task CPU (vCPU)", "vCPU per task; memory moves to the nearest size Fargate accepts",
                    new FieldType.Choice(FargateSizes.CPUS, o -> ((BigDecimal) o).stripTrailingZeros().toPlainString() + " vCPU"),
                    e -> FargateSizes.CPUS.stream().filter(c -> e.cpu() != null && c.compareTo(e.cpu()) == 0).findFirst().orElse(e.cpu()),
                    (e, v) -> ecs(e, e.launchType(), (BigDecimal) v, FargateSizes.nearestMemory((BigDecimal) v, e.memoryGb()), e.instanceType(), e.gravitonType())));
            out.add(new BlockField<EcsService>("memoryGb", CAPACITY, "Task memory (GB)", "Memory per task", positive("120"),
                    EcsService::memoryGb, (e, v) -> ecs(e, e.launchType(), e.cpu(), (BigDecimal) v, e.instanceType(), e.gravitonType()),
                    (e, v) -> FargateSizes.problem(e.cpu(), (BigDecimal) v)));
            out.add(BlockFields.<EcsService>field("architecture", CAPACITY, "Architecture", "x86_64, or arm64 (Graviton) tasks",
                    choice(Architecture.values(), Architecture::awsName), EcsService::architecture, (e, v) -> e.withArchitecture((Architecture) v)));
            out.add(BlockFields.<EcsService>field("fargateBase", PURCHASE, "FARGATE base", "Tasks placed on FARGATE before weights apply", whole(0, MANY),
                    e -> (long) share(e, CapacityProviderShare.FARGATE).base(), (e, v) -> withShare(e, CapacityProviderShare.FARGATE, i(v), null)));
            out.add(new BlockField<EcsService>("fargateWeight", PURCHASE, "FARGATE weight", "Relative share of the remaining tasks on FARGATE",
                    whole(0, 1000), e -> (long) share(e, CapacityProviderShare.FARGATE).weight(),
                    (e, v) -> withShare(e, CapacityProviderShare.FARGATE, null, i(v)),
                    (e, v) -> weightsProblem(e, CapacityProviderShare.FARGATE, (Long) v)));
            out.add(BlockFields.<EcsService>field("fargateSpotBase", PURCHASE, "FARGATE_SPOT base", "Tasks placed on Fargate Spot before weights apply", whole(0, MANY),
                    e -> (long) share(e, CapacityProviderShare.FARGATE_SPOT).base(), (e, v) -> withShare(e, CapacityProviderShare.FARGATE_SPOT, i(v), null)));
            out.add(new BlockField<EcsService>("fargateSpotWeight", PURCHASE, "FARGATE_SPOT weight", "Relative share of the remaining tasks on Fargate Spot",
                    whole(0, 1000), e -> (long) share(e, CapacityProviderShare.FARGATE_SPOT).weight(),
                    (e, v) -> withShare(e, CapacityProviderShare.FARGATE_SPOT, null, i(v)),
                    (e, v) -> weightsProblem(e, CapacityProviderShare.FARGATE_SPOT, (Long) v)));
        } else {
            out.add(BlockFields.<EcsService>field("cpu", CAPACITY, "Task CPU (vCPU)", "vCPU per task, for packing onto instances", positive("192"),
                    EcsService::cpu, (e, v) -> ecs(e, e.launchType(), (BigDecimal) v, e.memoryGb(), e.instanceType(), e.gravitonType())));
            out.add(BlockFields.<EcsService>field("memoryGb", CAPACITY, "Task memory (GB)", "Memory per task, for packing onto instances", positive("24576"),
                    EcsService::memoryGb, (e, v) -> ecs(e, e.launchType(), e.cpu(), (BigDecimal) v, e.instanceType(), e.gravitonType())));
            out.add(BlockFields.<EcsService>field("instanceType", CAPACITY, "Instance type", "EC2 instance type the tasks are packed onto",
                    new FieldType.InstanceTypeChoice(false, false), EcsService::instanceType,
                    (e, v) -> ecs(e, e.launchType(), e.cpu(), e.memoryGb(), (String) v, e.gravitonType())));
            out.add(BlockFields.<EcsService>field("gravitonType", GRAVITON, "Graviton twin", "arm64 type to compare with; automatic when empty",
                    new FieldType.InstanceTypeChoice(true, true), EcsService::gravitonType,
                    (e, v) -> ecs(e, e.launchType(), e.cpu(), e.memoryGb(), e.instanceType(), (String) v)));
        }
        return out;
    }

    // ---- EKS node group / Fargate profile ----------------------------------------------------------

    private static EksNodeGroup eks(EksNodeGroup k, String cluster, EksNodeGroup.Mode mode, String type, BigDecimal podCpu,
                                    BigDecimal podMem, Architecture arch, String graviton) {
        return new EksNodeGroup(k.id(), k.name(), k.x(), k.y(), k.purchaseOption(), cluster, mode, type, k.desired(), k.capacityType(),
                k.pods(), podCpu, podMem, arch, k.clusterSupport(), graviton, k.loadProfile(), k.extensions());
    }

    private static List<BlockField<?>> eks(EksNodeGroup current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(new BlockField<EksNodeGroup>("cluster", GENERAL, "Cluster", "Node groups of one cluster share one cluster fee",
                new FieldType.Text(true), EksNodeGroup::cluster,
                (k, v) -> eks(k, ((String) v).strip(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType()), null));
        out.add(BlockFields.<EksNodeGroup>field("clusterSupport", GENERAL, "Kubernetes support", "Standard or extended support sets the hourly cluster fee",
                choice(EksNodeGroup.ClusterSupport.values(), s -> s.name().charAt(0) + s.name().substring(1).toLowerCase()),
                EksNodeGroup::clusterSupport, (k, v) -> k.withClusterSupport((EksNodeGroup.ClusterSupport) v)));
        out.add(BlockFields.<EksNodeGroup>field("mode", CAPACITY, "Mode", "Managed EC2 nodes, or a Fargate profile",
                choice(EksNodeGroup.Mode.values(), m -> m == EksNodeGroup.Mode.MANAGED ? "Managed nodes" : "Fargate profile"),
                EksNodeGroup::mode, (k, v) -> v == EksNodeGroup.Mode.FARGATE
                        ? k.withFargatePods(Math.max(k.pods(), 1), k.podCpu() == null ? new BigDecimal("0.5") : k.podCpu(),
                        k.podMemoryGb() == null ? BigDecimal.ONE : k.podMemoryGb())
                        : eks(k, k.cluster(), EksNodeGroup.Mode.MANAGED, k.instanceType() == null ? "m5.large" : k.instanceType(),
                        k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType())));
        if (current.mode() == EksNodeGroup.Mode.MANAGED) {
            out.add(BlockFields.<EksNodeGroup>field("instanceType", CAPACITY, "Instance type", "EC2 instance type of the nodes",
                    new FieldType.InstanceTypeChoice(false, false), EksNodeGroup::instanceType,
                    (k, v) -> eks(k, k.cluster(), k.mode(), (String) v, k.podCpu(), k.podMemoryGb(), k.architecture(), k.gravitonType())));
            out.add(BlockFields.<EksNodeGroup>field("desired", CAPACITY, "Nodes", "Nodes normally running", whole(0, MANY), k -> (long) k.desired(), (k, v) -> k.withDesired(i(v))));
            out.add(BlockFields.<EksNodeGroup>field("capacityType", PURCHASE, "Capacity type", "On-Demand or Spot nodes",
                    choice(EksNodeGroup.CapacityType.values(), c -> c == EksNodeGroup.CapacityType.SPOT ? "Spot" : "On-Demand"),
                    EksNodeGroup::capacityType, (k, v) -> k.withCapacityType((EksNodeGroup.CapacityType) v)));
            out.add(BlockFields.<EksNodeGroup>field("pods", CAPACITY, "Expected pods", "Pods you expect to schedule, checked against the nodes' max pods",
                    whole(0, MANY), k -> (long) k.pods(), (k, v) -> k.withPods(i(v))));
            out.add(BlockFields.<EksNodeGroup>field("gravitonType", GRAVITON, "Graviton twin", "arm64 type to compare with; automatic when empty",
                    new FieldType.InstanceTypeChoice(true, true), EksNodeGroup::gravitonType,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), k.podMemoryGb(), k.architecture(), (String) v)));
        } else {
            out.add(BlockFields.<EksNodeGroup>field("pods", CAPACITY, "Pods", "Pods running on the Fargate profile", whole(0, MANY), k -> (long) k.pods(), (k, v) -> k.withPods(i(v))));
            out.add(BlockFields.<EksNodeGroup>field("podCpu", CAPACITY, "Pod CPU (vCPU)", "Requested vCPU per pod; sized up to a Fargate size", positive("16"),
                    EksNodeGroup::podCpu, (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), (BigDecimal) v, k.podMemoryGb(), k.architecture(), k.gravitonType())));
            out.add(BlockFields.<EksNodeGroup>field("podMemoryGb", CAPACITY, "Pod memory (GB)", "Requested memory per pod; 0.25 GB is added for Kubernetes components",
                    positive("119.75"), EksNodeGroup::podMemoryGb,
                    (k, v) -> eks(k, k.cluster(), k.mode(), k.instanceType(), k.podCpu(), (BigDecimal) v, k.architecture(), k.gravitonType())));
            out.add(BlockFields.<EksNodeGroup>field("architecture", CAPACITY, "Architecture", "x86_64, or arm64 (Graviton) pods",
                    choice(Architecture.values(), Architecture::awsName), EksNodeGroup::architecture,
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
                BlockFields.<LambdaFunction>field("memoryMb", CAPACITY, "Memory (MB)", "128 to 10,240 MB", whole(128, 10_240),
                        l -> (long) l.memoryMb(), (LambdaFunction l, Object v) -> lambda(l, i(v), l.avgDurationMs())),
                BlockFields.<LambdaFunction>field("architecture", CAPACITY, "Architecture", "x86_64, or arm64 (Graviton)", choice(Architecture.values(), Architecture::awsName),
                        LambdaFunction::architecture, (LambdaFunction l, Object v) -> l.withArchitecture((Architecture) v)),
                BlockFields.<LambdaFunction>field("requestsPerMonth", USAGE, "Requests / month", "Invocations per month", whole(0, 1_000_000_000_000L),
                        l -> l.requestsPerMonth(), (LambdaFunction l, Object v) -> l.withRequestsPerMonth((Long) v)),
                BlockFields.<LambdaFunction>field("avgDurationMs", USAGE, "Average duration (ms)", "Billed duration per invocation", new FieldType.Decimal(ZERO, true, new BigDecimal("900000"), false),
                        LambdaFunction::avgDurationMs, (LambdaFunction l, Object v) -> lambda(l, l.memoryMb(), (BigDecimal) v)),
                BlockFields.<LambdaFunction>field("ephemeralStorageMb", CAPACITY, "Ephemeral storage (MB)", "512 MB are included; more is billed per GB-second",
                        whole(512, 10_240), l -> (long) l.ephemeralStorageMb(), (LambdaFunction l, Object v) -> l.withEphemeralStorageMb(i(v))),
                BlockFields.<LambdaFunction>field("provisionedConcurrency", CAPACITY, "Provisioned concurrency", "Execution environments kept warm",
                        whole(0, 100_000), l -> (long) l.provisionedConcurrency(),
                        (LambdaFunction l, Object v) -> l.withProvisioned(i(v), l.provisionedHoursPerMonth())),
                BlockFields.<LambdaFunction>field("provisionedHoursPerMonth", CAPACITY, "Provisioned hours/mo", "Hours a month the concurrency is kept warm (at most 730)",
                        new FieldType.Decimal(ZERO, false, dev.costbench.pricing.Money.HOURS_PER_MONTH, true), LambdaFunction::provisionedHoursPerMonth,
                        (LambdaFunction l, Object v) -> l.withProvisioned(l.provisionedConcurrency(), (BigDecimal) v)));
    }

    // ---- Batch -------------------------------------------------------------------------------------

    private static BatchQueue batch(BatchQueue q, BatchQueue.Compute compute, String type, BigDecimal vcpu, BigDecimal mem,
                                    BigDecimal minutes, Architecture arch, String graviton) {
        return new BatchQueue(q.id(), q.name(), q.x(), q.y(), q.purchaseOption(), compute, type, q.jobsPerMonth(), vcpu, mem, minutes,
                arch, graviton, q.loadProfile(), q.extensions());
    }

    private static List<BlockField<?>> batch(BatchQueue current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<BatchQueue>field("compute", CAPACITY, "Compute environment", "EC2 or Fargate, On-Demand or Spot",
                choice(BatchQueue.Compute.values(), c -> switch (c) {
                    case EC2 -> "EC2";
                    case EC2_SPOT -> "EC2 Spot";
                    case FARGATE -> "Fargate";
                    case FARGATE_SPOT -> "Fargate Spot";
                }), BatchQueue::compute, (BatchQueue q, Object v) -> q.withCompute((BatchQueue.Compute) v)));
        out.add(BlockFields.<BatchQueue>field("jobsPerMonth", USAGE, "Jobs / month", "Jobs run in a month", whole(0, 1_000_000_000_000L),
                BatchQueue::jobsPerMonth, (BatchQueue q, Object v) -> q.withJobsPerMonth((Long) v)));
        out.add(BlockFields.<BatchQueue>field("vcpuPerJob", CAPACITY, "vCPU per job", "vCPU each job requests", positive("192"), BatchQueue::vcpuPerJob,
                (BatchQueue q, Object v) -> batch(q, q.compute(), q.instanceType(), (BigDecimal) v, q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), q.gravitonType())));
        out.add(BlockFields.<BatchQueue>field("memoryGbPerJob", CAPACITY, "Memory per job (GB)", "Memory each job requests", positive("24576"), BatchQueue::memoryGbPerJob,
                (BatchQueue q, Object v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), (BigDecimal) v, q.avgJobMinutes(), q.architecture(), q.gravitonType())));
        out.add(BlockFields.<BatchQueue>field("avgJobMinutes", USAGE, "Average job minutes", "How long a job runs", positive("43800"), BatchQueue::avgJobMinutes,
                (BatchQueue q, Object v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), (BigDecimal) v, q.architecture(), q.gravitonType())));
        if (current.compute().isFargate()) {
            out.add(BlockFields.<BatchQueue>field("architecture", CAPACITY, "Architecture", "x86_64, or arm64 (Graviton)", choice(Architecture.values(), Architecture::awsName),
                    BatchQueue::architecture, (BatchQueue q, Object v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), (Architecture) v, q.gravitonType())));
        } else {
            out.add(BlockFields.<BatchQueue>field("instanceType", CAPACITY, "Instance type", "EC2 instance type jobs are packed onto",
                    new FieldType.InstanceTypeChoice(false, false), BatchQueue::instanceType,
                    (BatchQueue q, Object v) -> batch(q, q.compute(), (String) v, q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), q.gravitonType())));
            out.add(BlockFields.<BatchQueue>field("gravitonType", GRAVITON, "Graviton twin", "arm64 type to compare with; automatic when empty",
                    new FieldType.InstanceTypeChoice(true, true), BatchQueue::gravitonType,
                    (BatchQueue q, Object v) -> batch(q, q.compute(), q.instanceType(), q.vcpuPerJob(), q.memoryGbPerJob(), q.avgJobMinutes(), q.architecture(), (String) v)));
        }
        return out;
    }

    // ---- Load balancer -----------------------------------------------------------------------------

    private static LoadBalancer lb(LoadBalancer b, BigDecimal newConn, BigDecimal active, BigDecimal gb, BigDecimal rules) {
        return new LoadBalancer(b.id(), b.name(), b.x(), b.y(), b.purchaseOption(), b.type(), newConn, active, gb, rules, b.extensions());
    }

    private static List<BlockField<?>> loadBalancer(LoadBalancer current) {
        List<BlockField<?>> out = new ArrayList<>();
        out.add(BlockFields.<LoadBalancer>field("type", CAPACITY, "Type", "Application (ALB) or Network (NLB) Load Balancer",
                choice(LoadBalancer.Type.values(), t -> t == LoadBalancer.Type.ALB ? "Application (ALB)" : "Network (NLB)"),
                LoadBalancer::type, (LoadBalancer b, Object v) -> b.withType((LoadBalancer.Type) v)));
        out.add(BlockFields.<LoadBalancer>field("newConnectionsPerSec", USAGE, "New connections / s", "Average new connections per second", atLeastZero("100000000"),
                LoadBalancer::newConnectionsPerSec, (LoadBalancer b, Object v) -> lb(b, (BigDecimal) v, b.activeConnectionsPerMin(), b.processedGbPerHour(), b.ruleEvaluationsPerSec())));
        out.add(BlockFields.<LoadBalancer>field("activeConnectionsPerMin", USAGE, "Active connections / min", "Average concurrent connections per minute", atLeastZero("1000000000"),
                LoadBalancer::activeConnectionsPerMin, (LoadBalancer b, Object v) -> lb(b, b.newConnectionsPerSec(), (BigDecimal) v, b.processedGbPerHour(), b.ruleEvaluationsPerSec())));
        out.add(BlockFields.<LoadBalancer>field("processedGbPerHour", USAGE, "Processed GB / hour", "Traffic processed per hour", atLeastZero("1000000"),
                LoadBalancer::processedGbPerHour, (LoadBalancer b, Object v) -> lb(b, b.newConnectionsPerSec(), b.activeConnectionsPerMin(), (BigDecimal) v, b.ruleEvaluationsPerSec())));
        if (current.type() == LoadBalancer.Type.ALB)
            out.add(BlockFields.<LoadBalancer>field("ruleEvaluationsPerSec", USAGE, "Rule evaluations / s", "Billable rule evaluations per second (beyond the 10 free rules)",
                    atLeastZero("100000000"), LoadBalancer::ruleEvaluationsPerSec,
                    (LoadBalancer b, Object v) -> lb(b, b.newConnectionsPerSec(), b.activeConnectionsPerMin(), b.processedGbPerHour(), (BigDecimal) v)));
        return out;
    }
}
