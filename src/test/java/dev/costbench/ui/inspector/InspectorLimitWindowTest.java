package dev.costbench.ui.inspector;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspector's field for an Auto Scaling group's max refuses 200,000 instances with the very limit the design
 * file's reader gives for the same value, so the window can no longer save a design the reader will not open.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorLimitWindowTest {
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

    @Test
    void theMaxFieldRefusesTheValueTheReaderRefusesWithTheSameLimit(FxRobot robot) {
        javafx.scene.Node web = window.canvas().view("web");
        Bounds b = web.localToScreen(web.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        TextField max = robot.lookup("#field-max").queryAs(TextField.class);
        Label problem = robot.lookup("#field-max-problem").queryAs(Label.class);
        Project before = workbench.project();

        robot.doubleClickOn(max).eraseText(max.getText().length() + 2).write("200000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(problem.isVisible());
        assertEquals("Must be from 0 to 100,000 instances", problem.getText());
        assertEquals(before, workbench.project(), "the refused value never reaches the design");
        assertFalse(workbench.commands().canUndo());

        // the same value written into the file by hand: the reader names the block's field and the same limit
        String json = ProjectFile.toJson(before).replace("\"max\": 8", "\"max\": 200000");
        assertTrue(json.contains("200000"), json);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "web.costbench.json"));
        assertEquals("web.costbench.json: $.scenarios[0].blocks[0].max: must be from 0 to 100,000 instances, not 200000",
                e.getMessage());

        // 100,000, the limit itself, is taken
        robot.doubleClickOn(max).eraseText(max.getText().length() + 2).write("100,000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible());
        assertEquals(100_000, ((AutoScalingGroup) workbench.scenario().block("web").orElseThrow()).max());
    }
}
