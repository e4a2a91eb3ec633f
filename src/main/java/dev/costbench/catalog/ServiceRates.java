package dev.costbench.catalog;

/**
 * Service and dimension names of non-EC2 rates in the catalog. Dimensions are keyed like
 * {@code fargate/linux_x86_vcpu_hour}; the same keys are used in the catalog files.
 */
public final class ServiceRates {
    private ServiceRates() {}

    public static final String FARGATE = "fargate";
    public static final String FARGATE_SPOT = "fargate_spot";
    public static final String LAMBDA = "lambda";
    public static final String ELB = "elb";
    public static final String EKS = "eks";
    public static final String EBS = "ebs";
    public static final String APP_RUNNER = "apprunner";
    public static final String ECR = "ecr";
    /**
     * Dedicated Instances: the per-region fee ({@link #DEDICATED_REGION_FEE}) and, where the catalog has them, an
     * instance type's Dedicated On-Demand rate under the type's name as the dimension (e.g. {@code ec2_dedicated/m5.large}).
     */
    public static final String EC2_DEDICATED = "ec2_dedicated";
    /** Dedicated Hosts: a host's On-Demand rate per host-hour under the instance family as the dimension ({@code ec2_host/m5}). */
    public static final String EC2_HOST = "ec2_host";
    /**
     * Dedicated Host Reservations, from an imported offer file only: per host family and offer, the hourly rate per
     * host-hour and the upfront fee per host for the term ({@link #hostReservedDimension}).
     */
    public static final String EC2_HOST_RESERVED = "ec2_host_reserved";

    /** {@code m5/1y/standard/partial-upfront/hourly} (per host-hour) or {@code .../upfront} (per host, once a term). */
    public static String hostReservedDimension(String family, dev.costbench.model.purchase.ReservedKey offer, boolean upfront) {
        return family + "/" + offer.key() + (upfront ? "/upfront" : "/hourly");
    }

    /** The hourly fee of every hour in which at least one Dedicated Instance runs in the region. */
    public static final String DEDICATED_REGION_FEE = "region_fee_hour";
    /** Data transfer out of a region: to the internet (tiered) and to other regions. */
    public static final String DATA_TRANSFER = "data_transfer";
    /** VPC: NAT gateways. */
    public static final String VPC = "vpc";

    public static final String FARGATE_X86_VCPU = "linux_x86_vcpu_hour";
    public static final String FARGATE_X86_GB = "linux_x86_gb_hour";
    public static final String FARGATE_ARM_VCPU = "linux_arm_vcpu_hour";
    public static final String FARGATE_ARM_GB = "linux_arm_gb_hour";
    /** Task ephemeral storage above the 20 GB every task includes, per GB-hour. */
    public static final String FARGATE_EPHEMERAL = "ephemeral_storage_gb_hour";

    public static final String LAMBDA_REQUESTS = "requests";
    public static final String LAMBDA_X86_TIER1 = "duration_x86_tier1";
    public static final String LAMBDA_X86_TIER2 = "duration_x86_tier2";
    public static final String LAMBDA_X86_TIER3 = "duration_x86_tier3";
    public static final String LAMBDA_ARM_TIER1 = "duration_arm_tier1";
    public static final String LAMBDA_ARM_TIER2 = "duration_arm_tier2";
    public static final String LAMBDA_ARM_TIER3 = "duration_arm_tier3";
    public static final String LAMBDA_EPHEMERAL = "ephemeral_storage_gb_second";
    public static final String LAMBDA_PC_X86 = "provisioned_concurrency_x86";
    public static final String LAMBDA_PC_ARM = "provisioned_concurrency_arm";
    public static final String LAMBDA_PC_DURATION_X86 = "duration_with_provisioned_concurrency_x86";
    public static final String LAMBDA_PC_DURATION_ARM = "duration_with_provisioned_concurrency_arm";

    public static final String ALB_HOUR = "alb_hour";
    public static final String ALB_LCU_HOUR = "alb_lcu_hour";
    public static final String NLB_HOUR = "nlb_hour";
    public static final String NLB_NLCU_HOUR = "nlb_nlcu_hour";

    public static final String EKS_STANDARD = "cluster_hour_standard_support";
    public static final String EKS_EXTENDED = "cluster_hour_extended_support";

    public static final String EBS_GP3 = "gp3_storage";
    /** gp3 IOPS provisioned above the 3,000 every volume includes, per IOPS-month. */
    public static final String EBS_GP3_IOPS = "gp3_iops";
    /** gp3 throughput provisioned above the 125 MB/s every volume includes, per MB/s-month. */
    public static final String EBS_GP3_THROUGHPUT = "gp3_throughput";

    /** App Runner: vCPU and memory of active instances, memory of provisioned (idle) ones, the automatic deployments fee. */
    public static final String APP_RUNNER_ACTIVE_VCPU = "active_vcpu_hour";
    public static final String APP_RUNNER_ACTIVE_GB = "active_gb_hour";
    public static final String APP_RUNNER_PROVISIONED_GB = "provisioned_gb_hour";
    public static final String APP_RUNNER_DEPLOYMENTS = "automatic_deployments_month";

    public static final String ECR_STORAGE = "storage_gb_month";

    /** Internet egress tiers a month: first 10 TB, next 40 TB, next 100 TB, over 150 TB (TB of 1,024 GB). */
    public static final String EGRESS_FIRST_10TB = "internet_egress_first_10tb";
    public static final String EGRESS_NEXT_40TB = "internet_egress_next_40tb";
    public static final String EGRESS_NEXT_100TB = "internet_egress_next_100tb";
    public static final String EGRESS_OVER_150TB = "internet_egress_over_150tb";
    /** Out to another AWS region. */
    public static final String INTER_REGION_OUT = "inter_region_out_other_regions";
    /** Out of us-east-1 or us-east-2 to the other US East region. */
    public static final String INTER_REGION_OUT_US_EAST = "inter_region_out_to_us_east";
    /** Between Availability Zones of one region, per GB in each direction. */
    public static final String CROSS_AZ = "intra_region_inter_az";

    /** A NAT gateway's hour, and each GB it processes. */
    public static final String NAT_GATEWAY_HOUR = "nat_gateway_hour";
    public static final String NAT_GATEWAY_GB = "nat_gateway_data_processed";
}
