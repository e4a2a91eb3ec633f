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

    /**
     * The block's tags. Like an import's assumptions, they ride in {@link #extensions()} under {@link Tags#FIELD}, so
     * every kind carries them and every edit that keeps a block's other fields keeps its tags, without a field per kind.
     */
    default Tags tags() {
        return extensions().get(Tags.FIELD) instanceof Tags t ? t : Tags.NONE;
    }

    /** This block with {@code tags} (none removes the field). */
    default Block withTags(Tags tags) {
        Map<String, Object> out = new java.util.HashMap<>(extensions());
        if (tags == null || tags.isEmpty()) out.remove(Tags.FIELD);
        else out.put(Tags.FIELD, tags);
        return withExtensions(out);
    }
}
