package dev.costbench.catalog.coverage;

import dev.costbench.model.BlockKind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

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
    // "NAT gateway", not "NAT": the status bar's "missing … NAT gateway" names the block a user drew
    NAT_GATEWAY("NAT gateway hours and GB processed", "NAT gateway");

    private final String title;
    private final String shortName;

    PriceKind(String title, String shortName) {
        this.title = title;
        this.shortName = shortName;
    }

    /**
     * The kinds of price a block of {@code kind} can be priced with, under any of its options and modes (an ECS
     * service on EC2 or Fargate, an EKS node group or Fargate profile): what a design of such blocks needs.
     */
    public static Set<PriceKind> neededBy(BlockKind kind) {
        return switch (kind) {
            case ASG, EC2_INSTANCES -> EnumSet.of(EC2_ON_DEMAND, RESERVED, SAVINGS_PLANS, SPOT, EBS);
            case ECS_SERVICE, BATCH_QUEUE -> EnumSet.of(EC2_ON_DEMAND, RESERVED, SAVINGS_PLANS, SPOT, EBS, FARGATE);
            case EKS_NODE_GROUP -> EnumSet.of(EC2_ON_DEMAND, RESERVED, SAVINGS_PLANS, SPOT, EBS, FARGATE, EKS);
            case LAMBDA -> EnumSet.of(LAMBDA, SAVINGS_PLANS);
            case LOAD_BALANCER -> EnumSet.of(ELB);
            case APP_RUNNER -> EnumSet.of(APP_RUNNER);
            case ECR_REPOSITORY -> EnumSet.of(ECR, DATA_TRANSFER);
            case NAT_GATEWAY -> EnumSet.of(NAT_GATEWAY, DATA_TRANSFER);
            // traffic to the internet is priced as data transfer out
            case INTERNET -> EnumSet.of(DATA_TRANSFER);
        };
    }

    /** The kinds of price blocks of these kinds need; every kind when there are none (an empty design needs anything). */
    public static Set<PriceKind> neededBy(Collection<BlockKind> kinds) {
        if (kinds.isEmpty()) return EnumSet.allOf(PriceKind.class);
        Set<PriceKind> out = EnumSet.noneOf(PriceKind.class);
        for (BlockKind k : kinds) out.addAll(neededBy(k));
        return out;
    }

    /**
     * The kinds of price a scenario needs: its blocks' and, when a connection carries GB a month, data transfer,
     * which prices cross-AZ and inter-region traffic between any two blocks.
     */
    public static Set<PriceKind> neededBy(dev.costbench.model.Scenario scenario) {
        Set<PriceKind> out = EnumSet.noneOf(PriceKind.class);
        out.addAll(neededBy(scenario.blockKinds()));
        if (scenario.connections().stream().anyMatch(c -> c.sentGb().signum() > 0 || c.returnedGb().signum() > 0))
            out.add(DATA_TRANSFER);
        return out;
    }

    public String title() { return title; }

    public String shortName() { return shortName; }
}
