package dev.costbench.model;

/** The compute block kinds, with the names the project file uses. */
public enum BlockKind {
    ASG("asg", "EC2 Auto Scaling group"),
    ECS_SERVICE("ecs-service", "ECS service"),
    EKS_NODE_GROUP("eks-node-group", "EKS node group"),
    LAMBDA("lambda", "Lambda function"),
    BATCH_QUEUE("batch-queue", "Batch queue"),
    LOAD_BALANCER("load-balancer", "Load balancer"),
    APP_RUNNER("app-runner", "App Runner service"),
    ECR_REPOSITORY("ecr-repository", "ECR repository"),
    EC2_INSTANCES("ec2-instances", "EC2 instances"),
    NAT_GATEWAY("nat-gateway", "NAT gateway"),
    INTERNET("internet", "Internet");

    private final String fileName;
    private final String displayName;

    BlockKind(String fileName, String displayName) {
        this.fileName = fileName;
        this.displayName = displayName;
    }

    /** The value of {@code "kind"} in the project file. */
    public String fileName() { return fileName; }

    public String displayName() { return displayName; }

    public static BlockKind fromFileName(String name) {
        for (BlockKind k : values()) if (k.fileName.equals(name)) return k;
        return null;
    }
}
