package dev.costbench.pricing.fargate;

import dev.costbench.model.CapacityProviderShare;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FargateCapacityMixTest {

    private static CapacityProviderShare fargate(int base, int weight) {
        return new CapacityProviderShare(CapacityProviderShare.FARGATE, base, weight);
    }

    private static CapacityProviderShare spot(int base, int weight) {
        return new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, base, weight);
    }

    @Test
    void baseFirstThenWeightsWithLargestRemainder() {
        // 10 tasks: FARGATE base 1, then 9 split 1:4 → 1.8 and 7.2 → floors 1 and 7, the spare task goes to the
        // larger remainder (0.8, FARGATE): FARGATE 1 + 2 = 3, FARGATE_SPOT 7
        assertEquals(new FargateCapacityMix(3, 7), FargateCapacityMix.split(10, List.of(fargate(1, 1), spot(0, 4))));
    }

    @Test
    void noStrategyRunsEveryTaskOnFargate() {
        assertEquals(new FargateCapacityMix(10, 0), FargateCapacityMix.split(10, List.of()));
    }

    @Test
    void basesAreFilledInListedOrderBeforeWeights() {
        // 5 tasks: FARGATE_SPOT base 2 first, then 3 split 1:1 → 1.5 each; the tie goes to the provider listed
        // first (FARGATE_SPOT): spot 2 + 2 = 4, FARGATE 1
        assertEquals(new FargateCapacityMix(1, 4), FargateCapacityMix.split(5, List.of(spot(2, 1), fargate(0, 1))));
    }

    @Test
    void fewerTasksThanTheBaseStayOnTheBaseProvider() {
        // 2 tasks, FARGATE base 3: both on FARGATE, none left for the weights
        assertEquals(new FargateCapacityMix(2, 0), FargateCapacityMix.split(2, List.of(fargate(3, 1), spot(0, 9))));
    }
}
