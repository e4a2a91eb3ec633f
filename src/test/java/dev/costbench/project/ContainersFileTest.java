package dev.costbench.project;

import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagram's frames and connection labels in the design file: read, written back unchanged, and checked. */
class ContainersFileTest {
    @TempDir Path dir;

    @Test
    void theWebShopExampleFramesItsBlocksInAVpcWithTwoAvailabilityZones() {
        Scenario s = ProjectFile.read(Examples.path("web-shop.costbench.json")).scenarios().getFirst();
        assertEquals(List.of("cloud", "region", "vpc", "public", "az-a", "app", "az-b", "services"),
                s.containers().stream().map(Container::id).toList());
        Container vpc = s.container("vpc").orElseThrow();
        assertEquals(ContainerKind.VPC, vpc.kind());
        assertEquals("10.0.0.0/16", vpc.cidr());
        assertEquals(826.0, vpc.width());
        // web sits in the App subnet, whose parent is Availability Zone 1 (us-east-1a)
        assertEquals("app", s.containerOf("web").orElseThrow().id());
        assertEquals("us-east-1a", s.availabilityZoneOf("web").orElseThrow().zone());
        assertEquals("us-east-1b", s.availabilityZoneOf("nightly").orElseThrow().zone());
        // the ALB sits in the public subnet, which is in the VPC but in no single zone
        assertEquals("public", s.containerOf("edge").orElseThrow().id());
        assertTrue(s.availabilityZoneOf("edge").isEmpty());
        Connection first = s.connections().getFirst();
        assertEquals("HTTPS", first.protocol());
        assertEquals(null, first.traffic(), "read as 1,433.6 GB sent");
        assertEquals("HTTPS · 1.4 TB/month", first.label());
    }

    @Test
    void savingAndReopeningKeepsContainersMembershipAndLabels() {
        Project p = ProjectFile.read(Examples.path("web-shop.costbench.json"));
        Path file = dir.resolve("framed.costbench.json");
        ProjectFile.write(p, file);
        Project again = ProjectFile.read(file);
        assertEquals(p.scenarios().getFirst().containers(), again.scenarios().getFirst().containers());
        assertEquals(p.scenarios().getFirst().connections(), again.scenarios().getFirst().connections());
        assertEquals(ProjectFile.toJson(p), ProjectFile.toJson(again), "a second save writes the same bytes");
    }

    @Test
    void aDesignWithoutContainersStillOpensWithNone() {
        Scenario s = ProjectFile.parse("""
                {"schemaVersion": 2, "scenarios": [{"name": "A", "blocks": [
                  {"id": "f", "kind": "lambda", "memoryMb": 128}], "connections": []}]}""", "old.costbench.json").scenarios().getFirst();
        assertEquals(List.of(), s.containers());
        assertTrue(s.containerOf("f").isEmpty());
        assertTrue(!ProjectFile.toJson(new Project("p", List.of(s))).contains("containers"), "no empty array is written");
    }

    @Test
    void deletingABlockTakesItOutOfItsContainer() {
        Scenario s = ProjectFile.read(Examples.path("web-shop.costbench.json")).scenarios().getFirst().withoutBlock("web");
        assertEquals(List.of("nodes"), s.container("app").orElseThrow().blocks());
    }

    @Test
    void aContainerNamingAnUnknownBlockIsReportedAtItsPath() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[0].blocks[1]: no block with id \"nope\" in this scenario",
                error("""
                        {"id": "vpc", "kind": "vpc", "x": 0, "y": 0, "width": 400, "height": 300, "blocks": ["f", "nope"]}"""));
    }

    @Test
    void anUnknownKindListsTheKinds() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[0].kind: unknown container kind \"subnet\" (expected "
                        + "aws-cloud, region, vpc, availability-zone, public-subnet, private-subnet)",
                error("""
                        {"id": "s", "kind": "subnet", "width": 400, "height": 300}"""));
    }

    @Test
    void aFrameTooSmallToHoldABlockIsRefused() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[0].width: must be at least 120 canvas units, so the frame "
                + "holds a block, not 50", error("""
                {"id": "s", "kind": "vpc", "width": 50, "height": 300}"""));
    }

    @Test
    void aParentThatIsNotAContainerIsRefused() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[0].parent: no container with id \"f\" in this scenario",
                error("""
                        {"id": "s", "kind": "private-subnet", "parent": "f", "width": 400, "height": 300}"""));
    }

    @Test
    void parentsThatGoRoundInACircleAreRefused() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[0].parent: container \"a\" would sit inside itself through its parents",
                error("""
                        {"id": "a", "kind": "vpc", "parent": "b"}, {"id": "b", "kind": "availability-zone", "parent": "a"}"""));
    }

    @Test
    void aBlockSitsInOneContainerOnly() {
        assertEquals("bad.costbench.json: $.scenarios[0].containers[1].blocks[0]: block \"f\" already sits in container \"a\"; "
                        + "a block sits in one container (its innermost)",
                error("""
                        {"id": "a", "kind": "vpc", "blocks": ["f"]}, {"id": "b", "kind": "vpc", "blocks": ["f"]}"""));
    }

    @Test
    void onlyAnAvailabilityZoneNamesAZone() {
        assertTrue(error("""
                {"id": "a", "kind": "vpc", "zone": "us-east-1a"}""").endsWith(
                "containers[0].zone: only an availability-zone container names a zone; a vpc takes its zone from the Availability Zone around it"));
    }

    private static String error(String containers) {
        String json = """
                {"schemaVersion": 2, "scenarios": [{"name": "A", "blocks": [{"id": "f", "kind": "lambda", "memoryMb": 128}],
                  "containers": [%s]}]}""".formatted(containers);
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "bad.costbench.json")).getMessage();
    }
}
