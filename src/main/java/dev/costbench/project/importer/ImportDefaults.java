package dev.costbench.project.importer;

import dev.costbench.pricing.fargate.FargateSize;

import java.math.BigDecimal;

/**
 * The values an import uses when neither the source nor a usage file says them. Each use is written on the
 * block as an assumption to confirm; docs/import.md lists them.
 */
public final class ImportDefaults {
    private ImportDefaults() {}

    /** A current general-purpose size, for a shape or resource that names no instance type. */
    public static final String INSTANCE_TYPE = "m5.large";
    /** EKS's own choice when a managed node group names no instance type. */
    public static final String EKS_INSTANCE_TYPE = "t3.medium";
    /** For a Batch compute environment left to pick "optimal" instances, which are from the C, M and R families. */
    public static final String BATCH_INSTANCE_TYPE = "c5.large";
    /** An Auto Scaling group drawn without a size: two instances, the smallest group that spans two zones. */
    public static final int ASG_INSTANCES = 2;

    public static final long LAMBDA_REQUESTS_PER_MONTH = 1_000_000;
    public static final BigDecimal LAMBDA_DURATION_MS = BigDecimal.valueOf(200);
    public static final int LAMBDA_MEMORY_MB = 128;

    public static final BigDecimal LB_NEW_CONNECTIONS_PER_SEC = BigDecimal.valueOf(25);
    public static final BigDecimal LB_ACTIVE_CONNECTIONS_PER_MIN = BigDecimal.valueOf(3000);
    public static final BigDecimal LB_PROCESSED_GB_PER_HOUR = BigDecimal.ONE;
    public static final BigDecimal LB_RULE_EVALUATIONS_PER_SEC = BigDecimal.ZERO;

    /** The smallest Fargate size, for a task or pod whose size the source does not give. */
    public static final BigDecimal FARGATE_CPU = FargateSize.ALL.getFirst().vcpu();
    public static final BigDecimal FARGATE_MEMORY_GB = FargateSize.ALL.getFirst().memoryGb();
    public static final int ECS_TASKS = 1;
    public static final int FARGATE_PODS = 1;

    public static final long BATCH_JOBS_PER_MONTH = 1000;
    public static final BigDecimal BATCH_VCPU_PER_JOB = BigDecimal.ONE;
    public static final BigDecimal BATCH_MEMORY_GB_PER_JOB = BigDecimal.valueOf(2);
    public static final BigDecimal BATCH_JOB_MINUTES = BigDecimal.valueOf(10);

    /** An App Runner service serves all month with its provisioned instances active: the most it bills at its minimum size. */
    public static final int APP_RUNNER_ACTIVE_PERCENT = 100;
    /** An ECR repository's stored images when the usage file says none: a handful of images of a few hundred MB. */
    public static final BigDecimal ECR_STORED_GB = BigDecimal.TEN;
}
