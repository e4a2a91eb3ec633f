package dev.costbench.project;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An Auto Scaling group's weighted instance types (overrides) and the gp3 IOPS and throughput of Auto Scaling groups
 * and EC2 instances in the design file: read, written back, limits refused with the file and the place named.
 */
class AsgOverridesFileTest {
    private static final String FILE = "web.costbench.json";

    private static String group(String fields) {
        return """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "web", "kind": "asg", "desired": 20, "min": 10, "max": 40, %s}]}]}""".formatted(fields);
    }

    @Test
    void overridesAndTheAllocationSurviveASaveAndTheGroupTypeDefaultsToTheFirst() {
        Project p = ProjectFile.parse(group("""
                "onDemandAllocationStrategy": "lowest-price",
                "overrides": [{"instanceType": "c5.2xlarge", "weight": 2}, {"instanceType": "c5.4xlarge", "weight": 4}, {"instanceType": "c5.xlarge"}]"""), FILE);
        AutoScalingGroup g = (AutoScalingGroup) p.scenarios().get(0).blocks().get(0);
        assertEquals(List.of(new InstanceOverride("c5.2xlarge", 2), new InstanceOverride("c5.4xlarge", 4),
                new InstanceOverride("c5.xlarge", 1)), g.overrides());
        assertEquals(AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE, g.onDemandAllocation());
        // no instanceType in the file: the first override stands for the group
        assertEquals("c5.2xlarge", g.instanceType());
        String written = ProjectFile.toJson(p);
        assertEquals(p, ProjectFile.parse(written, FILE));
        // a weight of 1 (AWS's default) is not written
        assertEquals(2, written.split("\"weight\"", -1).length - 1, written);
    }

    @Test
    void aFileWithoutOverridesOrIopsReadsAsBeforeAndWritesTheSame() {
        String old = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "web", "kind": "asg", "instanceType": "m5.large", "desired": 2, "ebsGbPerInstance": 20},
                  {"id": "db", "kind": "ec2-instances", "instanceType": "m5.large", "count": 1, "ebsGbPerInstance": 0}]}]}""";
        Project p = ProjectFile.parse(old, FILE);
        AutoScalingGroup g = (AutoScalingGroup) p.scenarios().get(0).blocks().get(0);
        assertEquals(EbsVolume.ofGb(20), g.ebs());
        assertTrue(g.overrides().isEmpty());
        String written = ProjectFile.toJson(p);
        assertFalse(written.contains("ebsIops") || written.contains("overrides") || written.contains("onDemandAllocation"), written);
        // the size is still written at 0, as before
        assertEquals(2, written.split("\"ebsGbPerInstance\"", -1).length - 1, written);
    }

    @Test
    void iopsAndThroughputOnAGroupAndOnInstances() {
        Project p = ProjectFile.parse("""
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "web", "kind": "asg", "instanceType": "m5.large", "desired": 3, "ebsGbPerInstance": 100, "ebsIops": 6000, "ebsThroughputMbps": 250},
                  {"id": "db", "kind": "ec2-instances", "instanceType": "m5.large", "count": 3, "ebsGbPerInstance": 100, "ebsIops": 6000, "ebsThroughputMbps": 250}]}]}""", FILE);
        assertEquals(new EbsVolume(100, 6_000, 250), ((AutoScalingGroup) p.scenarios().get(0).blocks().get(0)).ebs());
        assertEquals(new EbsVolume(100, 6_000, 250), ((Ec2Instances) p.scenarios().get(0).blocks().get(1)).ebs());
        assertEquals(p, ProjectFile.parse(ProjectFile.toJson(p), FILE));
    }

    @Test
    void aWeightOutsideAwsLimitsIsRefusedAtItsPlace() {
        String message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(group("""
                "overrides": [{"instanceType": "c5.2xlarge", "weight": 1000}]"""), FILE)).getMessage();
        assertTrue(message.contains(FILE) && message.contains("overrides[0].weight") && message.contains("999"), message);
        message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(group("""
                "overrides": [{"instanceType": "c5.2xlarge", "weight": 0}]"""), FILE)).getMessage();
        assertTrue(message.contains("overrides[0].weight"), message);
        message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(group("""
                "overrides": [{"weight": 2}]"""), FILE)).getMessage();
        assertTrue(message.contains("overrides[0].instanceType"), message);
    }

    @Test
    void moreThanFortyTypesAreRefused() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 41; i++) entries.add("{\"instanceType\": \"m5.large\"}");
        String message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(group(
                "\"overrides\": [" + String.join(", ", entries) + "]"), FILE)).getMessage();
        assertTrue(message.contains("overrides") && message.contains("40"), message);
    }

    @Test
    void theValidatorNamesAnUnknownOverrideTypeAndABadWeightMadeInCode() {
        AutoScalingGroup g = AutoScalingGroup.of("web", "Web", "m5.large", 1, 2, 4)
                .withOverrides(List.of(new InstanceOverride("m5.large", 1), new InstanceOverride("m5.lareg", 2), new InstanceOverride("m5.xlarge", 0)));
        Project p = ProjectFile.parse(group("\"instanceType\": \"m5.large\""), FILE);
        p = p.withScenario(0, p.scenarios().get(0).withBlocks(List.of(g)));
        List<Problem> problems = new DesignValidator().validate(p, dev.costbench.catalog.CatalogLoader.bundled());
        assertTrue(problems.stream().anyMatch(q -> q.isError() && q.describe().contains("overrides[1].instanceType")
                && q.describe().contains("unknown instance type \"m5.lareg\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(q -> q.isError() && q.describe().contains("overrides[2].weight")
                && q.describe().contains("1 to 999")), problems.toString());
    }
}
