package dev.costbench.ui.app;

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
        Project p = new Project("Talk", List.of(new Scenario("Base", "us-east-1", List.of(web), List.of(), "on-demand", false)));
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
}
