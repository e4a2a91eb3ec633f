package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.canvas.ConnectionView;
import dev.costbench.ui.command.AddConnection;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gestures the other canvas tests do not drive: panning (middle button, Space held, scrolling), zooming
 * (Ctrl+scroll) and selecting an arrow. The view is not the document: none of them adds an undo step.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;
    private int steps;

    @Start
    void start(Stage stage) {
        Project design = TestDesigns.webTier();
        workbench = new Workbench(TestDesigns.catalog(), design);
        workbench.execute(new AddConnection(new Connection("web", "thumbs")));
        workbench.commands().markSaved();
        window = WindowFixture.show(stage, workbench, home);
        steps = workbench.commands().size();
    }

    @AfterEach
    void close() { workbench.close(); }

    private static Point2D center(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private double panX() { return window.canvas().viewport().translate().getX(); }

    private double panY() { return window.canvas().viewport().translate().getY(); }

    @Test
    void draggingWithTheMiddleButtonPansTheViewAndMovesNoBlock(FxRobot robot) {
        Point2D web = center(window.canvas().view("web"));
        double x = panX(), y = panY();
        robot.drag(web.add(0, 150), MouseButton.MIDDLE).moveBy(40, 10).moveBy(40, 20).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        // the view follows the mouse by (80, 30) screen pixels, whatever the zoom
        assertEquals(x + 80, panX(), 1);
        assertEquals(y + 30, panY(), 1);
        assertEquals(100, workbench.scenario().block("web").orElseThrow().x());
        assertEquals(steps, workbench.commands().size(), "panning is not an edit");
    }

    @Test
    void holdingSpaceMakesADragOnABlockPanInsteadOfMovingIt(FxRobot robot) {
        Point2D web = center(window.canvas().view("web"));
        robot.clickOn(web.add(0, 150));
        double x = panX();
        robot.press(KeyCode.SPACE);
        robot.drag(web, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x + 60, panX(), 1);
        assertEquals(100, workbench.scenario().block("web").orElseThrow().x(), "the block stays where it was");
        assertEquals(steps, workbench.commands().size());
    }

    @Test
    void ctrlScrollZoomsAboutTheMouseAndPlainScrollPans(FxRobot robot) {
        Point2D web = center(window.canvas().view("web"));
        robot.moveTo(web.add(0, 150));
        double zoom = window.canvas().viewport().zoom();
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().viewport().zoom() != zoom, "Ctrl+scroll changes the zoom");
        double zoomed = window.canvas().viewport().zoom(), y = panY();
        robot.scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomed, window.canvas().viewport().zoom(), 1e-9, "plain scrolling keeps the zoom");
        assertTrue(panY() != y, "plain scrolling pans");
        assertEquals(steps, workbench.commands().size(), "zooming is not an edit");
    }

    @Test
    void zoomInAndOutAreInverseStepsAboutTheMiddle(FxRobot robot) {
        double zoom = window.canvas().viewport().zoom();
        robot.interact(() -> window.canvas().zoomIn());
        // one step is × 1.25
        assertEquals(zoom * 1.25, window.canvas().viewport().zoom(), 1e-9);
        robot.interact(() -> window.canvas().zoomOut());
        assertEquals(zoom, window.canvas().viewport().zoom(), 1e-9);
        robot.interact(() -> window.canvas().actualSize());
        assertEquals(1, window.canvas().viewport().zoom(), 1e-9);
    }

    @Test
    void zoomedFarOutABlockStillShowsItsNameLargeEnoughToRead(FxRobot robot) {
        var web = window.canvas().view("web");
        assertTrue(web.detailed(), "at 100% a block shows its size and cost");
        double normal = web.nameLabel().getFont().getSize();
        // six steps out from 100%: 1 / 1.25^6 = 0.26, below the zoom where size and cost lines are dropped
        robot.interact(() -> {
            window.canvas().actualSize();
            for (int i = 0; i < 6; i++) window.canvas().zoomOut();
            web.applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = window.canvas().viewport().zoom();
        assertTrue(!web.detailed() && web.nameLabel().isVisible(), "far out, the size and cost go and the name stays");
        double onScreen = web.nameLabel().getFont().getSize() * zoom;
        assertTrue(web.nameLabel().getFont().getSize() > 1.5 * normal, "the name is set larger far out: " + web.nameLabel().getFont());
        robot.interact(() -> {
            window.canvas().actualSize();
            web.applyCss();
        });
        assertTrue(web.detailed() && web.nameLabel().getFont().getSize() == normal, "back at 100%, full detail at the usual size");
        assertTrue(onScreen > normal * zoom, "larger on screen than the usual name would be at " + zoom);
    }

    @Test
    void clickingAnArrowSelectsItsConnectionAndDeleteRemovesItInOneStep(FxRobot robot) {
        robot.clickOn(center(window.canvas().view("web")));
        ConnectionView arrow = window.canvas().arrow(new Connection("web", "thumbs"));
        robot.clickOn(center(arrow));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Connection("web", "thumbs"), window.canvas().selectedConnection());
        assertEquals(Set.of(), workbench.selection(), "selecting an arrow selects no block");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.canvas().selectedConnection(), "Escape selects nothing");

        robot.clickOn(center(arrow));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workbench.scenario().connections().isEmpty());
        assertEquals(steps + 1, workbench.commands().size());
        assertEquals(2, workbench.scenario().blocks().size(), "the blocks stay");
    }
}
