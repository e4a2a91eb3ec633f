package dev.costbench.ui.canvas;

import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.command.AddConnection;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selecting, deleting, duplicating and pasting on the canvas with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Project design = TestDesigns.webTier();
        workbench = new Workbench(TestDesigns.catalog(), design);
        workbench.execute(new AddConnection(new Connection("web", "thumbs")));
        workbench.commands().markSaved();
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private Point2D center(String blockId) {
        Bounds b = window.canvas().view(blockId).localToScreen(window.canvas().view(blockId).getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlClickAddsToTheSelectionAndDeleteRemovesBlocksWithTheirConnectionsInOneStep(FxRobot robot) {
        robot.clickOn(center("web"));
        robot.press(KeyCode.CONTROL).clickOn(center("thumbs")).release(KeyCode.CONTROL);
        assertEquals(Set.of("web", "thumbs"), workbench.selection());

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workbench.scenario().blocks().isEmpty());
        assertTrue(workbench.scenario().connections().isEmpty());
        assertEquals("Delete 2 blocks", workbench.commands().undoDescriptionProperty().get());

        shortcut(robot, KeyCode.Z);
        assertEquals(2, workbench.scenario().blocks().size());
        assertEquals(List.of(new Connection("web", "thumbs")), workbench.scenario().connections());
    }

    @Test
    void aRubberBandSelectsTheBlocksItTouches(FxRobot robot) {
        Point2D web = center("web"), thumbs = center("thumbs");
        int steps = workbench.commands().size();
        // from above-left of "web" to the middle of "thumbs": both blocks touch the band
        robot.drag(web.subtract(120, 60), MouseButton.PRIMARY).moveTo(thumbs).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("web", "thumbs"), workbench.selection());
        assertEquals(steps, workbench.commands().size(), "selecting is not an edit");
    }

    @Test
    void copyPasteAndDuplicateMakeRenamedCopiesWithTheirConnections(FxRobot robot) {
        robot.clickOn(center("web"));
        robot.press(KeyCode.CONTROL).clickOn(center("thumbs")).release(KeyCode.CONTROL);
        shortcut(robot, KeyCode.C);
        shortcut(robot, KeyCode.V);

        assertEquals(4, workbench.scenario().blocks().size());
        assertEquals(Set.of("asg-1", "lambda-1"), workbench.selection(), "the pasted copies are selected");
        assertEquals("Web tier 2", workbench.scenario().block("asg-1").orElseThrow().name());
        assertEquals(140, workbench.scenario().block("asg-1").orElseThrow().x(), "pasted 40 px down-right of x = 100");
        assertTrue(workbench.scenario().connections().contains(new Connection("asg-1", "lambda-1")));

        shortcut(robot, KeyCode.D);
        assertEquals(6, workbench.scenario().blocks().size());
        assertEquals("Web tier 3", workbench.scenario().block("asg-2").orElseThrow().name());

        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertEquals(2, workbench.scenario().blocks().size());
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, workbench.scenario().blocks().size(), "Ctrl+Y redoes the paste");
    }

    @Test
    void arrowKeysNudgeTheSelectionOneGridStepPerPress(FxRobot robot) {
        robot.clickOn(center("web"));
        robot.type(KeyCode.RIGHT, 2).type(KeyCode.DOWN);
        // from (100, 100): two steps right, one down, 20 px each → (140, 120)
        assertEquals(140, workbench.scenario().block("web").orElseThrow().x());
        assertEquals(120, workbench.scenario().block("web").orElseThrow().y());
        shortcut(robot, KeyCode.Z);
        assertEquals(140, workbench.scenario().block("web").orElseThrow().x());
        assertEquals(100, workbench.scenario().block("web").orElseThrow().y(), "each press is its own step");
    }

    @Test
    void deleteInAnInspectorControlDoesNotDeleteTheBlock(FxRobot robot) {
        robot.clickOn(center("web"));
        robot.clickOn("#field-purchaseOption").type(KeyCode.ESCAPE);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workbench.scenario().block("web").isPresent());
    }
}
