package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * One compute block on the canvas. Every kind is an immutable record; edits produce a new record.
 * {@code purchaseOption} is the option this block is bought under; null means the scenario's default.
 */
public sealed interface Block
        permits AutoScalingGroup, EcsService, EksNodeGroup, LambdaFunction, BatchQueue, LoadBalancer,
                AppRunnerService, EcrRepository, Ec2Instances, NatGateway, Internet {

    String id();

    String name();

    double x();

    double y();

    PurchaseOption purchaseOption();

    BlockKind kind();

    Block withId(String id);

    Block withName(String name);

    Block withPosition(double x, double y);

    Block withPurchaseOption(PurchaseOption purchaseOption);

    /**
     * Fields of this block in its file that this version does not know (a newer Costbench's), kept so that
     * saving the design writes them back; values are the file's JSON values.
     */
    Map<String, Object> extensions();

    Block withExtensions(Map<String, Object> extensions);
}
