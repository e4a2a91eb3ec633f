package dev.costbench.ui.inspector;

import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenancy of an ECS service on EC2, an EKS managed node group and a Batch queue on EC2: the inspector shows it in
 * the EC2 modes only, the file keeps it, and the reader refuses it where the mode does not allow it (Fargate, Batch's
 * Spot environment, hosts for a Batch queue), naming the file and place.
 */
class TenancyKindsFieldTest {
    private static final String FILE = "tenancy.costbench.json";

    private static final EcsService ECS_EC2 = EcsService.fargate("api", "API", BigDecimal.ONE, new BigDecimal("2"), 4).withEc2("m5.large");
    private static final EksNodeGroup EKS_MANAGED = EksNodeGroup.managed("nodes", "Nodes", "main", "m5.large", 3);
    private static final BatchQueue BATCH_EC2 = (BatchQueue) BlockSpecs.of(dev.costbench.model.BlockKind.BATCH_QUEUE)
            .template().create("jobs", "m5.large");

    private static Block reopen(Block block) {
        Project p = new Project("Tenancy", List.of(Scenario.empty("Base").withBlocks(List.of(block))));
        return ProjectFile.parse(ProjectFile.toJson(p), FILE).scenarios().getFirst().blocks().getFirst();
    }

    private static BlockField<?> tenancyField(Block b) {
        return BlockFields.of(b).stream().filter(f -> f.key().equals("tenancy")).findFirst().orElse(null);
    }

    @Test
    void theInspectorShowsTenancyInTheEc2ModesOnly() {
        for (Block b : List.of(ECS_EC2, EKS_MANAGED, BATCH_EC2)) {
            BlockField<?> f = tenancyField(b);
            assertTrue(f != null && f.category().equals(tenancyField(EKS_MANAGED).category()), b.kind() + " shows no tenancy");
        }
        assertEquals(null, tenancyField(EcsService.fargate("f", "f", BigDecimal.ONE, new BigDecimal("2"), 1)));
        assertEquals(null, tenancyField(EKS_MANAGED.withFargatePods(2, BigDecimal.ONE, new BigDecimal("2"))));
        assertEquals(null, tenancyField(BATCH_EC2.withCompute(BatchQueue.Compute.FARGATE)));
        // the inspector offers a Batch queue default and dedicated only, and a Spot environment default only
        assertEquals(List.of(Tenancy.DEFAULT, Tenancy.DEDICATED), choices(BATCH_EC2));
        assertEquals(List.of(Tenancy.DEFAULT), choices(BATCH_EC2.withCompute(BatchQueue.Compute.EC2_SPOT)));
        assertEquals(List.of(Tenancy.values()), choices(ECS_EC2));
    }

    private static List<Object> choices(Block b) {
        return List.copyOf(((FieldType.Choice) tenancyField(b).type()).values());
    }

    @Test
    void switchingToFargateOrSpotGoesBackToSharedHardware() {
        BlockField<?> launch = BlockFields.of(ECS_EC2).stream().filter(f -> f.key().equals("launchType")).findFirst().orElseThrow();
        EcsService fargate = (EcsService) launch.write(ECS_EC2.withTenancy(Tenancy.DEDICATED), EcsService.LaunchType.FARGATE);
        assertEquals(Tenancy.DEFAULT, fargate.tenancy());
        BlockField<?> compute = BlockFields.of(BATCH_EC2).stream().filter(f -> f.key().equals("compute")).findFirst().orElseThrow();
        assertEquals(Tenancy.DEFAULT, ((BatchQueue) compute.write(BATCH_EC2.withTenancy(Tenancy.DEDICATED), BatchQueue.Compute.EC2_SPOT)).tenancy());
        assertEquals(Tenancy.DEDICATED, ((BatchQueue) compute.write(BATCH_EC2.withTenancy(Tenancy.DEDICATED), BatchQueue.Compute.EC2)).tenancy());
    }

    @Test
    void everyAllowedTenancySurvivesASave() {
        for (Tenancy t : Tenancy.values()) {
            assertEquals(t, ((EcsService) reopen(ECS_EC2.withTenancy(t))).tenancy());
            assertEquals(t, ((EksNodeGroup) reopen(EKS_MANAGED.withTenancy(t))).tenancy());
        }
        assertEquals(Tenancy.DEDICATED, ((BatchQueue) reopen(BATCH_EC2.withTenancy(Tenancy.DEDICATED))).tenancy());
        // default is left out of the file, so existing files do not change
        Project p = new Project("Tenancy", List.of(Scenario.empty("Base").withBlocks(List.of(ECS_EC2, EKS_MANAGED, BATCH_EC2))));
        assertFalse(ProjectFile.toJson(p).contains("tenancy"));
    }

    @Test
    void theReaderRefusesATenancyTheModeDoesNotAllow() {
        String fargate = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "f", "kind": "ecs-service", "launchType": "fargate", "cpu": 1, "memoryGb": 2, "tenancy": "dedicated"}]}]}""";
        String message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(fargate, FILE)).getMessage();
        assertTrue(message.startsWith(FILE + ": $.scenarios[0].blocks[0].tenancy: `dedicated` is not allowed with launchType `fargate`"), message);
        assertTrue(message.endsWith("use `default` (or leave `tenancy` out)"), message);
        String hosts = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "b", "kind": "batch-queue", "instanceType": "m5.large", "tenancy": "host"}]}]}""";
        message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(hosts, FILE)).getMessage();
        assertEquals(FILE + ": $.scenarios[0].blocks[0].tenancy: `host` is not allowed with compute `ec2`: " + BatchQueue.NO_HOSTS
                + "; use `default` or `dedicated` (or leave `tenancy` out)", message);
        String spot = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "b", "kind": "batch-queue", "compute": "ec2-spot", "instanceType": "m5.large", "tenancy": "dedicated"}]}]}""";
        assertThrows(ProjectFileException.class, () -> ProjectFile.parse(spot, FILE));
        String profile = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "fg", "kind": "eks-node-group", "cluster": "prod", "mode": "fargate", "pods": 4, "podCpu": 1,
                   "podMemoryGb": 2, "tenancy": "host"}]}]}""";
        assertThrows(ProjectFileException.class, () -> ProjectFile.parse(profile, FILE));
        String spotNodes = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "ng", "kind": "eks-node-group", "cluster": "prod", "instanceType": "m5.large", "capacityType": "spot",
                   "tenancy": "dedicated"}]}]}""";
        assertEquals(FILE + ": $.scenarios[0].blocks[0].tenancy: `dedicated` is not allowed with capacityType `spot`: "
                + Tenancy.SPOT_SHARED_ONLY + "; use `default` (or leave `tenancy` out)",
                assertThrows(ProjectFileException.class, () -> ProjectFile.parse(spotNodes, FILE)).getMessage());
    }

    @Test
    void theSpotWhatIfLeavesADedicatedNodeGroupOnItsHardware() {
        Scenario base = Scenario.empty("Base").withBlocks(List.of(EKS_MANAGED.withTenancy(Tenancy.DEDICATED), EKS_MANAGED.withId("shared")));
        Scenario spot = new dev.costbench.workshop.WhatIf(dev.costbench.catalog.CatalogLoader.bundled()).spotShare(base, 60);
        assertEquals(EksNodeGroup.CapacityType.ON_DEMAND, ((EksNodeGroup) spot.blocks().get(0)).capacityType());
        assertEquals(Tenancy.DEDICATED, ((EksNodeGroup) spot.blocks().get(0)).tenancy());
        assertEquals(EksNodeGroup.CapacityType.SPOT, ((EksNodeGroup) spot.blocks().get(1)).capacityType());
    }

    @Test
    void anEksGroupTurnedToSpotGoesBackToSharedHardware() {
        BlockField<?> capacity = BlockFields.of(EKS_MANAGED).stream().filter(f -> f.key().equals("capacityType")).findFirst().orElseThrow();
        EksNodeGroup spot = (EksNodeGroup) capacity.write(EKS_MANAGED.withTenancy(Tenancy.HOST), EksNodeGroup.CapacityType.SPOT);
        assertEquals(Tenancy.DEFAULT, spot.tenancy());
        assertEquals(List.of(Tenancy.DEFAULT), choices(spot));
    }
}
