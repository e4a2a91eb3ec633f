package dev.costbench.ui.inspector;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A rule that ties two fields together is refused by the inspector and by the design file's reader in the same words. */
class CrossFieldWordsTest {
    private static final String FILE = "cross.costbench.json";
    private static final String AT = FILE + ": $.scenarios[0].blocks[0].";

    private static String readerSays(String blockJson) {
        String json = "{\"schemaVersion\": 1, \"scenarios\": [{\"blocks\": [" + blockJson + "]}]}";
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE)).getMessage();
    }

    private static String inspectorSays(Block block, String key, Object value) {
        BlockField<?> field = BlockFields.of(block).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        return field.problem(block, value);
    }

    private static final AutoScalingGroup GROUP = AutoScalingGroup.of("web", "Web", "m5.large", 2, 4, 8);

    @Test
    void desiredAboveMax() {
        String words = "desired (9) must be between min (2) and max (8)";
        assertEquals(AT + "desired: " + words,
                readerSays("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"min\": 2, \"desired\": 9, \"max\": 8}"));
        assertEquals(words, inspectorSays(GROUP, "desired", 9L));
    }

    @Test
    void minAboveDesired() {
        // min 5 with desired 4 and max 8: desired is the value outside the range
        String words = "desired (4) must be between min (5) and max (8)";
        assertEquals(AT + "desired: " + words,
                readerSays("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"min\": 5, \"desired\": 4, \"max\": 8}"));
        assertEquals(words, inspectorSays(GROUP, "min", 5L));
    }

    @Test
    void maxBelowDesired() {
        String words = "desired (4) must be between min (2) and max (3)";
        assertEquals(AT + "desired: " + words,
                readerSays("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"min\": 2, \"desired\": 4, \"max\": 3}"));
        assertEquals(words, inspectorSays(GROUP, "max", 3L));
    }

    @Test
    void minAboveMax() {
        // min 9 above max 8 is reported at min, before desired is looked at
        String words = "min (9) must not be above max (8)";
        assertEquals(AT + "min: " + words,
                readerSays("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"min\": 9, \"desired\": 9, \"max\": 8}"));
        AutoScalingGroup wide = AutoScalingGroup.of("web", "Web", "m5.large", 2, 8, 8);
        assertEquals(words, inspectorSays(wide, "min", 9L));
    }

    @Test
    void everyProviderWeightZero() {
        String words = "at least one capacity provider needs a weight above 0";
        assertEquals(AT + "capacityProviders: " + words, readerSays("""
                {"kind": "ecs-service", "launchType": "fargate", "cpu": 1, "memoryGb": 2, "tasks": 4, "capacityProviders": [
                  {"provider": "FARGATE", "base": 1, "weight": 0}, {"provider": "FARGATE_SPOT", "weight": 0}]}"""));
        EcsService service = new EcsService("api", "API", 0, 0, null, EcsService.LaunchType.FARGATE, BigDecimal.ONE,
                BigDecimal.TWO, 4, Architecture.X86_64, List.of(new CapacityProviderShare(CapacityProviderShare.FARGATE, 1, 0),
                new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, 3)), null, null, null);
        assertEquals(words, inspectorSays(service, "fargateSpotWeight", 0L));
    }
}
