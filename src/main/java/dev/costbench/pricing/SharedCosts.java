package dev.costbench.pricing;

import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.lambda.FreeTierAllowance;

/** What a block's price takes from the scenario's other blocks: its share of an EKS cluster fee or of the Lambda free tier. */
public interface SharedCosts {
    EveryOptionLines clusterFee(EksNodeGroup group);

    FreeTierAllowance freeTier(LambdaFunction function);
}
