package dev.costbench.ui.app;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.pricing.CostReport;
import dev.costbench.ui.Elision;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.cost.CostRow;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The smaller on-screen defects: the shortcuts list, Esc in workshop windows. */
@ExtendWith(ApplicationExtension.class)
class SmallDefectsTest {
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
    void theShortcutsListNamesCtrlShiftPAndCutsNothingOff(FxRobot robot) {
        List<String[]> rows = ShortcutsDialog.menuShortcuts(window.menus().bar());
        assertTrue(rows.stream().anyMatch(r -> r[0].equals(MainWindow.PRESENTATION_TOO.getDisplayText())
                && r[1].equals("View → Presentation Mode")), "Ctrl+Shift+P is listed");
        Alert[] dialog = new Alert[1];
        robot.interact(() -> {
            dialog[0] = ShortcutsDialog.dialog(window.menus().bar(), window.root().getScene().getWindow());
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        try {
            assertEquals(List.of(), Elision.in(dialog[0].getDialogPane()));
        } finally {
            robot.interact(dialog[0]::close);
        }
    }

    @Test
    void theInstanceTypeListStaysInsideTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.select(java.util.Set.of("web")));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#field-instanceType").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> types = robot.lookup("#field-instanceType").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(types::show);
        WaitForAsyncUtils.waitForFxEvents(5);
        try {
            Window owner = window.root().getScene().getWindow();
            Window list = Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene().getRoot().lookup(".list-view") != null)
                    .findFirst().orElseThrow();
            // the inspector sits at the window's right edge: a list wider than its field would run off the window
            assertTrue(list.getX() + list.getWidth() <= owner.getX() + owner.getWidth() + 1,
                    "list ends at " + (list.getX() + list.getWidth()) + ", window at " + (owner.getX() + owner.getWidth()));
        } finally {
            robot.interact(types::hide);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListedInstanceTypesBlankEntrySaysItRemovesTheType(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.select(java.util.Set.of("web")));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(byId("field-overrides.add")).tryQuery().isPresent());
        var add = robot.lookup(byId("field-overrides.add")).queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> add.setValue("m5.large"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(byId("field-overrides[1].instanceType")).tryQuery().isPresent());
        // the group's own type became the first listed type, m5.large the second
        var second = robot.lookup(byId("field-overrides[1].instanceType")).queryAs(javafx.scene.control.ComboBox.class);
        Object blank = second.getItems().get(0);
        assertEquals("Remove this type (the group no longer launches it)", second.getConverter().toString(blank));
        var twin = robot.lookup("#field-gravitonType").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("Automatic (newest Graviton not dearer)", twin.getConverter().toString(twin.getItems().get(0)));
        robot.interact(() -> second.setValue(blank));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(List.of("m5.xlarge"), ((AutoScalingGroup) workbench.scenario().block("web").orElseThrow()).overrides().stream()
                .map(dev.costbench.model.InstanceOverride::instanceType).toList());
    }

    private static java.util.function.Predicate<javafx.scene.Node> byId(String id) { return n -> id.equals(n.getId()); }

    @Test
    void aBlockHasATooltipSayingWhatItIs() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.canvas().view("web").costText().startsWith("$560.64"));
        var web = window.canvas().view("web");
        assertTrue(web.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip, "a tooltip on the block");
        // 4 × $0.192 × 730 h = $560.64 a month, On-Demand
        assertEquals("Web tier · EC2 Auto Scaling group\n4 × m5.xlarge\n$560.64/mo · OD", web.tooltipText());
    }

    @Test
    void escapeClosesAWorkshopWindow(FxRobot robot) {
        robot.interact(() -> window.workshop().whatIf());
        Window whatIf = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().startsWith("What-if")).findFirst().orElseThrow();
        robot.interact(whatIf::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(whatIf.isShowing(), "Esc closed the what-if window");
    }
}
