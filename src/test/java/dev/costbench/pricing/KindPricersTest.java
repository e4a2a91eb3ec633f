package dev.costbench.pricing;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.elb.AlbTargets;
import dev.costbench.pricing.lambda.AccountDuration;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.pricing.lambda.FreeTierAllowance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Every kind's palette template has a pricer in the registry, and it names the twin its kind allows. */
class KindPricersTest {
    /** Nothing is shared: the registry only builds the pricer, it prices nothing until asked. */
    private static final SharedCosts ALONE = new SharedCosts() {
        public EveryOptionLines clusterFee(EksNodeGroup g) { return null; }
        public FreeTierAllowance freeTier(LambdaFunction f) { return FreeTierAllowance.NONE; }
        public AccountDuration lambdaAccount(LambdaFunction f) { return null; }
        public AlbTargets albTargets(LoadBalancer lb) {
            return AlbTargets.OTHER;
        }
        public EveryOptionLines dedicatedFee(dev.costbench.model.Block b) { return null; }
    };

    @Test
    void everyKindsTemplateHasThePricerOfItsTwin() {
        Map<BlockKind, Class<?>> twin = new EnumMap<>(BlockKind.class);
        for (BlockKind kind : BlockKind.values()) {
            Block template = BlockSpecs.of(kind).template().create("b", "m5.large");
            twin.put(kind, KindPricers.of(template, null, ALONE).getClass());
        }
        // the templates: an ASG, ECS and Batch on their file defaults, EKS managed nodes, Lambda, an ALB
        assertEquals(KindPricer.OnInstanceType.class, twin.get(BlockKind.ASG));
        assertEquals(KindPricer.OnArchitecture.class, twin.get(BlockKind.LAMBDA));
        assertEquals(KindPricer.WithoutTwin.class, twin.get(BlockKind.LOAD_BALANCER));
    }

    @Test
    void anInstanceKindIsPricedOnItsOwnTypeAndAnEcsServiceByItsLaunchType() {
        AutoScalingGroup group = AutoScalingGroup.of("web", "Web", "m5.large", 1, 2, 3);
        var pricer = assertInstanceOf(KindPricer.OnInstanceType.class, KindPricers.of(group, null, ALONE));
        assertEquals("m5.large", pricer.type());

        EcsService fargate = new EcsService("api", "API", 0, 0, null, EcsService.LaunchType.FARGATE, BigDecimal.ONE,
                BigDecimal.TWO, 4, Architecture.X86_64, List.of(), null, null, null);
        EcsService onEc2 = fargate.withEc2("c6i.large");
        assertEquals("c6i.large", assertInstanceOf(KindPricer.OnInstanceType.class, KindPricers.of(onEc2, null, ALONE)).type());
        var onFargate = assertInstanceOf(KindPricer.OnArchitecture.class, KindPricers.of(fargate, null, ALONE));
        assertEquals(Architecture.X86_64, onFargate.architecture());
    }
}
