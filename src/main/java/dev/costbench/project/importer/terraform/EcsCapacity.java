package dev.costbench.project.importer.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costbench.model.CapacityProviderShare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Auto Scaling groups of a plan hold the EC2 instances that ECS services run their tasks on, so those instances
 * are priced once, on the group's block. ECS adds no charge for EC2 capacity: the bill is the group's instances
 * (https://aws.amazon.com/ecs/pricing/). A service reaches its groups through
 * <ul>
 *   <li>its {@code capacity_provider_strategy}: each provider other than FARGATE / FARGATE_SPOT, by reference or by
 *       name;</li>
 *   <li>with {@code launch_type = "EC2"}: every capacity provider of its cluster (the cluster's
 *       {@code aws_ecs_cluster_capacity_providers}), whose groups register the cluster's container instances;</li>
 *   <li>with neither: its cluster's {@code default_capacity_provider_strategy}, when it names EC2 providers;</li>
 * </ul>
 * and each provider's {@code auto_scaling_group_provider.auto_scaling_group_arn} names its group. A service whose
 * strategy mixes Fargate and EC2 providers is not folded: its Fargate share would be lost.
 */
final class EcsCapacity {
    private final TerraformPlan plan;
    private final ComputeMapping mapping;
    /** Group address → the services on its instances, in plan order. */
    private final Map<String, List<PlanResource>> servicesOn = new LinkedHashMap<>();
    /** Service address → the groups its tasks run on. */
    private final Map<String, List<PlanResource>> groupsOf = new LinkedHashMap<>();
    /** Service address → the capacity providers that lead to them. */
    private final Map<String, List<PlanResource>> providersOf = new LinkedHashMap<>();

    EcsCapacity(TerraformPlan plan, ComputeMapping mapping) {
        this.plan = plan;
        this.mapping = mapping;
        for (PlanResource service : plan.resources()) {
            if (!service.type().equals("aws_ecs_service")) continue;
            List<PlanResource> providers = providers(service);
            Set<PlanResource> groups = new LinkedHashSet<>();
            for (PlanResource p : providers) groups.addAll(mapping.referenced(p, "aws_autoscaling_group"));
            if (groups.isEmpty()) continue;
            groupsOf.put(service.address(), List.copyOf(groups));
            providersOf.put(service.address(), providers);
            for (PlanResource g : groups) servicesOn.computeIfAbsent(g.address(), k -> new ArrayList<>()).add(service);
        }
    }

    /** The groups whose instances run {@code service}'s tasks; empty when it runs on Fargate or the plan does not say. */
    List<PlanResource> groupsOf(PlanResource service) { return groupsOf.getOrDefault(service.address(), List.of()); }

    /** The capacity providers through which {@code service} reaches its groups. */
    List<PlanResource> providersOf(PlanResource service) { return providersOf.getOrDefault(service.address(), List.of()); }

    /** The ECS services whose tasks run on {@code group}'s instances. */
    List<PlanResource> servicesOn(PlanResource group) { return servicesOn.getOrDefault(group.address(), List.of()); }

    private List<PlanResource> providers(PlanResource service) {
        JsonNode strategy = service.values().path("capacity_provider_strategy");
        if (strategy.isArray() && !strategy.isEmpty()) return ec2ProvidersOf(strategy, mapping.referenced(service, "aws_ecs_capacity_provider"));
        List<PlanResource> clusterProviders = clusterProviders(service);
        if (clusterProviders.isEmpty()) return List.of();
        if ("EC2".equalsIgnoreCase(service.text("launch_type"))) return clusterProviders;
        if (service.text("launch_type") != null) return List.of(); // FARGATE or EXTERNAL
        for (PlanResource link : links(service)) {
            JsonNode defaults = link.values().path("default_capacity_provider_strategy");
            if (defaults.isArray() && !defaults.isEmpty()) return ec2ProvidersOf(defaults, mapping.referenced(link, "aws_ecs_capacity_provider"));
        }
        return List.of();
    }

    /**
     * The EC2 capacity providers a strategy names, by reference ({@code referenced}) or by the {@code name} it writes;
     * none when it also names FARGATE or FARGATE_SPOT, so a mixed service keeps its own block.
     */
    private List<PlanResource> ec2ProvidersOf(JsonNode strategy, List<PlanResource> referenced) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode s : strategy) {
            String name = s.path("capacity_provider").asText("");
            if (name.equals(CapacityProviderShare.FARGATE) || name.equals(CapacityProviderShare.FARGATE_SPOT)) return List.of();
            if (!name.isBlank()) names.add(name);
        }
        Set<PlanResource> out = new LinkedHashSet<>(referenced);
        for (PlanResource p : plan.resources())
            if (p.type().equals("aws_ecs_capacity_provider") && names.contains(p.text("name"))) out.add(p);
        return List.copyOf(out);
    }

    /** The capacity providers attached to the service's cluster. */
    private List<PlanResource> clusterProviders(PlanResource service) {
        Set<PlanResource> out = new LinkedHashSet<>();
        for (PlanResource link : links(service)) {
            out.addAll(mapping.referenced(link, "aws_ecs_capacity_provider"));
            Set<String> names = new LinkedHashSet<>(link.texts("capacity_providers"));
            for (PlanResource p : plan.resources())
                if (p.type().equals("aws_ecs_capacity_provider") && names.contains(p.text("name"))) out.add(p);
        }
        return List.copyOf(out);
    }

    /** The {@code aws_ecs_cluster_capacity_providers} of the service's cluster, by reference or by cluster name. */
    private List<PlanResource> links(PlanResource service) {
        List<PlanResource> clusters = mapping.referenced(service, "aws_ecs_cluster");
        Set<String> clusterNames = new LinkedHashSet<>();
        clusters.forEach(c -> { if (c.text("name") != null) clusterNames.add(c.text("name")); });
        String named = service.text("cluster");
        if (named != null) clusterNames.add(named.substring(named.lastIndexOf('/') + 1));
        List<PlanResource> out = new ArrayList<>();
        for (PlanResource link : plan.resources()) {
            if (!link.type().equals("aws_ecs_cluster_capacity_providers")) continue;
            boolean mine = mapping.referenced(link, "aws_ecs_cluster").stream().anyMatch(clusters::contains)
                    || clusterNames.contains(link.text("cluster_name"));
            if (mine) out.add(link);
        }
        return out;
    }
}
