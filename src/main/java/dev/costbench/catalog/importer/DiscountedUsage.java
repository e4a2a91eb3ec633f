package dev.costbench.catalog.importer;

import dev.costbench.catalog.ServiceRates;

import java.util.Map;

/**
 * What a Savings Plans rate discounts, in the catalog's terms: Linux instance-hours of one EC2 type, the host-hours
 * of one Dedicated Host family, or a Fargate or Lambda dimension. Requests, Fargate Spot and other services are not
 * discounted by a plan.
 */
sealed interface DiscountedUsage {
    record InstanceHours(String instanceType) implements DiscountedUsage {}

    record ServiceUsage(String service, String dimension, String unit) implements DiscountedUsage {}

    Map<String, ServiceUsage> FARGATE = Map.of(
            "Fargate-vCPU-Hours:perCPU", new ServiceUsage(ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU, "vCPU-hour"),
            "Fargate-GB-Hours", new ServiceUsage(ServiceRates.FARGATE, ServiceRates.FARGATE_X86_GB, "GB-hour"),
            "Fargate-ARM-vCPU-Hours:perCPU", new ServiceUsage(ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_VCPU, "vCPU-hour"),
            "Fargate-ARM-GB-Hours", new ServiceUsage(ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_GB, "GB-hour"));

    Map<String, ServiceUsage> LAMBDA = Map.of(
            "Lambda-GB-Second", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1, "GB-second"),
            "Lambda-GB-Second-ARM", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_ARM_TIER1, "GB-second"),
            "Lambda-Provisioned-Concurrency", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_X86, "GB-second"),
            "Lambda-Provisioned-Concurrency-ARM", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_ARM, "GB-second"),
            "Lambda-Provisioned-GB-Second", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_X86, "GB-second"),
            "Lambda-Provisioned-GB-Second-ARM", new ServiceUsage(ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_ARM, "GB-second"));

    /** A Dedicated Host's usage type without its region prefix: {@code HostUsage:<family>}. */
    String HOST_USAGE = "HostUsage:";

    /** The usage a rate discounts, or null when Costbench does not price it under a plan. */
    static DiscountedUsage of(String serviceCode, String usageType, String operation) {
        String usage = AwsRegionNames.usageWithoutRegion(usageType);
        return switch (serviceCode) {
            // RunInstances alone is Linux; RunInstances:0002 and the like carry an OS licence
            case "AmazonEC2" -> !operation.equals("RunInstances") ? null
                    : usage.startsWith("BoxUsage:") ? new InstanceHours(usage.substring("BoxUsage:".length()))
                    // a Dedicated Host's hours, per family: Savings Plans apply to them (EC2 User Guide, Dedicated Hosts,
                    // "Pricing and billing" → "Savings Plans"); kept as the ec2_host dimension its On-Demand rate has
                    : usage.startsWith(HOST_USAGE) && usage.length() > HOST_USAGE.length()
                            ? new ServiceUsage(ServiceRates.EC2_HOST, usage.substring(HOST_USAGE.length()), "hour") : null;
            case "AmazonECS" -> FARGATE.get(usage);
            case "AWSLambda" -> LAMBDA.get(usage);
            default -> null;
        };
    }
}
