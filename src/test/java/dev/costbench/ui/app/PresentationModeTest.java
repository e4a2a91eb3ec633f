package dev.costbench.ui.app;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View → Presentation Mode: F11 shows only the canvas and the totals, Esc brings the workbench back. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // 4 × m5.xlarge On-Demand at $0.192/h: 4 × 0.192 × 730 = $560.64 a month, × 12 = $6,727.68 a year
        AutoScalingGroup web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 4, 4, 4).withPosition(100, 100);
        Project p = new Project("Talk", List.of(new Scenario("Base", "us-east-1", List.of(web), List.of(), PurchaseOption.ON_DEMAND, false),
                new Scenario("Spot", "us-east-1", List.of(web), List.of(), PurchaseOption.SPOT, false)));
        workbench = new Workbench(CatalogLoader.bundled(), p);
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void f11ShowsOnlyCanvasAndTotalsAndEscapeLeaves(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.report() != null);
        robot.clickOn(window.canvas());
        robot.type(KeyCode.F11);
        assertTrue(window.inPresentation());
        assertTrue(stage.isFullScreen());
        assertNull(window.palette().getScene(), "the palette is not shown");
        assertNull(window.inspector().getScene(), "the inspector is not shown");
        assertNotNull(window.canvas().getScene());
        assertEquals("$560.64 a month   ·   $6,727.68 a year", window.presentationTotals());

        robot.type(KeyCode.ESCAPE);
        assertFalse(window.inPresentation());
        assertFalse(stage.isFullScreen());
        assertNotNull(window.palette().getScene(), "the workbench is back");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(window.inPresentation(), "Ctrl+Shift+P too");
        robot.interact(window::togglePresentation);
        assertFalse(window.inPresentation());
    }

    @Test
    void leavingGivesBackTheLayoutAndTheViewAsTheyWere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.report() != null);
        WaitForAsyncUtils.waitForFxEvents(5);
        double canvasWidth = window.canvas().getWidth();
        double inspectorWidth = window.inspector().getWidth();
        double zoom = window.canvas().viewport().zoom();
        double panX = window.canvas().viewport().translate().getX();
        double panY = window.canvas().viewport().translate().getY();
        assertTrue(canvasWidth > 700, "at 1400 px the canvas has most of the width: " + canvasWidth);

        robot.clickOn(window.canvas());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents(5);

        assertFalse(window.inPresentation());
        assertEquals(canvasWidth, window.canvas().getWidth(), 1, "the canvas is as wide as before");
        assertEquals(inspectorWidth, window.inspector().getWidth(), 1, "the inspector is as wide as before");
        assertEquals(zoom, window.canvas().viewport().zoom(), 1e-9, "the zoom is as before");
        assertEquals(panX, window.canvas().viewport().translate().getX(), 1, "the view is where it was");
        assertEquals(panY, window.canvas().viewport().translate().getY(), 1, "the view is where it was");
    }

    @Test
    void ctrlPageDownSwitchesScenarioInPresentation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.report() != null);
        robot.clickOn(window.canvas());
        robot.type(KeyCode.F11);
        assertTrue(window.inPresentation());
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Spot", workbench.scenario().name(), "Ctrl+PgDn shows the next scenario");
        assertTrue(window.inPresentation(), "and stays in presentation mode");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Base", workbench.scenario().name(), "Ctrl+PgUp the previous one");
    }
}
