package dev.costbench.project.importer.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Tenancy;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.model.spec.KindSpec;
import dev.costbench.pricing.Money;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.ImportDefaults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One block per compute resource of a plan, from its planned values and the resources it refers to (launch
 * template, task definition, cluster, compute environment). What neither they nor the usage file say is a
 * default, recorded on the block as an assumption.
 */
final class ComputeMapping {
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

    private final TerraformPlan plan;
    private final UsageFile usage;

    ComputeMapping(TerraformPlan plan, UsageFile usage) {
        this.plan = plan;
        this.usage = usage;
    }

    /** The resources of {@code types} that {@code r}'s block refers to, every instance. */
    List<PlanResource> referenced(PlanResource r, String... types) {
        return plan.referencedBy(r).stream().filter(t -> List.of(types).contains(t.type())).toList();
    }

    /**
     * An Auto Scaling group. When ECS services run their tasks on its instances ({@code services}, found by
     * {@link EcsCapacity}), the group is the one block that prices those instances: it is what EC2 bills, once however
     * many services share it, and ECS adds no charge for EC2 capacity (https://aws.amazon.com/ecs/pricing/). The services
     * are named on it rather than made blocks that would count the same instances again.
     */
    Block autoScalingGroup(String id, PlanResource r, List<PlanResource> services) {
        Assumptions a = new Assumptions();
        Integer min = r.whole("min_size"), max = r.whole("max_size"), desired = r.whole("desired_capacity");
        if (!services.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (PlanResource s : services) {
                Integer tasks = s.whole("desired_count");
                named.add(nameOf(s, "name") + " (" + (tasks == null ? "desired_count not in the plan" : tasks + (tasks == 1 ? " task" : " tasks")) + ")");
            }
            a.add("runs the tasks of ECS " + (services.size() == 1 ? "service " : "services ") + String.join(", ", named)
                    + ": their instances are this group's, priced once on this block (ECS adds no charge for EC2 capacity); "
                    + (services.size() == 1 ? "the service is" : "the services are") + " not made blocks of their own");
        }
        if (min == null) { min = 0; a.add("min_size not in the plan: 0 assumed"); }
        if (desired == null) {
            desired = min;
            a.add("desired_capacity not set: priced at min_size (" + min + ")"
                    + (services.isEmpty() ? "" : "; ECS managed scaling may run more instances for the tasks: set desired_capacity to the count you expect"));
        }
        if (max == null || max < desired) max = Math.max(desired, max == null ? 0 : max);
        JsonNode distribution = r.first("mixed_instances_policy").path("instances_distribution").path(0);
        int base = whole(distribution, "on_demand_base_capacity", 0, a);
        int percent = whole(distribution, "on_demand_percentage_above_base_capacity", 100, a);
        JsonNode policy = r.first("mixed_instances_policy");
        List<InstanceOverride> overrides = new ArrayList<>();
        for (JsonNode o : policy.path("launch_template").path(0).path("override")) {
            if (!o.hasNonNull("instance_type")) continue;
            // weighted_capacity is a string in the provider's schema ("2"); AWS's default is 1
            JsonNode w = o.path("weighted_capacity");
            int weight = InstanceOverride.DEFAULT_WEIGHT;
            if (w.isNumber()) weight = whole(o, "weighted_capacity", InstanceOverride.DEFAULT_WEIGHT, a);
            else if (w.isTextual() && !w.asText().isBlank()) {
                try { weight = Integer.parseInt(w.asText().strip()); }
                catch (NumberFormatException e) { a.add("weighted_capacity \"" + w.asText() + "\" of " + o.get("instance_type").asText() + " is no whole number: 1 assumed"); }
            }
            overrides.add(new InstanceOverride(o.get("instance_type").asText(), weight));
        }
        Optional<PlanResource> template = referenced(r, "aws_launch_template", "aws_launch_configuration").stream().findFirst();
        String type = overrides.isEmpty() ? template.map(t -> t.text("instance_type")).orElse(null) : overrides.getFirst().instanceType();
        if (type == null) {
            type = ImportDefaults.INSTANCE_TYPE;
            a.add("instance type not in the plan (no launch template with instance_type): " + type + " assumed");
        }
        AutoScalingGroup.OnDemandAllocation allocation = AutoScalingGroup.OnDemandAllocation.fromFileName(
                distribution.path("on_demand_allocation_strategy").asText("prioritized"));
        if (allocation == null) allocation = AutoScalingGroup.OnDemandAllocation.PRIORITIZED;
        String spot = distribution.path("spot_allocation_strategy").asText("");
        if (!overrides.isEmpty() && percent < 100 && !spot.isBlank())
            a.add("spot_allocation_strategy " + spot + ": Spot capacity priced spread evenly over the instance types (docs/pricing-engine.md)");
        EbsVolume ebs = template.map(t -> volumes(t, "block_device_mappings", a)).orElse(EbsVolume.NONE);
        Block b = new AutoScalingGroup(id, nameOf(r, "name"), 0, 0, null, type, min, desired, max, base, percent, ebs.gb(), null, null,
                Map.of(), ebs.iops(), ebs.throughputMbps(), overrides.size() > 1 || overrides.stream().anyMatch(o -> o.weight() != 1)
                        ? overrides : List.of(), allocation, null);
        return a.attachTo(withTemplateTenancy(b, template, a));
    }

    /**
     * Standalone instances of one resource block (its count or for_each) as one EC2 instances block: a fixed fleet of
     * that many instances, with the root volume as its gp3 size.
     */
    Block instances(String id, List<PlanResource> all) {
        PlanResource r = all.getFirst();
        Assumptions a = new Assumptions();
        int n = all.size();
        String type = r.text("instance_type");
        if (type == null) { type = ImportDefaults.INSTANCE_TYPE; a.add("instance_type not in the plan: " + type + " assumed"); }
        String first = type;
        if (all.stream().anyMatch(i -> !first.equals(i.text("instance_type"))))
            a.add("the instances differ in type: all priced as " + type);
        EbsVolume ebs = volumes(r, null, a);
        // aws_instance's tenancy: default, dedicated (Dedicated Instances) or host (Dedicated Hosts)
        Block b = new Ec2Instances(id, r.configAddress(), 0, 0, null, type, n, ebs.gb(), null, Map.of(), ebs.iops(), ebs.throughputMbps(),
                dev.costbench.model.Tenancy.fromFileName(r.text("tenancy")));
        return a.attachTo(b);
    }

    Block ecsService(String id, PlanResource r) {
        Assumptions a = new Assumptions();
        Integer tasks = r.whole("desired_count");
        if (tasks == null) { tasks = ImportDefaults.ECS_TASKS; a.add("desired_count not in the plan: " + tasks + " task assumed"); }
        List<CapacityProviderShare> shares = new ArrayList<>();
        boolean otherProvider = false;
        for (JsonNode s : r.values().path("capacity_provider_strategy")) {
            String provider = s.path("capacity_provider").asText();
            if (provider.equals(CapacityProviderShare.FARGATE) || provider.equals(CapacityProviderShare.FARGATE_SPOT))
                shares.add(new CapacityProviderShare(provider, whole(s, "base", 0, a), whole(s, "weight", 1, a)));
            else otherProvider = true;
        }
        String launch = r.text("launch_type");
        boolean ec2 = otherProvider || "EC2".equalsIgnoreCase(launch);
        Optional<PlanResource> task = referenced(r, "aws_ecs_task_definition").stream().findFirst();
        BigDecimal cpu = task.map(t -> vcpu(t.text("cpu"))).orElse(null);
        BigDecimal memory = task.map(t -> gib(t.text("memory"))).orElse(null);
        if (cpu == null) { cpu = ImportDefaults.FARGATE_CPU; a.add("task CPU not in the plan: " + cpu + " vCPU assumed"); }
        if (memory == null) { memory = ImportDefaults.FARGATE_MEMORY_GB; a.add("task memory not in the plan: " + memory + " GB assumed"); }
        Architecture arch = task.map(t -> t.first("runtime_platform").path("cpu_architecture").asText(""))
                .filter(s -> s.equalsIgnoreCase("ARM64")).map(s -> Architecture.ARM64).orElse(Architecture.X86_64);
        String instanceType = null;
        if (ec2) {
            instanceType = ImportDefaults.INSTANCE_TYPE;
            a.add("tasks run on EC2 capacity" + (otherProvider ? " (a capacity provider other than Fargate)" : "")
                    + ": packed onto " + instanceType + ", assumed");
            shares.clear();
        }
        // Fargate storage above the included 20 GiB (ephemeral_storage.size_in_gib, 21 to 200)
        int ephemeral = task.map(t -> whole(t.first("ephemeral_storage"), "size_in_gib", EcsService.INCLUDED_EPHEMERAL_GB, a))
                .orElse(EcsService.INCLUDED_EPHEMERAL_GB);
        Block b = new EcsService(id, nameOf(r, "name"), 0, 0, null, ec2 ? EcsService.LaunchType.EC2 : EcsService.LaunchType.FARGATE,
                cpu, memory, tasks, arch, shares, instanceType, null, null).withEphemeralStorageGb(ephemeral);
        if (ec2) b = withTemplateTenancy(b, capacityTemplate(r), a);
        return a.attachTo(b);
    }

    Block eksNodeGroup(String id, PlanResource r, List<PlanResource> clusters) {
        Assumptions a = new Assumptions();
        String cluster = clusterName(r, clusters);
        List<String> types = r.texts("instance_types");
        String type = types.isEmpty() ? null : types.getFirst();
        if (type == null) { type = ImportDefaults.EKS_INSTANCE_TYPE; a.add("instance_types not set: EKS's default " + type + " assumed"); }
        if (types.size() > 1) a.add("instance_types lists " + String.join(", ", types) + ": priced as " + type + " only");
        JsonNode scaling = r.first("scaling_config");
        int desired = whole(scaling, "desired_size", 1, a);
        if (!scaling.has("desired_size")) a.add("desired_size not in the plan: 1 node assumed");
        EksNodeGroup.CapacityType capacity = "SPOT".equalsIgnoreCase(r.text("capacity_type"))
                ? EksNodeGroup.CapacityType.SPOT : EksNodeGroup.CapacityType.ON_DEMAND;
        String ami = r.text("ami_type");
        Architecture arch = ami != null && ami.toUpperCase(Locale.ROOT).contains("ARM") ? Architecture.ARM64 : Architecture.X86_64;
        Block b = new EksNodeGroup(id, nameOf(r, "node_group_name"), 0, 0, null, cluster, EksNodeGroup.Mode.MANAGED, type, desired,
                capacity, 0, null, null, arch, support(cluster, clusters, a), null, null);
        b = withTemplateTenancy(b, referenced(r, "aws_launch_template").stream().findFirst(), a);
        return a.attachTo(b);
    }

    Block eksFargateProfile(String id, PlanResource r, List<PlanResource> clusters) {
        Assumptions a = new Assumptions();
        String cluster = clusterName(r, clusters);
        int pods = usageWhole(r, "pods", ImportDefaults.FARGATE_PODS, "pods", a);
        BigDecimal cpu = usageAmount(r, "pod_cpu", ImportDefaults.FARGATE_CPU, "vCPU per pod", a);
        BigDecimal memory = usageAmount(r, "pod_memory_gb", ImportDefaults.FARGATE_MEMORY_GB, "GB per pod", a);
        Block b = new EksNodeGroup(id, nameOf(r, "fargate_profile_name"), 0, 0, null, cluster, EksNodeGroup.Mode.FARGATE, null, 0,
                null, pods, cpu, memory, null, support(cluster, clusters, a), null, null);
        return a.attachTo(b);
    }

    private String clusterName(PlanResource r, List<PlanResource> clusters) {
        String name = r.text("cluster_name");
        if (name != null) return name;
        return referenced(r, "aws_eks_cluster").stream().map(c -> c.text("name")).filter(n -> n != null).findFirst()
                .orElse(r.modulePrefix().isEmpty() ? "default" : r.modulePrefix().replace("module.", "").replaceAll("\\.$", ""));
    }

    /** The cluster's Kubernetes version support, from its upgrade policy; standard when the plan does not say. */
    private static EksNodeGroup.ClusterSupport support(String cluster, List<PlanResource> clusters, Assumptions a) {
        Optional<PlanResource> c = clusters.stream().filter(k -> cluster.equals(k.text("name"))).findFirst();
        String type = c.map(k -> k.first("upgrade_policy").path("support_type").asText(null)).orElse(null);
        if ("EXTENDED".equalsIgnoreCase(type)) return EksNodeGroup.ClusterSupport.EXTENDED;
        if (type == null) a.add("cluster " + cluster + (c.map(k -> k.text("version")).map(v -> " (Kubernetes " + v + ")").orElse(""))
                + " sets no upgrade_policy: priced at the standard-support fee; EKS charges the extended fee once the version leaves standard support");
        return EksNodeGroup.ClusterSupport.STANDARD;
    }

    Block lambda(String id, PlanResource r, List<PlanResource> provisionedConfigs) {
        Assumptions a = new Assumptions();
        Integer memory = r.whole("memory_size");
        if (memory == null) memory = ImportDefaults.LAMBDA_MEMORY_MB;
        Architecture arch = r.texts("architectures").contains("arm64") ? Architecture.ARM64 : Architecture.X86_64;
        int ephemeral = whole(r.first("ephemeral_storage"), "size", LambdaFunction.INCLUDED_EPHEMERAL_MB, a);
        long requests = usageWhole(r, "monthly_requests", ImportDefaults.LAMBDA_REQUESTS_PER_MONTH, "requests a month", a);
        BigDecimal duration = usageAmount(r, "request_duration_ms", ImportDefaults.LAMBDA_DURATION_MS, "ms average duration", a);
        String function = r.text("function_name");
        int provisioned = 0;
        for (PlanResource p : provisionedConfigs) {
            // the function's name when the plan knows it; a reference alone cannot tell for_each instances apart
            String target = p.text("function_name");
            boolean mine = target != null ? target.equals(function) : plan.referencedBy(p).contains(r);
            if (mine) provisioned += Math.max(0, whole(p.values(), "provisioned_concurrent_executions", 0, a));
        }
        BigDecimal hours = null;
        if (provisioned > 0) {
            hours = Money.HOURS_PER_MONTH;
            a.add("provisioned concurrency " + provisioned + " kept all month (" + hours.toPlainString() + " hours), assumed");
        }
        Block b = new LambdaFunction(id, nameOf(r, "function_name"), 0, 0, null, memory, arch, requests, duration, ephemeral,
                provisioned, hours, null);
        return a.attachTo(b);
    }

    Block batchQueue(String id, PlanResource queue) {
        Assumptions a = new Assumptions();
        List<PlanResource> environments = referenced(queue, "aws_batch_compute_environment");
        JsonNode resources = environments.isEmpty() ? null : environments.getFirst().first("compute_resources");
        BatchQueue.Compute compute = BatchQueue.Compute.EC2;
        String type = null;
        if (resources == null || resources.isMissingNode()) {
            a.add("no compute environment with compute_resources in the plan: EC2 On-Demand assumed");
        } else {
            compute = switch (resources.path("type").asText("EC2").toUpperCase(Locale.ROOT)) {
                case "SPOT" -> BatchQueue.Compute.EC2_SPOT;
                case "FARGATE" -> BatchQueue.Compute.FARGATE;
                case "FARGATE_SPOT" -> BatchQueue.Compute.FARGATE_SPOT;
                default -> BatchQueue.Compute.EC2;
            };
            List<String> types = TerraformPlan.list(resources.path("instance_type"));
            type = types.stream().filter(t -> t.contains(".")).findFirst().orElse(null);
        }
        if (environments.size() > 1) a.add("the queue uses " + environments.size() + " compute environments: priced on the first");
        if (!compute.isFargate() && type == null) {
            type = ImportDefaults.BATCH_INSTANCE_TYPE;
            a.add("instance type \"optimal\" or not given: " + type + " assumed");
        }
        long jobs = usageWhole(queue, "monthly_jobs", ImportDefaults.BATCH_JOBS_PER_MONTH, "jobs a month", a);
        BigDecimal vcpu = usageAmount(queue, "job_vcpu", ImportDefaults.BATCH_VCPU_PER_JOB, "vCPU per job", a);
        BigDecimal memory = usageAmount(queue, "job_memory_gb", ImportDefaults.BATCH_MEMORY_GB_PER_JOB, "GB per job", a);
        BigDecimal minutes = usageAmount(queue, "job_duration_minutes", ImportDefaults.BATCH_JOB_MINUTES, "minutes per job", a);
        Block b = new BatchQueue(id, nameOf(queue, "name"), 0, 0, null, compute, compute.isFargate() ? null : type, jobs, vcpu,
                memory, minutes, null, null, null);
        if (!compute.isFargate() && !environments.isEmpty())
            b = withTemplateTenancy(b, referenced(environments.getFirst(), "aws_launch_template").stream().findFirst(), a);
        return a.attachTo(b);
    }

    /**
     * The launch template an ECS service's EC2 capacity comes from: the service's capacity provider, that provider's Auto
     * Scaling group, and the group's launch template (or launch configuration); empty when the plan does not tie them.
     */
    private Optional<PlanResource> capacityTemplate(PlanResource service) {
        for (PlanResource provider : referenced(service, "aws_ecs_capacity_provider"))
            for (PlanResource group : referenced(provider, "aws_autoscaling_group")) {
                Optional<PlanResource> t = referenced(group, "aws_launch_template", "aws_launch_configuration").stream().findFirst();
                if (t.isPresent()) return t;
            }
        return Optional.empty();
    }

    /**
     * The block on the tenancy its launch template asks for: a launch template's {@code placement.tenancy}
     * ({@code default}, {@code dedicated} or {@code host}; a {@code host_id} or {@code host_resource_group_arn} alone means
     * {@code host}, as EC2's LaunchTemplatePlacementRequest says), a launch configuration's {@code placement_tenancy}. A
     * tenancy the block's kind does not allow in its mode (Spot, Fargate, Batch on hosts) is said and left at default,
     * for the reason the kind's spec gives.
     */
    static Block withTemplateTenancy(Block b, Optional<PlanResource> template, Assumptions a) {
        if (template.isEmpty()) return b;
        PlanResource t = template.get();
        String name;
        if (t.type().equals("aws_launch_configuration")) name = t.text("placement_tenancy");
        else {
            JsonNode placement = t.first("placement");
            name = placement.path("tenancy").asText(null);
            if ((name == null || name.isBlank())
                    && (!placement.path("host_id").asText("").isBlank() || !placement.path("host_resource_group_arn").asText("").isBlank()))
                name = Tenancy.HOST.fileName();
        }
        if (name == null || name.isBlank()) return b;
        Tenancy tenancy = Tenancy.fromFileName(name);
        if (tenancy == null) {
            a.add("tenancy \"" + name + "\" of " + t.address() + " is not default, dedicated or host: default (shared hardware) assumed");
            return b;
        }
        if (tenancy == Tenancy.DEFAULT) return b;
        KindSpec spec = BlockSpecs.of(b.kind());
        String refusal = spec.field("tenancy").refusal(tenancy.fileName(), FieldSpec.otherFields(spec, b));
        if (refusal != null) {
            a.add(t.address() + " asks for tenancy " + tenancy.fileName() + ", which this block cannot have (" + refusal
                    + "): priced on shared hardware");
            return b;
        }
        return switch (b) {
            case AutoScalingGroup g -> g.withTenancy(tenancy);
            case EcsService e -> e.withTenancy(tenancy);
            case EksNodeGroup k -> k.withTenancy(tenancy);
            case BatchQueue q -> q.withTenancy(tenancy);
            case Ec2Instances i -> i.withTenancy(tenancy);
            default -> b;
        };
    }

    /**
     * One NAT gateway of the plan: a block of one gateway, named by its Name tag. A private NAT gateway
     * ({@code connectivity_type = "private"}) bills the same hour and GB rates (https://aws.amazon.com/vpc/pricing/).
     */
    Block natGateway(String id, PlanResource r) {
        String name = r.values().path("tags").path("Name").asText(null);
        return new NatGateway(id, name == null || name.isBlank() ? r.address() : name, 0, 0, null, 1);
    }

    /** An internet gateway: the internet as an end of connections. */
    Block internet(String id, PlanResource r) {
        String name = r.values().path("tags").path("Name").asText(null);
        return new Internet(id, name == null || name.isBlank() ? "Internet" : name, 0, 0, null);
    }

    Block loadBalancer(String id, PlanResource r) {
        Assumptions a = new Assumptions();
        LoadBalancer.Type type = "network".equalsIgnoreCase(r.text("load_balancer_type")) ? LoadBalancer.Type.NLB : LoadBalancer.Type.ALB;
        BigDecimal newConnections = usageAmount(r, "new_connections", ImportDefaults.LB_NEW_CONNECTIONS_PER_SEC, "new connections a second", a);
        BigDecimal active = usageAmount(r, "active_connections", ImportDefaults.LB_ACTIVE_CONNECTIONS_PER_MIN, "active connections a minute", a);
        BigDecimal processed = usageAmount(r, "processed_bytes_gb", ImportDefaults.LB_PROCESSED_GB_PER_HOUR, "GB processed an hour", a);
        BigDecimal rules = type == LoadBalancer.Type.ALB
                ? usageAmount(r, "rule_evaluations", ImportDefaults.LB_RULE_EVALUATIONS_PER_SEC, "billable rule evaluations a second", a)
                : BigDecimal.ZERO;
        LoadBalancer.Protocol protocol = type == LoadBalancer.Type.NLB ? nlbProtocol(r, a) : LoadBalancer.Protocol.TCP;
        Block b = new LoadBalancer(id, nameOf(r, "name"), 0, 0, null, type, newConnections, active, processed, rules, protocol, Map.of());
        return a.attachTo(b);
    }

    /**
     * An NLB's protocol from its listeners' {@code protocol}: TCP, UDP, TLS, or TCP_UDP (priced as UDP, whose NLCU holds
     * fewer flows). With listeners of several protocols the block takes the one with the smallest NLCU (TLS, then UDP),
     * so the estimate is not low, and says so; no listener in the plan leaves TCP.
     */
    private LoadBalancer.Protocol nlbProtocol(PlanResource lb, Assumptions a) {
        java.util.Set<LoadBalancer.Protocol> seen = new java.util.TreeSet<>();
        List<String> named = new ArrayList<>();
        for (PlanResource l : plan.resources()) {
            if (!l.type().equals("aws_lb_listener") && !l.type().equals("aws_alb_listener")) continue;
            if (!plan.referencedBy(l).contains(lb)) continue;
            String p = l.text("protocol");
            if (p == null) continue;
            named.add(p);
            switch (p.toUpperCase(Locale.ROOT)) {
                case "UDP", "TCP_UDP" -> seen.add(LoadBalancer.Protocol.UDP);
                case "TLS" -> seen.add(LoadBalancer.Protocol.TLS);
                default -> seen.add(LoadBalancer.Protocol.TCP);
            }
        }
        LoadBalancer.Protocol chosen = seen.contains(LoadBalancer.Protocol.TLS) ? LoadBalancer.Protocol.TLS
                : seen.contains(LoadBalancer.Protocol.UDP) ? LoadBalancer.Protocol.UDP : LoadBalancer.Protocol.TCP;
        if (seen.size() > 1)
            a.add("listeners of protocols " + String.join(", ", new java.util.TreeSet<>(named)) + ": every flow priced as "
                    + chosen.fileName().toUpperCase(Locale.ROOT) + " (the smallest NLCU); draw one block per protocol to split them");
        return chosen;
    }

    /**
     * An App Runner service: its instance configuration's cpu and memory ("1024" or "1 vCPU", "2048" or "2 GB"; AWS's
     * defaults 1 vCPU and 2 GB), min and max size from the auto scaling configuration it refers to (AWS's defaults 1 and
     * 25), automatic deployments as its source configuration says (AWS's default: on). How busy it is comes from the
     * usage file (active_instances, active_percent), else its provisioned instances active all month.
     */
    Block appRunner(String id, PlanResource r) {
        Assumptions a = new Assumptions();
        JsonNode config = r.first("instance_configuration");
        BigDecimal vcpu = appRunnerAmount(config.path("cpu").asText(""), "vcpu", 1024);
        BigDecimal gb = appRunnerAmount(config.path("memory").asText(""), "gb", 1024);
        AppRunnerService.Size size = null;
        for (AppRunnerService.Size s : AppRunnerService.Size.values())
            if (vcpu != null && gb != null && s.vcpu().compareTo(vcpu) == 0 && s.memoryGb().compareTo(gb) == 0) size = s;
        if (size == null) {
            size = AppRunnerService.Size.V1_GB2;
            a.add("instance size: " + (config.isMissingNode() || config.isEmpty() ? "not in the plan" : "cpu \"" + config.path("cpu").asText("")
                    + "\" and memory \"" + config.path("memory").asText("") + "\" are no App Runner configuration") + "; " + size.label() + " assumed");
        }
        int min = 1, max = (int) dev.costbench.model.spec.CrossFieldRules.APP_RUNNER_MAX_SIZE;
        List<PlanResource> scaling = referenced(r, "aws_apprunner_auto_scaling_configuration_version");
        if (scaling.isEmpty()) a.add("auto scaling: none referenced; App Runner's default of " + min + " to " + max + " instances assumed");
        else {
            Integer lo = scaling.getFirst().whole("min_size"), hi = scaling.getFirst().whole("max_size");
            if (lo != null) min = lo;
            if (hi != null) max = hi;
        }
        JsonNode source = r.first("source_configuration");
        boolean automatic = source.path("auto_deployments_enabled").asBoolean(true);
        BigDecimal active = usageAmount(r, "active_instances", BigDecimal.valueOf(min), "instances active while serving", a);
        int percent = usageWhole(r, "active_percent", ImportDefaults.APP_RUNNER_ACTIVE_PERCENT, "% of the month active", a);
        Block b = new AppRunnerService(id, nameOf(r, "service_name"), 0, 0, null, size, min, max, active, percent,
                automatic ? AppRunnerService.Deployments.AUTOMATIC : AppRunnerService.Deployments.MANUAL);
        return a.attachTo(b);
    }

    /** An ECR repository: what it stores and what is pulled from outside its region come from the usage file. */
    Block ecrRepository(String id, PlanResource r) {
        Assumptions a = new Assumptions();
        BigDecimal stored = usageAmount(r, "storage_gb", ImportDefaults.ECR_STORED_GB, "GB stored", a);
        BigDecimal internet = usageAmount(r, "internet_gb", BigDecimal.ZERO, "GB a month pulled from the internet", a);
        BigDecimal crossRegion = usageAmount(r, "cross_region_gb", BigDecimal.ZERO, "GB a month pulled by other regions", a);
        return a.attachTo(new EcrRepository(id, nameOf(r, "name"), 0, 0, null, stored, internet, crossRegion));
    }

    /** "1024" (CPU units or MB), "1 vCPU", "0.5 GB": the amount in vCPU or GB, or null when it is none of these. */
    private static BigDecimal appRunnerAmount(String text, String unit, int perUnit) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) return unit.equals("vcpu") ? BigDecimal.ONE : BigDecimal.valueOf(2);
        try {
            if (t.endsWith(unit)) return new BigDecimal(t.substring(0, t.length() - unit.length()));
            return new BigDecimal(t).divide(BigDecimal.valueOf(perUnit));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private long usageWhole(PlanResource r, String key, long fallback, String what, Assumptions a) {
        BigDecimal v = usage.value(r, key);
        // a figure beyond any count is left for the design's own limits to refuse, by name
        if (v != null) return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : v.setScale(0, RoundingMode.HALF_UP).longValue();
        a.add(what + ": " + String.format(Locale.ROOT, "%,d", fallback) + " assumed (set " + key + " in the usage file)");
        return fallback;
    }

    private int usageWhole(PlanResource r, String key, int fallback, String what, Assumptions a) {
        return (int) Math.min(Integer.MAX_VALUE, usageWhole(r, key, (long) fallback, what, a));
    }

    private BigDecimal usageAmount(PlanResource r, String key, BigDecimal fallback, String what, Assumptions a) {
        BigDecimal v = usage.value(r, key);
        if (v != null) return v;
        a.add(what + ": " + fallback.toPlainString() + " assumed (set " + key + " in the usage file)");
        return fallback;
    }

    /**
     * A whole-number field of the plan ({@code scaling_config.desired_size}), the default when absent. A value that is no
     * count Costbench can take (2.5, "lots", past 2,147,483,647) is not read as another number: the default is used, and
     * said as an assumption.
     */
    private static int whole(JsonNode parent, String field, int fallback, Assumptions a) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) return fallback;
        if (n.isIntegralNumber() && n.canConvertToInt()) return n.intValue();
        if (n.isTextual()) {
            // the provider writes some counts as text ("2")
            try {
                return Integer.parseInt(n.asText().strip());
            } catch (NumberFormatException e) {
                // said below
            }
        }
        a.add(field + " is " + n.asText() + ", not a whole number Costbench can use: " + fallback + " assumed");
        return fallback;
    }

    private static String nameOf(PlanResource r, String field) {
        String name = r.text(field);
        return name == null || name.isBlank() ? r.address() : name;
    }

    /**
     * An instance's EBS volumes as the one gp3 volume a block prices per instance: an aws_instance's
     * {@code root_block_device} and {@code ebs_block_device}, a launch template's {@code block_device_mappings[].ebs}
     * (or a launch configuration's root and ebs blocks). Sizes add up; IOPS and throughput above each volume's
     * included 3,000 and 125 MB/s add up too, so the bill is the same as for the separate volumes. Volumes of another
     * type than gp3 are priced as gp3, said as an assumption.
     */
    private static EbsVolume volumes(PlanResource r, String mappings, Assumptions a) {
        List<JsonNode> found = new ArrayList<>();
        if (mappings != null) for (JsonNode m : r.values().path(mappings)) m.path("ebs").forEach(found::add);
        r.values().path("root_block_device").forEach(found::add);
        r.values().path("ebs_block_device").forEach(found::add);
        int gb = 0, iops = 0, throughput = 0;
        List<String> otherTypes = new ArrayList<>();
        for (JsonNode v : found) {
            gb += Math.max(0, whole(v, "volume_size", 0, a));
            iops += Math.max(0, whole(v, "iops", 0, a) - EbsVolume.INCLUDED_IOPS);
            throughput += Math.max(0, whole(v, "throughput", 0, a) - EbsVolume.INCLUDED_THROUGHPUT_MBPS);
            String volumeType = v.path("volume_type").asText("gp3");
            if (!volumeType.isBlank() && !volumeType.equalsIgnoreCase("gp3")) otherTypes.add(volumeType);
        }
        if (!otherTypes.isEmpty()) a.add("EBS volume type " + String.join(", ", otherTypes) + ": priced as gp3");
        if (found.size() > 1 && gb > 0) a.add(found.size() + " EBS volumes per instance priced as one gp3 volume of " + gb + " GB");
        return new EbsVolume(gb, EbsVolume.INCLUDED_IOPS + iops, EbsVolume.INCLUDED_THROUGHPUT_MBPS + throughput);
    }

    /** 0.250000 as 0.25 and 1024/1024 as 1, never 1E+1. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Task CPU as ECS writes it: CPU units ("256") or "0.25 vCPU". */
    static BigDecimal vcpu(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("vcpu")) return new BigDecimal(t.replace("vcpu", "").strip());
            return plain(new BigDecimal(t).divide(MIB_PER_GIB, 6, RoundingMode.HALF_UP));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Task memory as ECS writes it: MiB ("512") or "2 GB". */
    static BigDecimal gib(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("gb")) return new BigDecimal(t.replace("gb", "").strip());
            return plain(new BigDecimal(t).divide(MIB_PER_GIB, 6, RoundingMode.HALF_UP));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
