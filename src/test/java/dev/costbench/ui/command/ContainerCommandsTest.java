package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.ProjectFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frames as undoable edits: moving one carries what it holds, a moved block changes frame, each is one step. */
class ContainerCommandsTest {
    private final Project webShop = ProjectFile.read(Path.of(System.getProperty("costbench.project.dir", "."),
            "examples", "web-shop.costbench.json"));
    private final CommandStack stack = new CommandStack(EditorState.of(webShop));

    private Scenario s() { return stack.current().scenario(); }

    private Block block(String id) { return s().block(id).orElseThrow(); }

    private Container frame(String id) { return s().container(id).orElseThrow(); }

    @Test
    void movingAZoneMovesItsSubnetAndTheBlocksInItInOneStep() {
        // Availability Zone 1 holds the App subnet, which holds Web tier (240, 80) and Catalog services (440, 80)
        assertTrue(stack.execute(new MoveContainer("az-a", 40, -20)));
        assertEquals(List.of(270.0, 0.0), List.of(frame("az-a").x(), frame("az-a").y()), "230 + 40, 20 − 20");
        assertEquals(List.of(274.0, 24.0), List.of(frame("app").x(), frame("app").y()), "234 + 40, 44 − 20");
        assertEquals(List.of(280.0, 60.0), List.of(block("web").x(), block("web").y()), "240 + 40, 80 − 20");
        assertEquals(480.0, block("nodes").x(), "440 + 40");
        assertEquals(240.0, block("api").x(), "Orders API sits in the other zone and stays");
        assertEquals(20.0, frame("vpc").x(), "the VPC around it stays");
        assertEquals("Move container", stack.undoDescriptionProperty().get());
        stack.undo();
        assertEquals(webShop, stack.current().project(), "one undo puts everything back");
    }

    @Test
    void aBlockMovedIntoAnotherSubnetNowRunsInThatZone() {
        assertEquals("us-east-1a", s().availabilityZoneOf("web").orElseThrow().zone());
        // the Services subnet spans x 234–836, y 272–406: Web tier's centre at (330, 336) is inside it
        stack.execute(new MoveBlocks(Map.of("web", new MoveBlocks.Position(240, 300))));
        assertEquals("services", s().containerOf("web").orElseThrow().id());
        assertEquals("us-east-1b", s().availabilityZoneOf("web").orElseThrow().zone());
        assertFalse(frame("app").holds("web"), "and left the App subnet");
        stack.undo();
        assertEquals("app", s().containerOf("web").orElseThrow().id());
    }

    @Test
    void aBlockDraggedOutOfEveryFrameSitsInNone() {
        stack.execute(new MoveBlocks(Map.of("nightly", new MoveBlocks.Position(2000, 2000))));
        assertTrue(s().containerOf("nightly").isEmpty());
        assertTrue(s().availabilityZoneOf("nightly").isEmpty());
    }

    @Test
    void aNewFrameTakesTheBlocksItCoversAndSitsInTheFrameAroundIt() {
        // a private subnet drawn around Orders API (240–420, 320–392) inside the Services subnet
        Container inner = new Container("db-subnet", ContainerKind.PRIVATE_SUBNET, "Data subnet", 236, 300, 200, 100,
                null, null, "10.0.3.0/24", List.of());
        stack.execute(new AddContainer(inner));
        assertEquals("services", frame("db-subnet").parent(), "the smallest frame that holds all of it");
        assertEquals("db-subnet", s().containerOf("api").orElseThrow().id(), "api's centre (330, 356) is inside");
        assertEquals("us-east-1b", s().availabilityZoneOf("api").orElseThrow().zone(), "through Services subnet to zone 2");
        assertEquals(Set.of("db-subnet"), stack.current().selection());
        assertEquals("Add Private subnet", stack.undoDescriptionProperty().get());
    }

    @Test
    void resizingAFrameSoABlockFallsOutsideLetsItGo() {
        // the Services subnet shrunk to 200 wide (234–434) no longer covers Image thumbnails' centre at x = 530
        stack.execute(new EditContainer("Resize Services subnet", frame("services").withBounds(234, 272, 200, 134)));
        assertEquals(List.of("api"), frame("services").blocks());
        assertEquals("az-b", s().containerOf("thumbs").orElseThrow().id(), "the zone around it still covers it");
    }

    @Test
    void renamingIsOneStepAndAnUnchangedNameIsNone() {
        assertTrue(stack.execute(new EditContainer("Rename VPC", frame("vpc").withName("Shop VPC"))));
        assertEquals("Shop VPC", frame("vpc").name());
        assertFalse(stack.execute(new EditContainer("Rename VPC", frame("vpc").withName("Shop VPC"))));
        assertEquals(1, stack.size());
    }

    @Test
    void deletingAZoneKeepsItsSubnetAndBlocksInTheVpc() {
        stack.execute(new RemoveContainers(Set.of("az-a")));
        assertTrue(s().container("az-a").isEmpty());
        assertEquals("vpc", frame("app").parent());
        assertEquals(List.of("web", "nodes"), frame("app").blocks());
        assertTrue(s().availabilityZoneOf("web").isEmpty(), "no zone around it any more");
        assertEquals(6, s().blocks().size());
        stack.undo();
        assertEquals("az-a", frame("app").parent());
    }

    @Test
    void aConnectionsLabelsAreEditedAsOneStep() {
        Connection c = s().connections().get(4);
        assertEquals("", c.label());
        stack.execute(new EditConnection(c.withLabels("40 GB/month", "SQS")));
        assertEquals("SQS · 40 GB/month", s().connections().get(4).label());
        assertEquals(5, s().connections().size(), "replaced, not added");
        stack.undo();
        assertNull(s().connections().get(4).protocol());
    }
}
