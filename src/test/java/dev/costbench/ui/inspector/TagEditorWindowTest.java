package dev.costbench.ui.inspector;

import dev.costbench.model.Block;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's tag table: add, change and remove a tag, each one undo step; a key AWS refuses never reaches the design. */
@ExtendWith(ApplicationExtension.class)
class TagEditorWindowTest {
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

    private Block web() { return workbench.scenario().block("web").orElseThrow(); }

    @Test
    void eachTagEditIsOneUndoStepAndARefusedKeyIsNamed(FxRobot robot) {
        javafx.scene.Node view = window.canvas().view("web");
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        assertTrue(web().tags().isEmpty());

        // the tag table sits below the block's fields: scrolled into view as a user would
        robot.interact(() -> scrollIntoView(robot.lookup("#tag-new-key").query()));
        robot.clickOn("#tag-new-key").write("team");
        robot.clickOn("#tag-new-value").write("storefront").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("storefront", web().tags().get("team"));
        assertTrue(((dev.costbench.ui.canvas.BlockView) window.canvas().view("web")).tooltipText().endsWith("\nTags: team=storefront"),
                "the block's tooltip shows its tags");

        TextField value = robot.lookup("#tag-value-0").queryAs(TextField.class);
        robot.doubleClickOn(value).eraseText(value.getText().length() + 2).write("orders").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("orders", web().tags().get("team"));

        // a key the block has already: refused under the table, the design unchanged (AWS's own rules: TagsFileTest)
        // typed without the mouse: the new-tag row may now sit below the inspector's visible part
        TextField newKey = robot.lookup("#tag-new-key").queryAs(TextField.class);
        TextField newValue = robot.lookup("#tag-new-value").queryAs(TextField.class);
        robot.interact(() -> {
            newKey.setText("team");
            newValue.setText("media");
            newValue.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#tag-problem").queryAs(Label.class);
        assertTrue(problem.isVisible(), problem.getText() + " / " + web().tags() + " / key field: "
                + robot.lookup("#tag-new-key").queryAs(TextField.class).getText());
        assertEquals("The block already has a tag team; change its value above", problem.getText());
        assertEquals("orders", web().tags().get("team"));
        assertEquals(List.of("team"), List.copyOf(web().tags().entries().keySet()));

        robot.interact(() -> robot.lookup("#tag-remove-0").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(web().tags().isEmpty());

        // three edits, three undo steps: remove, change, add
        robot.interact(() -> workbench.commands().undo());
        assertEquals("orders", web().tags().get("team"));
        robot.interact(() -> workbench.commands().undo());
        assertEquals("storefront", web().tags().get("team"));
        robot.interact(() -> workbench.commands().undo());
        assertTrue(web().tags().isEmpty());
        assertFalse(workbench.commands().canUndo());
    }

    /** Scrolls the inspector so that {@code node} shows. */
    private static void scrollIntoView(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
                double viewHeight = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                if (contentHeight > viewHeight) scroll.setVvalue(Math.min(1, Math.max(0, (y - 20) / (contentHeight - viewHeight))));
                scroll.layout();
                return;
            }
        }
    }
}
