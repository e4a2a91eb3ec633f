package dev.costbench.project.importer.drawio;

import dev.costbench.model.ContainerKind;

import java.util.Map;
import java.util.Set;

/** What each draw.io AWS shape (its name after {@code mxgraph.aws4.}) becomes: a block kind, a frame, or nothing. */
final class AwsShapes {
    private AwsShapes() {}

    enum Compute { AUTO_SCALING_GROUP, EC2_INSTANCE, ECS, EKS, LAMBDA, BATCH, ALB, NLB, LOAD_BALANCER, APP_RUNNER, ECR, NAT_GATEWAY, INTERNET }

    private static final Map<String, Compute> COMPUTE = Map.ofEntries(
            Map.entry("auto_scaling2", Compute.AUTO_SCALING_GROUP), Map.entry("auto_scaling", Compute.AUTO_SCALING_GROUP),
            Map.entry("ec2_auto_scaling", Compute.AUTO_SCALING_GROUP), Map.entry("group_auto_scaling_group", Compute.AUTO_SCALING_GROUP),
            Map.entry("ec2", Compute.EC2_INSTANCE), Map.entry("instance", Compute.EC2_INSTANCE), Map.entry("instance2", Compute.EC2_INSTANCE),
            Map.entry("instances", Compute.EC2_INSTANCE),
            Map.entry("ecs", Compute.ECS), Map.entry("elastic_container_service", Compute.ECS), Map.entry("ecs_service", Compute.ECS),
            Map.entry("fargate", Compute.ECS), Map.entry("ecs_task", Compute.ECS),
            Map.entry("eks", Compute.EKS), Map.entry("elastic_kubernetes_service", Compute.EKS), Map.entry("eks_cloud", Compute.EKS),
            Map.entry("lambda", Compute.LAMBDA), Map.entry("lambda_function", Compute.LAMBDA),
            Map.entry("batch", Compute.BATCH),
            Map.entry("application_load_balancer", Compute.ALB), Map.entry("network_load_balancer", Compute.NLB),
            Map.entry("elastic_load_balancing", Compute.LOAD_BALANCER),
            Map.entry("app_runner", Compute.APP_RUNNER),
            Map.entry("ecr", Compute.ECR), Map.entry("elastic_container_registry", Compute.ECR), Map.entry("registry", Compute.ECR),
            Map.entry("nat_gateway", Compute.NAT_GATEWAY),
            // the internet gateway is where a VPC meets the internet: an arrow to it is traffic to the internet
            Map.entry("internet_gateway", Compute.INTERNET), Map.entry("internet", Compute.INTERNET),
            Map.entry("internet_alt1", Compute.INTERNET), Map.entry("internet_alt2", Compute.INTERNET),
            Map.entry("internet_alt22", Compute.INTERNET));

    /** Shapes whose service has no block kind yet: listed by name so the user knows they were seen. */
    static final Set<String> KNOWN_WITHOUT_KIND = Set.of("classic_load_balancer", "gateway_load_balancer");

    static Compute compute(String shape) { return shape == null ? null : COMPUTE.get(shape); }

    /** The frame a group shape draws, or null. Subnets tell public from private by label, then by AWS's colours. */
    static ContainerKind frame(Cell c) {
        String shape = c.awsShape();
        String label = c.label().toLowerCase();
        if (shape != null) switch (shape) {
            case "group_aws_cloud", "group_aws_cloud_alt" -> { return ContainerKind.AWS_CLOUD; }
            case "group_region" -> { return ContainerKind.REGION; }
            case "group_vpc", "group_vpc2" -> { return ContainerKind.VPC; }
            case "group_availability_zone" -> { return ContainerKind.AVAILABILITY_ZONE; }
            case "group_subnet", "group_security_group", "group_public_subnet", "group_private_subnet" -> {
                if (label.contains("public") || shape.contains("public")) return ContainerKind.PUBLIC_SUBNET;
                if (label.contains("private") || shape.contains("private")) return ContainerKind.PRIVATE_SUBNET;
                String stroke = c.style().getOrDefault("strokeColor", "").toUpperCase();
                if (stroke.equals("#7AA116") || stroke.equals("#248814")) return ContainerKind.PUBLIC_SUBNET;
                if (stroke.equals("#00A4A6") || stroke.equals("#147EBA")) return ContainerKind.PRIVATE_SUBNET;
                return null;
            }
            default -> { return null; }
        }
        // AWS's Availability Zone is a plain dashed frame; its label says what it is
        if (c.vertex() && (label.contains("availability zone") || label.matches("[a-z]{2}(-[a-z]+)+-\\d+[a-z]")))
            return ContainerKind.AVAILABILITY_ZONE;
        return null;
    }
}
