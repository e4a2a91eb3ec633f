package dev.costbench.project;

import dev.costbench.model.purchase.PurchaseOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFileTest {
    @TempDir Path dir;

    @Test
    void readsEveryKindOfTheWebShopExample() {
        Project p = ProjectFile.read(Examples.path("web-shop.costbench.json"));
        assertEquals("Web shop", p.name());
        Scenario s = p.scenarios().getFirst();
        assertEquals("us-east-1", s.region());
        assertEquals(List.of(BlockKind.LOAD_BALANCER, BlockKind.ASG, BlockKind.ECS_SERVICE, BlockKind.EKS_NODE_GROUP,
                BlockKind.LAMBDA, BlockKind.BATCH_QUEUE), s.blocks().stream().map(b -> b.kind()).toList());

        AutoScalingGroup web = (AutoScalingGroup) s.block("web").orElseThrow();
        assertEquals("m5.xlarge", web.instanceType());
        assertEquals(List.of(2, 4, 8), List.of(web.min(), web.desired(), web.max()));
        assertEquals(100, web.onDemandPercentAboveBase(), "no mixed policy means every instance On-Demand");
        assertEquals(240.0, web.x());

        EcsService api = (EcsService) s.block("api").orElseThrow();
        assertEquals(EcsService.LaunchType.FARGATE, api.launchType());
        assertEquals(new BigDecimal("1"), api.cpu());
        assertEquals(new BigDecimal("2"), api.memoryGb());
        assertEquals(List.of(new CapacityProviderShare("FARGATE", 1, 1), new CapacityProviderShare("FARGATE_SPOT", 0, 4)),
                api.capacityProviders());

        EksNodeGroup nodes = (EksNodeGroup) s.block("nodes").orElseThrow();
        assertEquals("prod", nodes.cluster());
        assertEquals(EksNodeGroup.Mode.MANAGED, nodes.mode());
        assertEquals(3, nodes.desired());

        LambdaFunction thumbs = (LambdaFunction) s.block("thumbs").orElseThrow();
        assertEquals(10_000_000L, thumbs.requestsPerMonth());
        assertEquals(new BigDecimal("200"), thumbs.avgDurationMs());
        assertEquals(512, thumbs.ephemeralStorageMb());

        BatchQueue nightly = (BatchQueue) s.block("nightly").orElseThrow();
        assertEquals(BatchQueue.Compute.EC2_SPOT, nightly.compute());
        assertEquals(1000L, nightly.jobsPerMonth());

        LoadBalancer edge = (LoadBalancer) s.block("edge").orElseThrow();
        assertEquals(LoadBalancer.Type.ALB, edge.type());
        assertEquals(new BigDecimal("3000"), edge.activeConnectionsPerMin());

        // the "1.4 TB/month" label is a clear monthly quantity: 1.4 × 1,024 = 1,433.6 GB sent
        assertTrue(s.connections().contains(new Connection("edge", "web", null, "HTTPS", new BigDecimal("1433.6"), null)));
    }

    @Test
    void dataPlatformExampleHasThreeScenariosOfMixedCapacity() {
        Project p = ProjectFile.read(Examples.path("data-platform.costbench.json"));
        assertEquals(List.of("Baseline", "Graviton", "Spot-heavy"), p.scenarios().stream().map(Scenario::name).toList());
        Scenario baseline = p.scenario("Baseline");
        AutoScalingGroup ingest = (AutoScalingGroup) baseline.block("ingest").orElseThrow();
        assertEquals(2, ingest.onDemandBase());
        assertEquals(50, ingest.onDemandPercentAboveBase());
        LambdaFunction enrich = (LambdaFunction) baseline.block("enrich").orElseThrow();
        assertEquals(20, enrich.provisionedConcurrency());
        EksNodeGroup notebooks = (EksNodeGroup) baseline.block("notebooks").orElseThrow();
        assertEquals(EksNodeGroup.Mode.FARGATE, notebooks.mode());
        assertEquals(LoadBalancer.Type.NLB, ((LoadBalancer) baseline.block("ingest-lb").orElseThrow()).type());
        assertEquals(Architecture.ARM64, ((EcsService) p.scenario("Graviton").block("stream").orElseThrow()).architecture());
        assertEquals(EksNodeGroup.CapacityType.SPOT,
                ((EksNodeGroup) p.scenario("Spot-heavy").block("query").orElseThrow()).capacityType());
    }

    @Test
    void examplesSurviveAWriteAndReadUnchanged() throws Exception {
        for (String name : List.of("web-shop.costbench.json", "data-platform.costbench.json", "licensed-workloads.costbench.json")) {
            Project original = ProjectFile.read(Examples.path(name));
            Path copy = dir.resolve(name);
            ProjectFile.write(original, copy);
            Project again = ProjectFile.read(copy);
            assertEquals(original, again, name);
            // saving an unchanged design gives the same bytes
            assertEquals(Files.readString(copy), ProjectFile.toJson(again), name);
        }
    }

    @Test
    void omittedFieldsTakeTheirDefaults() {
        Project p = ProjectFile.parse("""
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"kind": "asg", "instanceType": "m5.large", "desired": 3},
                  {"kind": "asg", "id": "asg-1", "instanceType": "m5.large"},
                  {"kind": "lambda", "provisionedConcurrency": 5},
                  {"kind": "eks-node-group", "mode": "fargate", "pods": 4}
                ]}]}""", "shop.costbench.json");
        assertEquals("shop", p.name(), "the project is named after its file");
        Scenario s = p.scenarios().getFirst();
        assertEquals("Scenario 1", s.name());
        assertEquals("us-east-1", s.region());
        assertEquals(PurchaseOption.ON_DEMAND, s.purchaseOption());
        assertFalse(s.lambdaFreeTier());
        // the first ASG has no id: it gets the first kind-numbered id the file does not already use
        AutoScalingGroup first = (AutoScalingGroup) s.blocks().get(0);
        assertEquals("asg-2", first.id());
        assertEquals("asg-2", first.name());
        assertEquals(List.of(3, 3, 3), List.of(first.min(), first.desired(), first.max()));
        AutoScalingGroup second = (AutoScalingGroup) s.blocks().get(1);
        assertEquals(List.of(1, 1, 1), List.of(second.min(), second.desired(), second.max()));
        LambdaFunction fn = (LambdaFunction) s.blocks().get(2);
        assertEquals(128, fn.memoryMb());
        // unset means all month: the Lambda pricer bills an unset value as 730 hours, so the file need not repeat it
        assertNull(fn.provisionedHoursPerMonth(), "provisioned all month unless told otherwise");
        EksNodeGroup pods = (EksNodeGroup) s.blocks().get(3);
        assertEquals("default", pods.cluster());
        assertEquals(new BigDecimal("0.25"), pods.podCpu());
        assertEquals(new BigDecimal("0.5"), pods.podMemoryGb());
        assertNull(pods.instanceType());
    }

    @Test
    void unknownTopLevelFieldsAreKeptOnSave() throws Exception {
        Project p = ProjectFile.parse("""
                {"schemaVersion": 1, "name": "Shop", "workshop": {"facilitator": "Ana", "timerMinutes": [5, 10]},
                 "scenarios": [], "budgetUsd": 12000.50}""", "shop.costbench.json");
        assertEquals(2, p.extensions().size());
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(p.withName("Shop v2"), file);
        JsonNode saved = new ObjectMapper().readTree(file.toFile());
        assertEquals("Shop v2", saved.get("name").asText());
        assertEquals("Ana", saved.at("/workshop/facilitator").asText());
        assertEquals(10, saved.at("/workshop/timerMinutes/1").asInt());
        assertTrue(Files.readString(file).contains("\"budgetUsd\": 12000.50"), "numbers are kept as written");
    }

    @Test
    void fieldsAreWrittenInAFixedOrder() throws Exception {
        Project p = ProjectFile.read(Examples.path("web-shop.costbench.json"));
        JsonNode root = new ObjectMapper().readTree(ProjectFile.toJson(p));
        assertEquals(List.of("schemaVersion", "name", "scenarios"), names(root));
        assertEquals(List.of("name", "region", "purchaseOption", "lambdaFreeTier", "blocks", "connections", "containers"),
                names(root.at("/scenarios/0")));
        assertEquals(List.of("id", "kind", "name", "instanceType", "min", "desired", "max", "onDemandBase",
                "onDemandPercentAboveBase", "ebsGbPerInstance", "x", "y", "tags"), names(root.at("/scenarios/0/blocks/1")));
        assertTrue(ProjectFile.toJson(p).contains("\"x\": 240,"), "whole positions are written without .0");
    }

    @Test
    void loadProfilesRoundTrip() {
        List<Double> hours = new ArrayList<>(Collections.nCopies(168, 2.0));
        hours.set(9, 6.5);
        Scenario s = Scenario.empty("Week").withBlock(AutoScalingGroup.of("web", "Web", "m5.large", 2, 2, 8)
                .withLoadProfile(new LoadProfile("business-hours", hours)));
        Project p = new Project(Project.CURRENT_SCHEMA, "Profiles", List.of(s), Map.of());
        Project again = ProjectFile.parse(ProjectFile.toJson(p), "profiles.costbench.json");
        assertEquals(p, again);
    }

    @Test
    void writeReplacesTheFileKeepsThePreviousAsBackupAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        Files.writeString(file, "old content");
        Project p = ProjectFile.read(Examples.path("web-shop.costbench.json"));
        ProjectFile.write(p, file);
        assertEquals(ProjectFile.toJson(p), Files.readString(file));
        Path backup = dir.resolve("shop.costbench.json.bak");
        assertEquals("old content", Files.readString(backup));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file, backup), listing.sorted().toList());
        }
    }

    @Test
    void aFailedSaveNamesTheFileAndLeavesNothingHalfWritten() throws Exception {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "keep me");
        Path target = notAFolder.resolve("shop.costbench.json");
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> ProjectFile.write(ProjectFile.read(Examples.path("web-shop.costbench.json")), target));
        assertTrue(e.getMessage().startsWith(target + ": cannot be saved"), e.getMessage());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    @Test
    void aBlockOfAnUnknownKindIsNeverBuiltFromTheFile() {
        // only the six kinds map to records: a class name in the file is just an unknown kind
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse("""
                        {"schemaVersion": 1, "scenarios": [{"blocks": [
                          {"kind": "java.lang.ProcessBuilder", "@class": "java.lang.ProcessBuilder", "id": "x"}]}]}""",
                        "evil.costbench.json"));
        assertInstanceOf(ProjectFileException.class, e);
        assertEquals("$.scenarios[0].blocks[0].kind", e.path());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
