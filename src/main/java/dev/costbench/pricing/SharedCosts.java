package dev.costbench.pricing;

import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.elb.AlbTargets;
import dev.costbench.pricing.lambda.AccountDuration;
import dev.costbench.pricing.lambda.FreeTierAllowance;

/**
 * What a block's price takes from the scenario's other blocks: its share of an EKS cluster fee, of the Lambda free tier
 * and of the account's Lambda duration tiers, what a load balancer forwards to, and its share of the Dedicated
 * per-region fee.
 */
public interface SharedCosts {
    EveryOptionLines clusterFee(EksNodeGroup group);

    FreeTierAllowance freeTier(LambdaFunction function);

    /** The account's duration total the function's tiers share; null when it is priced on its own tiers. */
    AccountDuration lambdaAccount(LambdaFunction function);

    AlbTargets albTargets(LoadBalancer balancer);

    /** The block's share of the region's Dedicated per-region fee; empty unless it runs Dedicated Instances. */
    EveryOptionLines dedicatedFee(Block block);
}
