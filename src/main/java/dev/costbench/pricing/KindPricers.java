package dev.costbench.pricing;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.pricing.traffic.InternetPricer;
import dev.costbench.pricing.traffic.NatGatewayPricer;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.apprunner.AppRunnerPricer;
import dev.costbench.pricing.asg.AutoScalingGroupPricer;
import dev.costbench.pricing.ecr.EcrRepositoryPricer;
import dev.costbench.pricing.batch.BatchQueuePricer;
import dev.costbench.pricing.ecs.EcsServicePricer;
import dev.costbench.pricing.eks.EksNodeGroupPricer;
import dev.costbench.pricing.elb.LoadBalancerPricer;
import dev.costbench.pricing.lambda.LambdaPricer;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;

/**
 * The one place that maps a block kind to its pricer: adding a kind adds one case here, and the compiler flags
 * this switch when a kind is missing (it has no default).
 */
public final class KindPricers {
    private KindPricers() {}

    /** The pricer of {@code block}, with what it shares with the scenario's other blocks. */
    public static KindPricer of(Block block, RateBook rates, SharedCosts shared) {
        return switch (block) {
            // several weighted types: the twin runs each type's Graviton twin at the same weight
            case AutoScalingGroup a when a.hasOverrides() -> new KindPricer.OnInstanceTypes(
                    a.overrides().stream().map(dev.costbench.model.InstanceOverride::instanceType).toList(),
                    a.instanceType(), a.gravitonType(), types -> AutoScalingGroupPricer.price(withTypes(a, types), null, rates));
            case AutoScalingGroup a -> {
                var fee = shared.dedicatedFee(a);
                yield new KindPricer.OnInstanceType(a.instanceType(), a.gravitonType(),
                        t -> AutoScalingGroupPricer.price(a, t, rates, fee));
            }
            case EcsService s when s.launchType() == EcsService.LaunchType.EC2 -> {
                var fee = shared.dedicatedFee(s);
                yield new KindPricer.OnInstanceType(s.instanceType(), s.gravitonType(), t -> EcsServicePricer.ec2(s, t, rates, fee));
            }
            case EcsService s -> new KindPricer.OnArchitecture(s.architecture(),
                    "the same tasks on arm64 Fargate (Linux/ARM rates)", a -> EcsServicePricer.fargate(s, a, rates));
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED -> {
                var fee = shared.clusterFee(g);
                var dedicatedFee = shared.dedicatedFee(g);
                yield new KindPricer.OnInstanceType(g.instanceType(), g.gravitonType(),
                        t -> EksNodeGroupPricer.managed(g, t, rates, fee, dedicatedFee));
            }
            case EksNodeGroup g -> {
                var fee = shared.clusterFee(g);
                yield new KindPricer.WithoutTwin(() -> EksNodeGroupPricer.fargate(g, g.architecture(), rates, fee),
                        EksNodeGroup.FARGATE_RUNS_X86_ONLY);
            }
            case LambdaFunction f -> {
                var free = shared.freeTier(f);
                var account = shared.lambdaAccount(f);
                // the design shares its architecture's account tiers; the arm64 twin is priced on its own tiers
                yield new KindPricer.OnArchitecture(f.architecture(), "the same function on arm64 (arm duration tiers and rates)",
                        a -> a == f.architecture() ? LambdaPricer.price(f, a, rates, free, account) : LambdaPricer.price(f, a, rates, free));
            }
            case BatchQueue q when q.compute().isFargate() -> new KindPricer.OnArchitecture(q.architecture(),
                    "the same jobs on arm64 Fargate (Linux/ARM rates)", a -> BatchQueuePricer.fargate(q, a, rates));
            case BatchQueue q -> {
                var fee = shared.dedicatedFee(q);
                yield new KindPricer.OnInstanceType(q.instanceType(), q.gravitonType(), t -> BatchQueuePricer.ec2(q, t, rates, fee));
            }
            case LoadBalancer lb -> new KindPricer.WithoutTwin(() -> LoadBalancerPricer.price(lb, rates, shared.albTargets(lb)),
                    "load balancers have no Graviton twin: AWS runs them on its own hardware");
            case AppRunnerService r -> new KindPricer.WithoutTwin(() -> AppRunnerPricer.price(r, rates), AppRunnerPricer.NO_TWIN);
            // a fixed fleet is priced as a group that never scales: one home for EC2 instance and EBS pricing
            case Ec2Instances i -> {
                var fee = shared.dedicatedFee(i);
                yield new KindPricer.OnInstanceType(i.instanceType(), i.gravitonType(),
                        t -> AutoScalingGroupPricer.price(i.asFixedGroup(t), t, rates, fee));
            }
            case EcrRepository e -> new KindPricer.WithoutTwin(() -> EcrRepositoryPricer.price(e, rates), EcrRepositoryPricer.NO_TWIN);
            case NatGateway n -> new KindPricer.WithoutTwin(() -> NatGatewayPricer.price(n, rates), NatGatewayPricer.NO_TWIN);
            case Internet i -> new KindPricer.WithoutTwin(() -> InternetPricer.price(i), InternetPricer.NO_TWIN);
        };
    }

    /** The group with its overrides' types replaced, in order, by {@code types} (weights kept). */
    private static AutoScalingGroup withTypes(AutoScalingGroup a, java.util.List<String> types) {
        if (types.equals(a.overrides().stream().map(dev.costbench.model.InstanceOverride::instanceType).toList())) return a;
        java.util.List<dev.costbench.model.InstanceOverride> out = new java.util.ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) out.add(a.overrides().get(i).withInstanceType(types.get(i)));
        return a.withOverrides(out);
    }

    /**
     * The monthly range of a block that has no load profile: an Auto Scaling group spans its minimum to its maximum
     * size; every other kind costs the same all month.
     */
    public static CostRange unprofiledRange(Block block, RateBook rates, PurchaseOption chosen, BigDecimal monthly) {
        return block instanceof AutoScalingGroup a
                ? AutoScalingGroupPricer.range(a, a.instanceType(), rates, chosen, monthly)
                : new CostRange(monthly, monthly, monthly);
    }
}
