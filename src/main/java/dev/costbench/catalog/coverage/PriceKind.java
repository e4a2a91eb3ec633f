package dev.costbench.catalog.coverage;

/** The kinds of price a design can need in a region, in the order coverage is shown. */
public enum PriceKind {
    EC2_ON_DEMAND("EC2 On-Demand", "EC2 OD"),
    RESERVED("Reserved Instances", "RI"),
    SAVINGS_PLANS("Savings Plans", "SP"),
    SPOT("Spot", "Spot"),
    FARGATE("Fargate", "Fargate"),
    LAMBDA("Lambda", "Lambda"),
    ELB("Load balancers", "ELB"),
    EKS("EKS control plane", "EKS"),
    EBS("EBS gp3", "EBS"),
    APP_RUNNER("App Runner", "AppRunner"),
    ECR("ECR storage", "ECR"),
    DATA_TRANSFER("Data transfer out", "Transfer"),
    NAT_GATEWAY("NAT gateway hours and GB processed", "NAT");

    private final String title;
    private final String shortName;

    PriceKind(String title, String shortName) {
        this.title = title;
        this.shortName = shortName;
    }

    public String title() { return title; }

    public String shortName() { return shortName; }
}
