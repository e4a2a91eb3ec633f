package dev.costbench.model.spec;

import java.math.BigDecimal;

/**
 * The limits the design file, the inspector and the validator share, each with where it comes from. Where AWS
 * publishes a hard limit it is used; where AWS has none (or only an adjustable quota), the limit only keeps a typo
 * of three extra zeros out of a design and is wide enough that no real design reaches it.
 */
final class AwsLimits {
    private AwsLimits() {}

    // EC2 Auto Scaling has no per-group instance limit, only per-account vCPU quotas that can be raised:
    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-quotas.html
    // A tag key is 1 to 128 Unicode characters, a value 0 to 256, a resource has at most 50 tags; keys and values use
    // letters, digits, spaces and _ . : / = + - @, and neither may start with "aws:" (any case), which AWS reserves:
    // https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html (Tag naming limits and requirements)
    static final int TAG_KEY_CHARS = 128;
    static final int TAG_VALUE_CHARS = 256;
    static final int TAGS_PER_RESOURCE = 50;
    static final long INSTANCES = 100_000;
    // A mixed-instances policy lists at most 40 instance types (launch template overrides), each weighing 1 to 999
    // capacity units (WeightedCapacity): https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_LaunchTemplateOverrides.html
    static final int ASG_OVERRIDES = 40;
    static final long ASG_WEIGHT = 999;
    // Tasks per ECS service is an adjustable quota; pods per EKS cluster likewise:
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
    static final long TASKS = 100_000;
    // A capacity provider strategy's base is 0 to 100,000 and its weight 0 to 1,000:
    // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html
    static final long PROVIDER_BASE = 100_000;
    static final long PROVIDER_WEIGHT = 1_000;
    // A gp3 volume is 1 to 65,536 GiB (64 TiB), 0 meaning no volume: the Size parameter of
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html
    static final long EBS_GB = 65_536;
    // A gp3 volume takes 3,000 to 80,000 IOPS and 125 to 2,000 MiB/s (gp3 limits raised 2025-09), the Iops and
    // Throughput parameters of https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html
    static final long EBS_GP3_IOPS = 80_000;
    static final long EBS_GP3_THROUGHPUT_MBPS = 2_000;
    // A Fargate task's ephemeral storage is 20 GiB (included) up to 200 GiB, the task definition's
    // ephemeralStorage.sizeInGiB: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html
    static final long FARGATE_MIN_EPHEMERAL_GB = 20;
    static final long FARGATE_MAX_EPHEMERAL_GB = 200;
    // An EKS Fargate pod can request up to 175 GiB of ephemeral storage (Kubernetes ephemeral-storage requests,
    // since 2023-08): https://aws.amazon.com/blogs/containers/amazon-eks-fargate-adds-support-for-larger-ephemeral-volumes
    static final long EKS_FARGATE_MAX_EPHEMERAL_GB = 175;
    // An ECS task on EC2 takes at most 192 vCPU (196,608 CPU units), task-level "cpu" in
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
    static final BigDecimal ECS_TASK_VCPU = BigDecimal.valueOf(192);
    // A pod or Batch job fits on one instance; the largest EC2 instances have 448 vCPU and 24 TiB of memory:
    // https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html (u7in and u-24tb1 families)
    static final BigDecimal INSTANCE_VCPU = BigDecimal.valueOf(448);
    static final BigDecimal INSTANCE_GB = BigDecimal.valueOf(24_576);
    // Lambda: memory 128 to 10,240 MB, ephemeral storage 512 to 10,240 MB, timeout 900 seconds:
    // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
    static final long LAMBDA_MIN_MB = 128;
    static final long LAMBDA_MAX_MB = 10_240;
    static final long LAMBDA_MIN_EPHEMERAL_MB = 512;
    static final BigDecimal LAMBDA_MAX_DURATION_MS = BigDecimal.valueOf(900_000);
    // A 31-day month has 744 hours (AWS bills provisioned concurrency per hour it is on): the most any month holds
    static final BigDecimal HOURS_IN_LONGEST_MONTH = BigDecimal.valueOf(31 * 24);
    static final BigDecimal MINUTES_IN_LONGEST_MONTH = BigDecimal.valueOf(31 * 24 * 60);
    // Lambda bills requests per million; no quota limits a month's total, so this only catches a typo
    static final long REQUESTS_PER_MONTH = 1_000_000_000_000L;
    // Batch has no monthly job quota (submissions are throttled per second), so this only catches a typo
    static final long JOBS_PER_MONTH = 1_000_000_000L;
    // Load balancer capacity units have no published ceiling; this only catches a typo
    static final BigDecimal LB_RATE = BigDecimal.valueOf(1_000_000_000L);
    // An App Runner auto scaling configuration's MinSize and MaxSize are 1 to 25:
    // https://docs.aws.amazon.com/apprunner/latest/api/API_CreateAutoScalingConfiguration.html
    static final long APP_RUNNER_MIN_SIZE = 1;
    static final long APP_RUNNER_MAX_SIZE = 25;
    // ECR publishes no storage or transfer ceiling (a registry's layers are unlimited); this only catches a typo
    static final BigDecimal ECR_GB = BigDecimal.valueOf(1_000_000_000L);
    // NAT gateways: AWS's default quota is 5 per Availability Zone, raised on request
    // (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html); this only catches a typo
    static final long NAT_GATEWAYS = 1_000;
    // Traffic on a connection has no ceiling; this only catches a typo (a billion GB is about a zettabyte a year)
    static final BigDecimal TRAFFIC_GB = BigDecimal.valueOf(1_000_000_000L);
}
