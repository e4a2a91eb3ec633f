package dev.costbench.ui.app;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.BlockView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window under headless Monocle, driven by mouse and keyboard; assertions are on the model. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(TestDesigns.catalog(), TestDesigns.webTier());
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private Block block(String id) { return workbench.scenario().block(id).orElseThrow(); }

    private Point2D center(javafx.scene.Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void draggingAPaletteItemOntoTheCanvasAddsOneBlockThatOneUndoRemoves(FxRobot robot) {
        int before = workbench.scenario().blocks().size();
        Bounds canvas = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
        Point2D drop = new Point2D(canvas.getMinX() + 300, canvas.getMaxY() - 100);
        robot.drag("#palette-asg", MouseButton.PRIMARY).moveTo(drop).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before + 1, workbench.scenario().blocks().size());
        Block added = workbench.scenario().blocks().get(before);
        assertEquals(BlockKind.ASG, added.kind());
        assertEquals(java.util.Set.of(added.id()), workbench.selection(), "the dropped block is selected");
        assertEquals(0, added.x() % 20, "dropped on the grid");
        assertEquals(1, workbench.commands().size(), "one undo step");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, workbench.scenario().blocks().size());
        assertFalse(workbench.commands().canUndo());
    }

    @Test
    void draggingABlockMovesItOnTheGridInOneStepThatUndoTakesBack(FxRobot robot) {
        BlockView web = window.canvas().view("web");
        Point2D from = center(web);
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 30).moveBy(63, 32).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // moved by (123, 62) at 100% zoom from (100, 100): snapped to the 20 px grid → (220, 160)
        double zoom = window.canvas().viewport().zoom();
        assertEquals(Math.round((100 + 123 / zoom) / 20) * 20, block("web").x());
        assertEquals(Math.round((100 + 62 / zoom) / 20) * 20, block("web").y());
        assertEquals(1, workbench.commands().size(), "the whole drag is one step");
        assertEquals("Move block", workbench.commands().undoDescriptionProperty().get());

        robot.interact(() -> workbench.commands().undo());
        assertEquals(100, block("web").x());
        assertEquals(100, block("web").y());
        assertEquals(100, window.canvas().view("web").getLayoutX(), "the view follows the undo");
    }

    @Test
    void draggingFromABlocksHandleToAnotherBlockConnectsThem(FxRobot robot) {
        BlockView web = window.canvas().view("web");
        robot.moveTo(center(web));
        Point2D handle = center(web.handle());
        robot.drag(handle, MouseButton.PRIMARY).moveTo(center(window.canvas().view("thumbs"))).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(java.util.List.of(new Connection("web", "thumbs")), workbench.scenario().connections());
        assertTrue(window.canvas().arrow(new Connection("web", "thumbs")) != null, "an arrow is drawn");
        assertEquals(100, block("web").x(), "drawing a connection does not move the block");
    }

    @Test
    void changingTheCountInTheInspectorRepricesTheTotal(FxRobot robot) throws Exception {
        // 4 × m5.xlarge On-Demand: 4 × $0.192 × 730 h = $560.64 a month; the Lambda has no price in this catalog
        robot.clickOn(center(window.canvas().view("web")));
        waitUntil(() -> window.costPanel().totalText().contains("$560.64"));

        TextField desired = robot.lookup("#field-desired").queryAs(TextField.class);
        robot.doubleClickOn(desired).eraseText(desired.getText().length() + 2).write("6").type(KeyCode.ENTER);

        // 6 × $0.192 × 730 h = $840.96 a month
        waitUntil(() -> window.costPanel().totalText().contains("$840.96"));
        assertEquals(6, ((AutoScalingGroup) block("web")).desired());
        assertEquals("Change Desired of Web tier", workbench.commands().undoDescriptionProperty().get());
        assertTrue(workbench.commands().isDirty());
    }

    @Test
    void invalidInputInTheInspectorShowsWhyAndLeavesTheModelAlone(FxRobot robot) {
        robot.clickOn(center(window.canvas().view("web")));
        TextField desired = robot.lookup("#field-desired").queryAs(TextField.class);
        Label problem = robot.lookup("#field-desired-problem").queryAs(Label.class);
        Project before = workbench.project();

        robot.doubleClickOn(desired).eraseText(desired.getText().length() + 2).write("12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.isVisible());
        assertEquals("Desired (12) must be between min (1) and max (8)", problem.getText());
        assertEquals(before, workbench.project());

        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Must be a whole number from 0 to 100,000 instances", problem.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(before, workbench.project());
        assertFalse(workbench.commands().canUndo());
    }

    @Test
    void savingAndReopeningGivesTheSameDesign(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.EditBlock("grow",
                ((AutoScalingGroup) block("web")).withCounts(2, 5, 9))));
        Project edited = workbench.project();
        assertEquals("*Untitled — Costbench", workbench.titleProperty().get());
        Path file = home.resolve("saved.costbench.json");
        robot.interact(() -> assertTrue(window.documents().saveTo(file)));
        assertTrue(Files.isRegularFile(file));
        assertFalse(workbench.commands().isDirty());
        assertEquals("saved.costbench.json — Costbench", workbench.titleProperty().get(), "no unsaved mark after saving");

        robot.interact(() -> workbench.open(DocumentActions.emptyDesign(), null, "Untitled"));
        robot.interact(() -> assertTrue(window.documents().open(file)));
        assertEquals(edited, workbench.project());
        assertEquals(file, workbench.file());
        assertEquals(file.toAbsolutePath().normalize(), new UserSettings(home).recentFiles().get(0));
    }
}
