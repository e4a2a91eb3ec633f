package dev.costbench.ui.inspector;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.InstanceOverride;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's list editor of an Auto Scaling group's instance types, as the capacity providers' fields work. */
class OverridesEditorTest {

    private static BlockField<?> field(Block b, String key) {
        return BlockFields.of(b).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key + " in " + BlockFields.of(b).stream().map(BlockField::key).toList()));
    }

    @Test
    void addingATypeKeepsTheGroupsOwnTypeFirstThenWeightsAndRemovalEdit() {
        Block g = AutoScalingGroup.of("web", "Web", "m5.large", 1, 2, 4);
        assertFalse(BlockFields.of(g).stream().anyMatch(f -> f.key().equals("onDemandAllocationStrategy")), "no allocation without types");
        Block two = field(g, "overrides.add").write(g, "m5.xlarge");
        assertEquals(List.of(InstanceOverride.of("m5.large"), InstanceOverride.of("m5.xlarge")), ((AutoScalingGroup) two).overrides());
        Block weighted = field(two, "overrides[1].weight").write(two, 2L);
        assertEquals(new InstanceOverride("m5.xlarge", 2), ((AutoScalingGroup) weighted).overrides().get(1));
        Block lowest = field(weighted, "onDemandAllocationStrategy").write(weighted, AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE);
        assertEquals(AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE, ((AutoScalingGroup) lowest).onDemandAllocation());
        // emptying a type removes it
        Block removed = field(lowest, "overrides[0].instanceType").write(lowest, null);
        assertEquals(List.of(new InstanceOverride("m5.xlarge", 2)), ((AutoScalingGroup) removed).overrides());
        assertTrue(BlockFields.of(removed).stream().noneMatch(f -> f.key().equals("overrides[1].weight")));
    }

    @Test
    void theGroupsGp3IopsAndThroughputAreEditable() {
        Block g = AutoScalingGroup.of("web", "Web", "m5.large", 1, 2, 4);
        Block edited = field(g, "ebsIops").write(g, 6_000L);
        edited = field(edited, "ebsThroughputMbps").write(edited, 250L);
        assertEquals(new dev.costbench.model.EbsVolume(0, 6_000, 250), ((AutoScalingGroup) edited).ebs());
    }
}
