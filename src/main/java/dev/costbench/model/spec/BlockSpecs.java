package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The spec of every block kind: the design file's reader and writer, the validator, the inspector, the palette
 * and the file format's documentation all read a kind's fields, limits, labels and defaults from here.
 */
public final class BlockSpecs {
    private BlockSpecs() {}

    /** Fields every block has: id, kind, name, purchase option and position. */
    public static final List<FieldSpec> COMMON = Common.FIELDS;

    /**
     * The block field that lists what an import assumed because its source did not say it: kept for the people who
     * confirm them, never priced, so the validator does not report it as unknown.
     */
    public static final String ASSUMPTIONS = "assumptions";

    /** One entry of an ECS service's {@code capacityProviders}: provider, base and weight. */
    public static final List<FieldSpec> CAPACITY_PROVIDER = EcsServiceSpec.PROVIDER;

    /** One entry of an Auto Scaling group's {@code overrides}: instance type and weight. */
    public static final List<FieldSpec> ASG_OVERRIDE = AutoScalingGroupSpec.OVERRIDE;

    /** The most instance types an Auto Scaling group's mixed-instances policy lists (AWS's limit). */
    public static final int MAX_ASG_OVERRIDES = AutoScalingGroupSpec.MAX_OVERRIDES;
    /** A connection's traffic fields (GB a month each way). */
    public static final List<FieldSpec> CONNECTION = ConnectionSpec.FIELDS;

    /** How far from the origin a block or frame may sit on the canvas. */
    public static final BigDecimal CANVAS_EDGE = Common.CANVAS_EDGE;

    /** The longest block id. */
    public static final int MAX_ID_LENGTH = Common.MAX_ID_LENGTH;

    private static final Map<BlockKind, KindSpec> SPECS = specs();

    public static KindSpec of(BlockKind kind) { return SPECS.get(kind); }

    /** Adding a kind is adding a line here: the switch lets the compiler name every kind that lacks a spec. */
    private static Map<BlockKind, KindSpec> specs() {
        Map<BlockKind, KindSpec> out = new EnumMap<>(BlockKind.class);
        for (BlockKind kind : BlockKind.values()) {
            out.put(kind, switch (kind) {
                case ASG -> AutoScalingGroupSpec.spec();
                case ECS_SERVICE -> EcsServiceSpec.spec();
                case EKS_NODE_GROUP -> EksNodeGroupSpec.spec();
                case LAMBDA -> LambdaSpec.spec();
                case BATCH_QUEUE -> BatchQueueSpec.spec();
                case LOAD_BALANCER -> LoadBalancerSpec.spec();
                case APP_RUNNER -> AppRunnerServiceSpec.spec();
                case ECR_REPOSITORY -> EcrRepositorySpec.spec();
                case EC2_INSTANCES -> Ec2InstancesSpec.spec();
                case NAT_GATEWAY -> NatGatewaySpec.spec();
                case INTERNET -> InternetSpec.spec();
            });
        }
        return out;
    }
}
