package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.project.migration.MigrationChain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a design file's JSON tree into a {@link Project}, filling defaults for omitted fields and
 * collecting every problem with its JSON path. Limits reject figures no real design has (a typo
 * of three extra zeros), so they are caught here rather than priced.
 */
final class ProjectReader {

    // a design with more of these is not one a person drew; the counts keep a hostile file from exhausting memory
    static final int MAX_SCENARIOS = 1_000;
    static final int MAX_BLOCKS = 100_000;
    static final int MAX_CONNECTIONS = 500_000;
    static final int MAX_CAPACITY_PROVIDERS = 10;
    static final int MAX_INSTANCES = 100_000;
    static final int MAX_TASKS = 100_000;
    static final long MAX_REQUESTS = 1_000_000_000_000L;
    static final long MAX_JOBS = 1_000_000_000L;
    static final int MAX_ID_LENGTH = 200;
    // the largest EC2 instance has 448 vCPU and 24 TiB: no task, pod or job can ask for more
    static final BigDecimal MAX_TASK_VCPU = BigDecimal.valueOf(448);
    static final BigDecimal MAX_TASK_GB = BigDecimal.valueOf(24_576);
    // Lambda's own limits: 128 MB to 10,240 MB memory and ephemeral storage 512 MB to 10,240 MB, 15-minute timeout
    static final int LAMBDA_MIN_MB = 128;
    static final int LAMBDA_MAX_MB = 10_240;
    static final BigDecimal LAMBDA_MAX_DURATION_MS = BigDecimal.valueOf(900_000);
    // a month has at most 31 days
    static final BigDecimal MAX_HOURS_PER_MONTH = BigDecimal.valueOf(744);
    static final BigDecimal MAX_JOB_MINUTES = BigDecimal.valueOf(44_640);
    // gp3 volumes end at 16 TiB
    static final int MAX_EBS_GB = 16_384;
    static final BigDecimal MAX_LB_RATE = BigDecimal.valueOf(1_000_000_000L);
    static final BigDecimal DEFAULT_PROVISIONED_HOURS = dev.costbench.pricing.Money.HOURS_PER_MONTH;
    private static final BigDecimal EKS_POD_OVERHEAD_GB = new BigDecimal("0.25");

    private final String sourceName;
    private final List<Problem> problems = new ArrayList<>();
    private int fileSchema;

    ProjectReader(String sourceName) { this.sourceName = sourceName; }

    List<Problem> problems() { return problems; }

    Project read(JsonNode root) {
        if (!(root instanceof ObjectNode rootObject)) {
            problems.add(new Problem(JsonPath.ROOT, "a design file is a JSON object {...}, not " + CheckedObject.shown(root)));
            return null;
        }
        CheckedObject top = new CheckedObject(rootObject, JsonPath.ROOT, problems);
        int schema = (int) top.wholeNumber("schemaVersion", 1, Integer.MAX_VALUE, "(a format version)");
        if (schema < 1) {
            top.problem("schemaVersion", "must be a format version from 1 to " + Project.CURRENT_SCHEMA + ", not " + schema);
            return null;
        }
        fileSchema = schema;
        // an older file is brought up to this version's shape first, so the rest of the reader knows one version only
        if (schema < Project.CURRENT_SCHEMA) MigrationChain.upgrade(rootObject, schema);
        String name = top.text("name", defaultProjectName());
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, String> scenarioNames = new HashMap<>();
        for (CheckedObject s : top.objects("scenarios", MAX_SCENARIOS, "scenarios")) {
            Scenario scenario = scenario(s, scenarios.size() + 1);
            String earlier = scenarioNames.putIfAbsent(scenario.name(), s.path());
            if (earlier != null)
                s.problem("name", "duplicate scenario name \"" + scenario.name() + "\" (also " + earlier + ")");
            scenarios.add(scenario);
        }
        // a newer file keeps its own version number: that is how the window knows to open it read-only
        return new Project(Math.max(schema, Project.CURRENT_SCHEMA), name, scenarios, top.unknownFields());
    }

    /** The schemaVersion the file declared (1 when it has none), or 0 before a file was read. */
    int fileSchema() { return fileSchema; }

    private String defaultProjectName() {
        String base = sourceName == null ? "" : sourceName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        for (String suffix : List.of(".costbench.json", ".json")) {
            if (base.endsWith(suffix)) return base.substring(0, base.length() - suffix.length());
        }
        return base.isBlank() ? "Untitled design" : base;
    }

    private Scenario scenario(CheckedObject s, int number) {
        String name = s.text("name", "Scenario " + number);
        String region = s.text("region", Scenario.DEFAULT_REGION);
        if (region.isBlank()) s.problem("region", "must not be empty (an AWS region code such as us-east-1)");
        PurchaseOption option = purchaseOption(s, Scenario.DEFAULT_OPTION);
        boolean freeTier = s.flag("lambdaFreeTier", false);
        String description = s.text("description", "");

        List<CheckedObject> blockObjects = s.objects("blocks", MAX_BLOCKS, "blocks");
        Set<String> givenIds = new HashSet<>();
        for (CheckedObject b : blockObjects) {
            JsonNode id = b.node().get("id");
            if (id != null && id.isTextual()) givenIds.add(id.textValue());
        }
        List<Block> blocks = new ArrayList<>();
        Map<String, String> idPaths = new HashMap<>();
        for (CheckedObject b : blockObjects) {
            Block block = block(b, givenIds);
            if (block == null) continue;
            String earlier = idPaths.putIfAbsent(block.id(), b.path());
            if (earlier != null) b.problem("id", "duplicate block id \"" + block.id() + "\" (also " + earlier + ")");
            else blocks.add(block);
        }
        List<Connection> connections = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (CheckedObject c : s.objects("connections", MAX_CONNECTIONS, "connections")) {
            String from = c.requiredText("from", "the id of the block the connection starts at");
            String to = c.requiredText("to", "the id of the block the connection ends at");
            boolean known = true;
            if (from != null && !idPaths.containsKey(from)) {
                c.problem("from", "no block with id \"" + from + "\" in this scenario");
                known = false;
            }
            if (to != null && !idPaths.containsKey(to)) {
                c.problem("to", "no block with id \"" + to + "\" in this scenario");
                known = false;
            }
            if (from == null || to == null || !known) continue;
            Connection connection = new Connection(from, to, c.text("traffic", null), c.text("protocol", null));
            if (from.equals(to)) c.problem("to", "a block cannot connect to itself (\"" + from + "\")");
            else if (!seen.add(List.of(from, to))) c.problem(null, "duplicate connection from \"" + from + "\" to \"" + to + "\"");
            else connections.add(connection);
        }
        List<dev.costbench.model.Container> containers = new ContainerReader(problems).read(s, idPaths.keySet());
        return new Scenario(name, region, blocks, connections, option, freeTier, description, s.unknownFields(), containers);
    }

    private Block block(CheckedObject b, Set<String> takenIds) {
        String kindName = b.text("kind", null);
        if (kindName == null) {
            if (!b.has("kind")) b.problem("kind", "is missing (one of " + kindNames() + ")");
            return null;
        }
        BlockKind kind = BlockKind.fromFileName(kindName);
        if (kind == null) {
            b.problem("kind", "unknown block kind \"" + kindName + "\" (expected " + kindNames() + ")");
            return null;
        }
        String id = b.text("id", null);
        if (id == null) {
            id = freshId(kind, takenIds);
        } else if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            b.problem("id", "must be 1 to " + MAX_ID_LENGTH + " characters, not \"" + abbreviate(id) + "\"");
        }
        takenIds.add(id);
        String name = b.text("name", id);
        double x = b.coordinate("x");
        double y = b.coordinate("y");
        PurchaseOption option = purchaseOption(b, null);
        Block block = switch (kind) {
            case ASG -> autoScalingGroup(b, id, name, x, y, option);
            case ECS_SERVICE -> ecsService(b, id, name, x, y, option);
            case EKS_NODE_GROUP -> eksNodeGroup(b, id, name, x, y, option);
            case LAMBDA -> lambda(b, id, name, x, y, option);
            case BATCH_QUEUE -> batchQueue(b, id, name, x, y, option);
            case LOAD_BALANCER -> loadBalancer(b, id, name, x, y, option);
        };
        // asked for last: every field the kind's reader looked at is known, the rest is kept as it was
        return block.withExtensions(b.unknownFields());
    }

    /** A purchase option key, refused with the keys it may be when it is none of them. */
    private static PurchaseOption purchaseOption(CheckedObject o, PurchaseOption fallback) {
        String key = o.text("purchaseOption", null);
        // an empty option is no option, as it always was: the scenario's (or the block's Spot) applies
        if (key == null || key.isBlank()) return fallback;
        PurchaseOption option = PurchaseOption.parse(key);
        if (option == null)
            o.problem("purchaseOption", "unknown purchase option \"" + abbreviate(key) + "\" (expected " + PurchaseOption.KEYS_HELP + ")");
        return option == null ? fallback : option;
    }

    /** "asg-1", "lambda-2": the first free number for the kind, so generated ids stay short and stable. */
    private static String freshId(BlockKind kind, Set<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = kind.fileName() + "-" + n;
            if (!taken.contains(candidate)) return candidate;
        }
    }

    private AutoScalingGroup autoScalingGroup(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        String type = b.requiredText("instanceType", "an Auto Scaling group needs an instance type such as m5.xlarge");
        Integer min = b.has("min") ? b.count("min", 0, MAX_INSTANCES, "instances") : null;
        Integer max = b.has("max") ? b.count("max", 0, MAX_INSTANCES, "instances") : null;
        int desired = b.count("desired", min != null ? min : max != null ? Math.min(1, max) : 1, MAX_INSTANCES, "instances");
        int lo = min == null ? desired : min;
        int hi = max == null ? Math.max(desired, lo) : max;
        if (lo > hi) b.problem("min", "min (" + lo + ") must not be above max (" + hi + ")");
        else if (desired < lo || desired > hi)
            b.problem("desired", "desired (" + desired + ") must be between min (" + lo + ") and max (" + hi + ")");
        int base = b.count("onDemandBase", 0, MAX_INSTANCES, "instances");
        int pct = b.count("onDemandPercentAboveBase", 100, 100, "percent");
        int ebs = b.count("ebsGbPerInstance", 0, MAX_EBS_GB, "GB (gp3's 16 TiB limit)");
        String graviton = b.text("gravitonType", null);
        return new AutoScalingGroup(id, name, x, y, option, type, lo, desired, hi, base, pct, ebs, graviton, loadProfile(b));
    }

    private EcsService ecsService(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        EcsService.LaunchType launch = b.choice("launchType", EcsService.LaunchType.FARGATE,
                EcsService.LaunchType::fromFileName, "fargate or ec2");
        BigDecimal cpu = b.amount("cpu", new BigDecimal("0.25"), MAX_TASK_VCPU, "vCPU");
        BigDecimal memory = b.amount("memoryGb", new BigDecimal("0.5"), MAX_TASK_GB, "GB");
        int tasks = b.count("tasks", 1, MAX_TASKS, "tasks");
        Architecture arch = architecture(b);
        String type = null;
        if (launch == EcsService.LaunchType.FARGATE) {
            checkFargatePair(b, cpu, memory);
            type = b.text("instanceType", null);
        } else {
            positive(b, "cpu", cpu, "vCPU per task");
            positive(b, "memoryGb", memory, "GB per task");
            type = b.requiredText("instanceType", "an ECS service on EC2 needs the instance type its tasks run on");
        }
        List<CapacityProviderShare> providers = capacityProviders(b);
        String graviton = b.text("gravitonType", null);
        return new EcsService(id, name, x, y, option, launch, cpu, memory, tasks, arch, providers, type, graviton, loadProfile(b));
    }

    private void checkFargatePair(CheckedObject b, BigDecimal cpu, BigDecimal memory) {
        if (!FargateSizes.isValidCpu(cpu)) {
            b.problem("cpu", "Fargate tasks take " + FargateSizes.cpuChoices() + " vCPU, not " + FargateSizes.plain(cpu));
        } else if (!FargateSizes.isValidPair(cpu, memory)) {
            b.problem("memoryGb", "a Fargate task with " + FargateSizes.plain(cpu) + " vCPU takes "
                    + FargateSizes.memoryRule(cpu) + ", not " + FargateSizes.plain(memory) + " GB");
        }
    }

    private List<CapacityProviderShare> capacityProviders(CheckedObject b) {
        List<CapacityProviderShare> out = new ArrayList<>();
        List<CheckedObject> entries = b.objects("capacityProviders", MAX_CAPACITY_PROVIDERS, "capacity providers");
        for (CheckedObject p : entries) {
            String provider = p.choice("provider", CapacityProviderShare.FARGATE, ProjectReader::providerOrNull,
                    "FARGATE or FARGATE_SPOT");
            int base = p.count("base", 0, MAX_TASKS, "tasks");
            // AWS takes weights from 0 to 1000
            int weight = p.count("weight", 1, 1000, "(AWS's largest weight)");
            out.add(new CapacityProviderShare(provider, base, weight));
        }
        if (!out.isEmpty() && out.stream().allMatch(s -> s.weight() == 0))
            b.problem("capacityProviders", "at least one capacity provider needs a weight above 0");
        return out;
    }

    private EksNodeGroup eksNodeGroup(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        String cluster = b.text("cluster", "default");
        if (cluster.isBlank()) b.problem("cluster", "must not be empty (the EKS cluster's name)");
        EksNodeGroup.Mode mode = b.choice("mode", EksNodeGroup.Mode.MANAGED, EksNodeGroup.Mode::fromFileName, "managed or fargate");
        boolean fargate = mode == EksNodeGroup.Mode.FARGATE;
        String type = fargate ? b.text("instanceType", null)
                : b.requiredText("instanceType", "a managed node group needs an instance type such as m5.large");
        int desired = b.count("desired", fargate ? 0 : 1, MAX_INSTANCES, "nodes");
        EksNodeGroup.CapacityType capacity = b.choice("capacityType", EksNodeGroup.CapacityType.ON_DEMAND,
                EksNodeGroup.CapacityType::fromFileName, "on-demand or spot");
        int pods = b.count("pods", 0, MAX_TASKS, "pods");
        BigDecimal podCpu = b.amount("podCpu", fargate ? new BigDecimal("0.25") : null, MAX_TASK_VCPU, "vCPU");
        BigDecimal podMemory = b.amount("podMemoryGb", fargate ? new BigDecimal("0.5") : null, MAX_TASK_GB, "GB");
        if (fargate && podCpu != null && podMemory != null) {
            positive(b, "podCpu", podCpu, "vCPU per pod");
            positive(b, "podMemoryGb", podMemory, "GB per pod");
            BigDecimal withOverhead = podMemory.add(EKS_POD_OVERHEAD_GB);
            if (!FargateSizes.anyFits(podCpu, withOverhead))
                b.problem(podCpu.compareTo(FargateSizes.MAX_VCPU) > 0 ? "podCpu" : "podMemoryGb",
                        "no Fargate size has " + FargateSizes.plain(podCpu) + " vCPU and " + FargateSizes.plain(withOverhead)
                                + " GB (pod memory + 0.25 GB for Kubernetes components); the largest is 16 vCPU and 120 GB");
        }
        Architecture arch = architecture(b);
        EksNodeGroup.ClusterSupport support = b.choice("clusterSupport", EksNodeGroup.ClusterSupport.STANDARD,
                EksNodeGroup.ClusterSupport::fromFileName, "standard or extended");
        String graviton = b.text("gravitonType", null);
        return new EksNodeGroup(id, name, x, y, option, cluster, mode, type, desired, capacity, pods, podCpu, podMemory,
                arch, support, graviton, loadProfile(b));
    }

    private LambdaFunction lambda(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        int memory = b.count("memoryMb", LAMBDA_MIN_MB, LAMBDA_MAX_MB, "MB (Lambda's largest memory size)");
        if (memory < LAMBDA_MIN_MB) b.problem("memoryMb", "must be from 128 to 10240 MB, not " + memory);
        Architecture arch = architecture(b);
        long requests = b.wholeNumber("requestsPerMonth", 0, MAX_REQUESTS, "requests a month");
        BigDecimal duration = b.amount("avgDurationMs", BigDecimal.ZERO, LAMBDA_MAX_DURATION_MS, "ms (Lambda's 15-minute limit)");
        int ephemeral = b.count("ephemeralStorageMb", LambdaFunction.INCLUDED_EPHEMERAL_MB, LAMBDA_MAX_MB, "MB");
        if (ephemeral < LambdaFunction.INCLUDED_EPHEMERAL_MB)
            b.problem("ephemeralStorageMb", "must be from 512 to 10240 MB, not " + ephemeral);
        int concurrency = b.count("provisionedConcurrency", 0, MAX_TASKS, "concurrent executions");
        BigDecimal hours = b.amount("provisionedHoursPerMonth", concurrency > 0 ? DEFAULT_PROVISIONED_HOURS : null,
                MAX_HOURS_PER_MONTH, "hours (a month has at most 744)");
        return new LambdaFunction(id, name, x, y, option, memory, arch, requests, duration, ephemeral, concurrency, hours,
                loadProfile(b));
    }

    private BatchQueue batchQueue(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        BatchQueue.Compute compute = b.choice("compute", BatchQueue.Compute.EC2, BatchQueue.Compute::fromFileName,
                "ec2, ec2-spot, fargate or fargate-spot");
        String type = compute.isFargate() ? b.text("instanceType", null)
                : b.requiredText("instanceType", "a Batch queue on EC2 needs the instance type its jobs run on");
        long jobs = b.wholeNumber("jobsPerMonth", 0, MAX_JOBS, "jobs a month");
        BigDecimal vcpu = b.amount("vcpuPerJob", BigDecimal.ONE, MAX_TASK_VCPU, "vCPU");
        BigDecimal memory = b.amount("memoryGbPerJob", BigDecimal.valueOf(2), MAX_TASK_GB, "GB");
        BigDecimal minutes = b.amount("avgJobMinutes", BigDecimal.ZERO, MAX_JOB_MINUTES, "minutes (a month)");
        positive(b, "vcpuPerJob", vcpu, "vCPU per job");
        positive(b, "memoryGbPerJob", memory, "GB per job");
        if (compute.isFargate() && !FargateSizes.anyFits(vcpu, memory))
            b.problem(vcpu.compareTo(FargateSizes.MAX_VCPU) > 0 ? "vcpuPerJob" : "memoryGbPerJob",
                    "no Fargate size has " + FargateSizes.plain(vcpu) + " vCPU and " + FargateSizes.plain(memory)
                            + " GB; the largest is 16 vCPU and 120 GB");
        Architecture arch = architecture(b);
        String graviton = b.text("gravitonType", null);
        return new BatchQueue(id, name, x, y, option, compute, type, jobs, vcpu, memory, minutes, arch, graviton, loadProfile(b));
    }

    private LoadBalancer loadBalancer(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        LoadBalancer.Type type = b.choice("type", LoadBalancer.Type.ALB, LoadBalancer.Type::fromFileName, "alb or nlb");
        BigDecimal newConnections = b.amount("newConnectionsPerSec", BigDecimal.ZERO, MAX_LB_RATE, "new connections a second");
        BigDecimal active = b.amount("activeConnectionsPerMin", BigDecimal.ZERO, MAX_LB_RATE, "active connections a minute");
        BigDecimal processed = b.amount("processedGbPerHour", BigDecimal.ZERO, MAX_LB_RATE, "GB an hour");
        BigDecimal rules = b.amount("ruleEvaluationsPerSec", BigDecimal.ZERO, MAX_LB_RATE, "rule evaluations a second");
        return new LoadBalancer(id, name, x, y, option, type, newConnections, active, processed, rules);
    }

    private Architecture architecture(CheckedObject b) {
        return b.choice("architecture", Architecture.X86_64, ProjectReader::architectureOrNull, "x86_64 or arm64");
    }

    private static Architecture architectureOrNull(String s) {
        for (Architecture a : Architecture.values()) if (a.awsName().equalsIgnoreCase(s)) return a;
        return null;
    }

    private static String providerOrNull(String s) {
        for (String p : List.of(CapacityProviderShare.FARGATE, CapacityProviderShare.FARGATE_SPOT))
            if (p.equalsIgnoreCase(s)) return p;
        return null;
    }

    private static void positive(CheckedObject b, String field, BigDecimal v, String what) {
        if (v != null && v.signum() == 0) b.problem(field, "must be more than 0 " + what);
    }

    private LoadProfile loadProfile(CheckedObject b) {
        CheckedObject p = b.object("loadProfile");
        if (p == null) return null;
        String preset = p.text("preset", null);
        List<Double> hours = p.numbers("hours", MAX_REQUESTS, LoadProfile.HOURS_PER_WEEK,
                "hourly values (one week from Monday 00:00)");
        return new LoadProfile(preset, hours);
    }

    private static String kindNames() {
        List<String> names = Arrays.stream(BlockKind.values()).map(BlockKind::fileName).toList();
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + names.getLast();
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}
