package dev.costbench.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one place the kinds of block of a scenario are worked out (status bar, region list, price report coverage). */
class ScenarioBlockKindsTest {

    @Test
    void eachKindOnceInKindOrderAndNoneForAnEmptyScenario() {
        Scenario s = new Scenario("s", "us-east-1", List.of(
                new NatGateway("nat", "NAT", 0, 0, null, 1),
                new Ec2Instances("a", "a", 0, 0, null, "m5.large", 1, 0, null),
                new Ec2Instances("b", "b", 0, 0, null, "m5.large", 2, 0, null)), List.of(), null, false);
        assertEquals(Set.of(BlockKind.NAT_GATEWAY, BlockKind.EC2_INSTANCES), s.blockKinds());
        assertEquals(List.of(BlockKind.EC2_INSTANCES, BlockKind.NAT_GATEWAY).stream().sorted().toList(), List.copyOf(s.blockKinds()));
        assertEquals(Set.of(), s.withBlocks(List.of()).blockKinds());
        assertThrows(UnsupportedOperationException.class, () -> s.blockKinds().add(BlockKind.LAMBDA), "a view, not the scenario's to change");
    }
}
