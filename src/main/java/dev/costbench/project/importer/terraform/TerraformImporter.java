package dev.costbench.project.importer.terraform;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.BlockIds;
import dev.costbench.project.importer.DepthLayout;
import dev.costbench.project.importer.ImportCheck;
import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportedDesign;
import dev.costbench.project.importer.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code terraform show -json} output onto the canvas: each compute resource a block, VPCs and subnets frames
 * (with an Availability Zone frame per subnet zone), load balancers connected to what their listeners' target
 * groups send traffic to, a public NAT gateway to its VPC's internet gateway. Resources that become no block are
 * listed, by type, in the result.
 */
public final class TerraformImporter {
    /** Resources read as part of a block or a frame, not blocks themselves. */
    private static final Set<String> FOLDED = Set.of("aws_launch_template", "aws_launch_configuration", "aws_ecs_task_definition",
            "aws_ecs_cluster", "aws_eks_cluster", "aws_lambda_provisioned_concurrency_config", "aws_lb_listener",
            "aws_alb_listener", "aws_lb_listener_rule", "aws_alb_listener_rule", "aws_lb_target_group", "aws_alb_target_group",
            "aws_lb_target_group_attachment", "aws_alb_target_group_attachment", "aws_autoscaling_attachment", "aws_vpc", "aws_subnet",
            "aws_apprunner_auto_scaling_configuration_version", "aws_ecr_lifecycle_policy", "aws_ecr_repository_policy",
            "aws_ecs_capacity_provider", "aws_ecs_cluster_capacity_providers");
    private static final Set<String> LOAD_BALANCERS = Set.of("aws_lb", "aws_alb");
    private static final String[] TARGET_GROUPS = {"aws_lb_target_group", "aws_alb_target_group"};

    private final TerraformPlan plan;
    private final ComputeMapping mapping;
    private final EcsCapacity capacity;
    private final BlockIds ids = new BlockIds();
    private final List<Block> blocks = new ArrayList<>();
    /** Block ids by the config address of the resource block they come from. */
    private final Map<String, List<String>> blocksOf = new LinkedHashMap<>();
    private final Map<String, PlanResource> sourceOf = new LinkedHashMap<>();
    private final Map<String, List<String>> notMapped = new TreeMap<>();

    private TerraformImporter(TerraformPlan plan, UsageFile usage) {
        this.plan = plan;
        this.mapping = new ComputeMapping(plan, usage);
        this.capacity = new EcsCapacity(plan, mapping);
    }

    /** Reads the plan (and the usage file, when given) and returns the design; nothing is written. */
    public static ImportedDesign read(Path planFile, Path usageFile) {
        String text = SourceFile.read(planFile);
        UsageFile usage = usageFile == null ? UsageFile.NONE : UsageFile.read(usageFile);
        return fromText(text, planFile.getFileName().toString(), planFile.toString(), usage);
    }

    static ImportedDesign fromText(String text, String name, String file, UsageFile usage) {
        TerraformPlan plan = TerraformPlan.parse(text, file);
        List<PlanResource> all = plan.resources();
        if (all.isEmpty()) throw new DesignImportException(file, null, "the plan has no resources to import");
        if (all.stream().noneMatch(PlanResource::isAws))
            throw new DesignImportException(file, null, "the plan has no AWS resources (it plans "
                    + String.join(", ", all.stream().map(PlanResource::type).distinct().limit(5).toList())
                    + "); Costbench imports designs for AWS");
        TerraformImporter importer = new TerraformImporter(plan, usage);
        Scenario scenario = importer.scenario(plan.region(), file);
        String designName = name.replaceAll("(?i)(\\.tf)?(\\.?plan)?\\.json$", "");
        Project project = new Project(designName, List.of(scenario));
        return new ImportedDesign(ImportCheck.checked(project, file, importer::placeOf), importer.notMappedLines());
    }

    private Scenario scenario(String region, String file) {
        List<PlanResource> clusters = new ArrayList<>(), provisioned = new ArrayList<>();
        for (PlanResource r : plan.resources()) {
            if (r.type().equals("aws_eks_cluster")) clusters.add(r);
            if (r.type().equals("aws_lambda_provisioned_concurrency_config")) provisioned.add(r);
        }
        Set<String> instancesDone = new LinkedHashSet<>();
        Set<String> usedClusters = new LinkedHashSet<>(), usedEnvironments = new LinkedHashSet<>();
        for (PlanResource r : plan.resources()) {
            if (!r.isAws()) { notMapped(r, "not an AWS resource"); continue; }
            // ids are taken once a block is made, so frames keep their resources' own names
            String id = "";
            Block b = switch (r.type()) {
                case "aws_autoscaling_group" -> mapping.autoScalingGroup(id, r, capacity.servicesOn(r));
                case "aws_instance" -> instancesDone.add(r.configAddress())
                        ? mapping.instances(id, plan.instancesOf(r.configAddress())) : null;
                // a service on a group's instances is said on the group's block, which prices those instances once
                case "aws_ecs_service" -> capacity.groupsOf(r).isEmpty() ? mapping.ecsService(id, r) : null;
                case "aws_eks_node_group" -> mapping.eksNodeGroup(id, r, clusters);
                case "aws_eks_fargate_profile" -> mapping.eksFargateProfile(id, r, clusters);
                case "aws_lambda_function" -> mapping.lambda(id, r, provisioned);
                case "aws_batch_job_queue" -> {
                    mapping.referenced(r, "aws_batch_compute_environment").forEach(e -> usedEnvironments.add(e.address()));
                    yield mapping.batchQueue(id, r);
                }
                case "aws_lb", "aws_alb" -> "gateway".equalsIgnoreCase(r.text("load_balancer_type")) ? notMappedNull(r, "Gateway Load Balancer") : mapping.loadBalancer(id, r);
                case "aws_apprunner_service" -> mapping.appRunner(id, r);
                case "aws_ecr_repository" -> mapping.ecrRepository(id, r);
                case "aws_nat_gateway" -> mapping.natGateway(id, r);
                case "aws_internet_gateway" -> mapping.internet(id, r);
                case "aws_batch_compute_environment" -> null;
                default -> {
                    if (!FOLDED.contains(r.type())) notMapped(r, "no Costbench block kind");
                    yield null;
                }
            };
            if (b == null) continue;
            b = b.withId(ids.next(r.type().equals("aws_instance") ? r.configAddress() : r.address()));
            blocks.add(b);
            sourceOf.put(b.id(), r);
            blocksOf.computeIfAbsent(r.configAddress(), k -> new ArrayList<>()).add(b.id());
            if (b instanceof dev.costbench.model.EksNodeGroup k) usedClusters.add(k.cluster());
        }
        // a load balancer that sends traffic to a folded service reaches the group its tasks run on
        for (PlanResource r : plan.resources())
            for (PlanResource g : capacity.groupsOf(r))
                for (String groupBlock : blocksOf.getOrDefault(g.configAddress(), List.of()))
                    if (sourceOf.get(groupBlock).address().equals(g.address()))
                        blocksOf.computeIfAbsent(r.configAddress(), k -> new ArrayList<>()).add(groupBlock);
        for (PlanResource r : plan.resources()) {
            if (r.type().equals("aws_batch_compute_environment") && !usedEnvironments.contains(r.address()))
                notMapped(r, "no job queue in the plan uses it");
            if (r.type().equals("aws_eks_cluster") && !usedClusters.contains(r.text("name")))
                notMapped(r, "no node group or Fargate profile in the plan; its cluster fee is not priced");
        }
        if (blocks.isEmpty())
            throw new DesignImportException(file, null, "the plan has no compute resource Costbench can show (Auto Scaling groups, "
                    + "EC2 instances, ECS services, EKS node groups and Fargate profiles, Lambda functions, Batch queues, load balancers, App Runner services, ECR repositories, NAT gateways)");
        List<String> designAssumptions = new ArrayList<>();
        if (region == null) {
            region = Scenario.DEFAULT_REGION;
            designAssumptions.add("region: the plan names none (no region in the AWS provider, no subnet zone): " + region + " assumed");
        }
        Scenario s = new Scenario("Imported", region, blocks, connections(), null, false,
                "Imported from " + Path.of(file).getFileName() + "; values the plan does not say are listed as assumptions on each block",
                designAssumptions.isEmpty() ? Map.of() : Map.of(Assumptions.FIELD, designAssumptions), new PlanFrames(plan, mapping).frames(blocks, sourceOf, ids));
        return DepthLayout.arrange(s);
    }

    /** Load balancer → whatever a target group of one of its listeners (or listener rules) sends traffic to. */
    private List<Connection> connections() {
        Map<String, Set<String>> balancersOfGroup = new LinkedHashMap<>();
        for (PlanResource r : plan.resources()) {
            if (!r.type().contains("listener")) continue;
            Set<String> balancers = new LinkedHashSet<>();
            for (PlanResource target : plan.referencedBy(r)) {
                if (LOAD_BALANCERS.contains(target.type())) balancers.add(target.configAddress());
                if (target.type().contains("_listener")) plan.referencedBy(target).stream()
                        .filter(x -> LOAD_BALANCERS.contains(x.type())).forEach(x -> balancers.add(x.configAddress()));
            }
            for (PlanResource group : mapping.referenced(r, TARGET_GROUPS))
                balancersOfGroup.computeIfAbsent(group.configAddress(), k -> new LinkedHashSet<>()).addAll(balancers);
        }
        Set<Connection> out = new LinkedHashSet<>();
        for (PlanResource r : plan.resources()) {
            List<PlanResource> groups = mapping.referenced(r, TARGET_GROUPS);
            if (groups.isEmpty()) continue;
            // an attachment ties a target group to the resource it also names; a service or group names its target group itself
            Set<String> targets = r.type().endsWith("attachment")
                    ? plan.referencedBy(r).stream().map(PlanResource::configAddress).filter(blocksOf::containsKey)
                            .collect(java.util.stream.Collectors.toSet())
                    : Set.of(r.configAddress());
            for (PlanResource g : groups)
                for (String lb : balancersOfGroup.getOrDefault(g.configAddress(), Set.of()))
                    for (String target : targets)
                        for (String from : blocksOf.getOrDefault(lb, List.of()))
                            for (String to : blocksOf.getOrDefault(target, List.of()))
                                if (!from.equals(to)) out.add(new Connection(from, to));
        }
        out.addAll(natToInternet());
        return List.copyOf(out);
    }

    /**
     * Each public NAT gateway → the internet gateway of its subnet's VPC (or the plan's only one): the path its traffic
     * to the internet takes. A private NAT gateway ({@code connectivity_type = "private"}) reaches no internet.
     */
    private List<Connection> natToInternet() {
        List<Connection> out = new ArrayList<>();
        List<String> internets = new ArrayList<>();
        sourceOf.forEach((id, r) -> { if (r.type().equals("aws_internet_gateway")) internets.add(id); });
        if (internets.isEmpty()) return out;
        sourceOf.forEach((id, r) -> {
            if (!r.type().equals("aws_nat_gateway") || "private".equalsIgnoreCase(r.text("connectivity_type"))) return;
            Set<String> vpcs = new LinkedHashSet<>();
            for (PlanResource subnet : mapping.referenced(r, "aws_subnet"))
                mapping.referenced(subnet, "aws_vpc").forEach(v -> vpcs.add(v.address()));
            List<String> mine = internets.stream().filter(i -> mapping.referenced(sourceOf.get(i), "aws_vpc").stream()
                    .anyMatch(v -> vpcs.contains(v.address()))).toList();
            if (mine.isEmpty() && internets.size() == 1) mine = internets;
            mine.forEach(i -> out.add(new Connection(id, i)));
        });
        return out;
    }

    private Block notMappedNull(PlanResource r, String why) {
        notMapped(r, why);
        return null;
    }

    private void notMapped(PlanResource r, String why) {
        notMapped.computeIfAbsent(r.type() + " (" + why + ")", k -> new ArrayList<>()).add(r.address());
    }

    private List<String> notMappedLines() {
        List<String> out = new ArrayList<>();
        notMapped.forEach((what, addresses) -> out.add(what + ": " + String.join(", ", addresses)));
        return out;
    }

    /** The plan resource a block came from, for a message about it. */
    private String placeOf(String blockId) {
        PlanResource r = sourceOf.get(blockId);
        return r == null ? blockId : r.address();
    }
}
