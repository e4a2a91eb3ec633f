package dev.costbench.project;

import dev.costbench.model.TrafficText;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.Tenancy;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tags;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.CrossFieldRules;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.model.spec.KindSpec;
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
import java.util.function.Function;
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
    static final int MAX_ID_LENGTH = BlockSpecs.MAX_ID_LENGTH;
    // a load profile's hourly value is a count of requests, tasks or instances: at most a month's Lambda requests
    private static final double MAX_HOURLY_LOAD = 1e12;

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
            Connection connection = connection(c, from, to);
            if (from.equals(to)) c.problem("to", "a block cannot connect to itself (\"" + from + "\")");
            else if (!seen.add(List.of(from, to))) c.problem(null, "duplicate connection from \"" + from + "\" to \"" + to + "\"");
            else connections.add(connection);
        }
        List<dev.costbench.model.Container> containers = new ContainerReader(problems).read(s, idPaths.keySet());
        return new Scenario(name, region, blocks, connections, option, freeTier, description, s.unknownFields(), containers);
    }

    /**
     * A connection with its GB a month each way. An older file's traffic label that is a clear monthly quantity
     * ("2 TB/month") is read as GB sent when the file gives none; any other label stays a label (the validator says so).
     */
    private static Connection connection(CheckedObject c, String from, String to) {
        BigDecimal sent = c.decimal(connectionField("sentGbPerMonth"), null);
        BigDecimal returned = c.decimal(connectionField("returnedGbPerMonth"), null);
        String traffic = c.text("traffic", null);
        BigDecimal stated = sent == null ? TrafficText.monthlyGb(traffic) : null;
        if (stated != null) {
            sent = stated;
            traffic = null;
        }
        return new Connection(from, to, traffic, c.text("protocol", null), sent, returned);
    }

    private static FieldSpec connectionField(String json) {
        return BlockSpecs.CONNECTION.stream().filter(f -> f.json().equals(json)).findFirst().orElseThrow();
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
        Tags tags = b.tags();
        Block block = switch (kind) {
            case ASG -> autoScalingGroup(b, id, name, x, y, option);
            case ECS_SERVICE -> ecsService(b, id, name, x, y, option);
            case EKS_NODE_GROUP -> eksNodeGroup(b, id, name, x, y, option);
            case LAMBDA -> lambda(b, id, name, x, y, option);
            case BATCH_QUEUE -> batchQueue(b, id, name, x, y, option);
            case LOAD_BALANCER -> loadBalancer(b, id, name, x, y, option);
            case APP_RUNNER -> appRunner(b, id, name, x, y, option);
            case ECR_REPOSITORY -> ecrRepository(b, id, name, x, y, option);
            case EC2_INSTANCES -> ec2Instances(b, id, name, x, y, option);
            case NAT_GATEWAY -> new NatGateway(id, name, x, y, option, (int) whole(b, BlockSpecs.of(BlockKind.NAT_GATEWAY), "gateways"));
            case INTERNET -> new Internet(id, name, x, y, option);
        };
        // asked for last: every field the kind's reader looked at is known, the rest is kept as it was
        return block.withExtensions(b.unknownFields()).withTags(tags);
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
        KindSpec spec = BlockSpecs.of(BlockKind.ASG);
        List<InstanceOverride> overrides = overrides(b);
        // with overrides the launch template's own type is optional: the first override stands for the group
        String type = overrides.isEmpty() ? b.requiredText("instanceType", "an Auto Scaling group needs an instance type such as m5.xlarge")
                : b.text("instanceType", overrides.getFirst().instanceType());
        Integer min = b.has("min") ? (int) b.whole(spec.field("min"), 0) : null;
        Integer max = b.has("max") ? (int) b.whole(spec.field("max"), 0) : null;
        // desired falls back to min, else to the spec's default capped by max
        long usualDesired = (Long) spec.field("desired").defaultValue();
        int desired = (int) b.whole(spec.field("desired"), min != null ? min : max != null ? Math.min(usualDesired, max) : usualDesired);
        int lo = min == null ? desired : min;
        int hi = max == null ? Math.max(desired, lo) : max;
        String sizeProblem = CrossFieldRules.groupSize(lo, desired, hi);
        if (sizeProblem != null) b.problem(CrossFieldRules.groupSizeField(lo, desired, hi), sizeProblem);
        int base = (int) whole(b, spec, "onDemandBase");
        int pct = (int) whole(b, spec, "onDemandPercentAboveBase");
        EbsVolume ebs = ebsVolume(b, spec);
        String graviton = b.text("gravitonType", null);
        AutoScalingGroup.OnDemandAllocation allocation = choice(b, spec, "onDemandAllocationStrategy",
                AutoScalingGroup.OnDemandAllocation::fromFileName);
        return new AutoScalingGroup(id, name, x, y, option, type, lo, desired, hi, base, pct, ebs.gb(), graviton, loadProfile(b),
                Map.of(), ebs.iops(), ebs.throughputMbps(), overrides, allocation, choice(b, spec, "tenancy", Tenancy::fromFileName));
    }

    /** A mixed-instances policy's instance types and weights ({@code overrides}), at most AWS's 40. */
    private static List<InstanceOverride> overrides(CheckedObject b) {
        List<InstanceOverride> out = new ArrayList<>();
        List<FieldSpec> fields = BlockSpecs.ASG_OVERRIDE;
        for (CheckedObject o : b.objects("overrides", BlockSpecs.MAX_ASG_OVERRIDES, "instance types")) {
            String type = o.requiredText(fields.get(0).json(), "each of an Auto Scaling group's overrides needs an instance type such as m5.xlarge");
            int weight = (int) o.whole(fields.get(1), (Long) fields.get(1).defaultValue());
            out.add(new InstanceOverride(type, weight));
        }
        return out;
    }

    private EcsService ecsService(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.ECS_SERVICE);
        EcsService.LaunchType launch = choice(b, spec, "launchType", EcsService.LaunchType::fromFileName);
        BigDecimal cpu = decimal(b, spec, "cpu");
        BigDecimal memory = decimal(b, spec, "memoryGb");
        int tasks = (int) whole(b, spec, "tasks");
        Architecture arch = choice(b, spec, "architecture", Architecture::fromAwsName);
        String type = null;
        if (launch == EcsService.LaunchType.FARGATE) {
            checkFargatePair(b, cpu, memory);
            type = b.text("instanceType", null);
        } else {
            type = b.requiredText("instanceType", "an ECS service on EC2 needs the instance type its tasks run on");
        }
        List<CapacityProviderShare> providers = capacityProviders(b);
        String graviton = b.text("gravitonType", null);
        int ephemeral = (int) whole(b, spec, "ephemeralStorageGb");
        return new EcsService(id, name, x, y, option, launch, cpu, memory, tasks, arch, providers, type, graviton, loadProfile(b),
                ephemeral, ebsVolume(b, spec), Map.of(), tenancy(b, spec, f -> f.equals("launchType") && launch != null ? launch.fileName() : null));
    }

    private void checkFargatePair(CheckedObject b, BigDecimal cpu, BigDecimal memory) {
        String problem = FargateSizes.problem(cpu, memory);
        if (problem != null) b.problem(FargateSizes.isValidCpu(cpu) ? "memoryGb" : "cpu", problem + ", not "
                + (FargateSizes.isValidCpu(cpu) ? FargateSizes.plain(memory) + " GB" : FargateSizes.plain(cpu)));
    }

    private List<CapacityProviderShare> capacityProviders(CheckedObject b) {
        List<CapacityProviderShare> out = new ArrayList<>();
        List<CheckedObject> entries = b.objects("capacityProviders", MAX_CAPACITY_PROVIDERS, "capacity providers");
        List<FieldSpec> fields = BlockSpecs.CAPACITY_PROVIDER;
        for (CheckedObject p : entries) {
            String provider = p.choice(fields.get(0), (String) fields.get(0).defaultValue(), s -> s);
            int base = (int) p.whole(fields.get(1), (Long) fields.get(1).defaultValue());
            int weight = (int) p.whole(fields.get(2), (Long) fields.get(2).defaultValue());
            out.add(new CapacityProviderShare(provider, base, weight));
        }
        String weights = CrossFieldRules.providerWeights(out.stream().map(s -> (long) s.weight()).toList());
        if (weights != null) b.problem("capacityProviders", weights);
        return out;
    }

    private EksNodeGroup eksNodeGroup(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.EKS_NODE_GROUP);
        String cluster = b.text("cluster", (String) spec.field("cluster").defaultValue());
        if (cluster.isBlank()) b.problem("cluster", "must not be empty (the EKS cluster's name)");
        EksNodeGroup.Mode mode = choice(b, spec, "mode", EksNodeGroup.Mode::fromFileName);
        boolean fargate = mode == EksNodeGroup.Mode.FARGATE;
        String type = fargate ? b.text("instanceType", null)
                : b.requiredText("instanceType", "a managed node group needs an instance type such as m5.large");
        // a Fargate profile has no nodes; its pods' size matters only there, so managed nodes leave it unset
        int desired = (int) b.whole(spec.field("desired"), fargate ? 0 : (Long) spec.field("desired").defaultValue());
        EksNodeGroup.CapacityType capacity = choice(b, spec, "capacityType", EksNodeGroup.CapacityType::fromFileName);
        int pods = (int) whole(b, spec, "pods");
        BigDecimal podCpu = b.decimal(spec.field("podCpu"), fargate ? (BigDecimal) spec.field("podCpu").defaultValue() : null);
        BigDecimal podMemory = b.decimal(spec.field("podMemoryGb"), fargate ? (BigDecimal) spec.field("podMemoryGb").defaultValue() : null);
        String tooLarge = fargate ? FargateSizes.noneHolds(podCpu, podMemory, true) : null;
        if (tooLarge != null) b.problem(podCpu.compareTo(FargateSizes.MAX_VCPU) > 0 ? "podCpu" : "podMemoryGb", tooLarge);
        Architecture arch = choice(b, spec, "architecture", Architecture::fromAwsName);
        // the choices a Fargate profile allows (x86_64 only), from the spec the validator and inspector also use
        String refused = arch == null ? null
                : spec.field("architecture").refusal(arch.awsName(), f -> f.equals("mode") && mode != null ? mode.fileName() : null);
        if (refused != null) b.problem("architecture", refused);
        EksNodeGroup.ClusterSupport support = choice(b, spec, "clusterSupport", EksNodeGroup.ClusterSupport::fromFileName);
        String graviton = b.text("gravitonType", null);
        int ephemeral = (int) whole(b, spec, "ephemeralStorageGb");
        return new EksNodeGroup(id, name, x, y, option, cluster, mode, type, desired, capacity, pods, podCpu, podMemory,
                arch, support, graviton, loadProfile(b), ephemeral, ebsVolume(b, spec), Map.of(),
                tenancy(b, spec, f -> f.equals("mode") && mode != null ? mode.fileName()
                        : f.equals("capacityType") && capacity != null ? capacity.fileName() : null));
    }

    /**
     * The block's {@code tenancy}, refused (naming the place) when its mode does not allow it: the spec's per-mode
     * choices ({@code modes} gives the file's value of a mode field), which the validator and the
     * inspector also use.
     */
    private static Tenancy tenancy(CheckedObject b, KindSpec spec, Function<String, String> modes) {
        Tenancy t = choice(b, spec, "tenancy", Tenancy::fromFileName);
        String refused = t == null ? null : spec.field("tenancy").refusal(t.fileName(), modes);
        if (refused != null) b.problem("tenancy", refused);
        return t;
    }

    /** The gp3 volume fields every EC2-backed kind shares (Fields.ebsVolume). */
    private static EbsVolume ebsVolume(CheckedObject b, KindSpec spec) {
        return new EbsVolume((int) whole(b, spec, "ebsGbPerInstance"), (int) whole(b, spec, "ebsIops"),
                (int) whole(b, spec, "ebsThroughputMbps"));
    }

    private LambdaFunction lambda(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.LAMBDA);
        int memory = (int) whole(b, spec, "memoryMb");
        Architecture arch = choice(b, spec, "architecture", Architecture::fromAwsName);
        long requests = whole(b, spec, "requestsPerMonth");
        BigDecimal duration = decimal(b, spec, "avgDurationMs");
        int ephemeral = (int) whole(b, spec, "ephemeralStorageMb");
        int concurrency = (int) whole(b, spec, "provisionedConcurrency");
        // unset means all month, which the pricer bills as the month's hours: the file need not repeat them
        BigDecimal hours = decimal(b, spec, "provisionedHoursPerMonth");
        return new LambdaFunction(id, name, x, y, option, memory, arch, requests, duration, ephemeral, concurrency, hours,
                loadProfile(b));
    }

    private BatchQueue batchQueue(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.BATCH_QUEUE);
        BatchQueue.Compute compute = choice(b, spec, "compute", BatchQueue.Compute::fromFileName);
        String type = compute.isFargate() ? b.text("instanceType", null)
                : b.requiredText("instanceType", "a Batch queue on EC2 needs the instance type its jobs run on");
        long jobs = whole(b, spec, "jobsPerMonth");
        BigDecimal vcpu = decimal(b, spec, "vcpuPerJob");
        BigDecimal memory = decimal(b, spec, "memoryGbPerJob");
        BigDecimal minutes = decimal(b, spec, "avgJobMinutes");
        String tooLarge = compute.isFargate() ? FargateSizes.noneHolds(vcpu, memory, false) : null;
        if (tooLarge != null) b.problem(vcpu.compareTo(FargateSizes.MAX_VCPU) > 0 ? "vcpuPerJob" : "memoryGbPerJob", tooLarge);
        Architecture arch = choice(b, spec, "architecture", Architecture::fromAwsName);
        String graviton = b.text("gravitonType", null);
        int ephemeral = (int) whole(b, spec, "ephemeralStorageGb");
        return new BatchQueue(id, name, x, y, option, compute, type, jobs, vcpu, memory, minutes, arch, graviton, loadProfile(b),
                ephemeral, ebsVolume(b, spec), Map.of(), tenancy(b, spec, f -> f.equals("compute") && compute != null ? compute.fileName() : null));
    }

    private LoadBalancer loadBalancer(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.LOAD_BALANCER);
        LoadBalancer.Type type = choice(b, spec, "type", LoadBalancer.Type::fromFileName);
        BigDecimal newConnections = decimal(b, spec, "newConnectionsPerSec");
        BigDecimal active = decimal(b, spec, "activeConnectionsPerMin");
        BigDecimal processed = decimal(b, spec, "processedGbPerHour");
        BigDecimal rules = decimal(b, spec, "ruleEvaluationsPerSec");
        LoadBalancer.Protocol protocol = choice(b, spec, "protocol", LoadBalancer.Protocol::fromFileName);
        return new LoadBalancer(id, name, x, y, option, type, newConnections, active, processed, rules, protocol, Map.of());
    }

    private AppRunnerService appRunner(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.APP_RUNNER);
        AppRunnerService.Size size = choice(b, spec, "size", AppRunnerService.Size::fromFileName);
        long min = whole(b, spec, "minInstances");
        long max = whole(b, spec, "maxInstances");
        BigDecimal active = decimal(b, spec, "activeInstances");
        long percent = whole(b, spec, "activePercent");
        AppRunnerService.Deployments deployments = choice(b, spec, "deployments", AppRunnerService.Deployments::fromFileName);
        String sizeProblem = CrossFieldRules.appRunnerSize(min, max, active);
        if (sizeProblem != null) b.problem(min > max ? "minInstances" : "activeInstances", sizeProblem);
        return new AppRunnerService(id, name, x, y, option, size, (int) min, (int) max, active, (int) percent, deployments,
                loadProfile(b), Map.of());
    }

    private EcrRepository ecrRepository(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.ECR_REPOSITORY);
        return new EcrRepository(id, name, x, y, option, decimal(b, spec, "storedGb"), decimal(b, spec, "internetGbPerMonth"),
                decimal(b, spec, "crossRegionGbPerMonth"));
    }

    private Ec2Instances ec2Instances(CheckedObject b, String id, String name, double x, double y, PurchaseOption option) {
        KindSpec spec = BlockSpecs.of(BlockKind.EC2_INSTANCES);
        String type = b.requiredText("instanceType", "EC2 instances need an instance type such as m5.xlarge");
        EbsVolume ebs = ebsVolume(b, spec);
        return new Ec2Instances(id, name, x, y, option, type, (int) whole(b, spec, "count"), ebs.gb(),
                b.text("gravitonType", null), Map.of(), ebs.iops(), ebs.throughputMbps(), choice(b, spec, "tenancy", Tenancy::fromFileName));
    }

    /** A whole-number field with the spec's default when the file leaves it out. */
    private static long whole(CheckedObject b, KindSpec spec, String json) {
        FieldSpec f = spec.field(json);
        return b.whole(f, ((Number) f.defaultValue()).longValue());
    }

    private static BigDecimal decimal(CheckedObject b, KindSpec spec, String json) {
        FieldSpec f = spec.field(json);
        return b.decimal(f, (BigDecimal) f.defaultValue());
    }

    /** A choice field, the spec's default when left out, as the model's value. */
    private static <E> E choice(CheckedObject b, KindSpec spec, String json, Function<String, E> parse) {
        FieldSpec f = spec.field(json);
        return b.choice(f, parse.apply((String) f.defaultValue()), parse);
    }

    private LoadProfile loadProfile(CheckedObject b) {
        CheckedObject p = b.object("loadProfile");
        if (p == null) return null;
        String preset = p.text("preset", null);
        List<Double> hours = p.numbers("hours", MAX_HOURLY_LOAD, LoadProfile.HOURS_PER_WEEK,
                "hourly values (one week from Monday 00:00)");
        return new LoadProfile(preset, hours);
    }

    private static String kindNames() {
        List<String> names = Arrays.stream(BlockKind.values()).map(BlockKind::fileName).toList();
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + names.getLast();
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}
