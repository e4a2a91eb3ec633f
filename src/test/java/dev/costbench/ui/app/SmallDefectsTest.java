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

    /**
     * Where the status bar has no room for every item whole, the region (on the toolbar too) goes whole, rather than
     * read "Region…", then the annual total (over the cost table too), and the prices' dates and kinds keep their
     * room; with room again they come back.
     */
    @Test
    void theStatusBarLeavesOutTheRegionThenTheAnnualTotalRatherThanCutItsItems(FxRobot robot) {
        StatusBar bar = window.statusBar();
        javafx.scene.Node region = bar.lookup("#status-region");
        Stage stage = (Stage) bar.getScene().getWindow();
        // the test catalog's list of missing kinds of price is long: every item whole needs about 1,440 px
        robot.interact(() -> { stage.setWidth(1600); stage.setHeight(900); });
        WaitForAsyncUtils.waitForFxEvents(3);
        StringBuilder widths = new StringBuilder();
        for (javafx.scene.Node n : bar.getChildrenUnmodifiable())
            widths.append(n.getId()).append('/').append(n.getStyleClass()).append('=').append(Math.round(n.prefWidth(-1))).append(' ');
        assertTrue(region.isVisible(), "room for every item at 1600 px: " + bar.getWidth() + " " + widths);
        assertEquals(List.of(), Elision.in(bar));
        // short by half the region's width: every item whole needs more, every item but the region less
        double all = 0;
        int items = 0;
        for (javafx.scene.Node n : bar.getChildrenUnmodifiable())
            if (!(n.getId() == null && n.getStyleClass().isEmpty()) && !"status-activity".equals(n.getId())) {
                all += n.prefWidth(-1);
                items++;
            }
        double target = all + bar.getSpacing() * (items - 1) + bar.snappedLeftInset() + bar.snappedRightInset() - region.prefWidth(-1) / 2;
        double by = bar.getWidth() - target;
        robot.interact(() -> stage.setWidth(stage.getWidth() - by));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(region.isVisible(), "no room at " + bar.getWidth() + " px for " + (target + region.prefWidth(-1) / 2));
        assertEquals(List.of(), Elision.in(bar), "the other items whole once the region is left out");
        javafx.scene.Node annual = bar.lookup("#status-annual");
        assertTrue(annual.isVisible(), "the annual total stays while leaving out the region is enough");
        // narrower by the annual total's width too: it goes next, the cost table's header shows it
        robot.interact(() -> stage.setWidth(stage.getWidth() - annual.prefWidth(-1)));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(annual.isVisible(), "the annual total left out at " + bar.getWidth() + " px");
        assertTrue(bar.lookup("#status-monthly").isVisible());
        assertEquals(List.of(), Elision.in(bar), "the other items whole once the annual total is left out");
        robot.interact(() -> stage.setWidth(1600));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(region.isVisible() && annual.isVisible(), "back with room for them");
    }

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

    /**
     * The tests, and any caller off the JavaFX thread, close the workbench from their own thread; the views stop their
     * animations as they close, and one stopped off the JavaFX thread broke its pulse (a NullPointerException there).
     */
    @Test
    void closingFromAnotherThreadClosesTheViewsOnTheJavaFxThread() throws Exception {
        var threads = new java.util.concurrent.LinkedBlockingQueue<Boolean>();
        workbench.whenClosed(() -> threads.add(javafx.application.Platform.isFxApplicationThread()));
        workbench.close();
        assertEquals(Boolean.TRUE, threads.poll(10, java.util.concurrent.TimeUnit.SECONDS));
    }

    private static java.util.function.Predicate<javafx.scene.Node> byId(String id) { return n -> id.equals(n.getId()); }

    @Test
    void aBlockHasATooltipSayingWhatItIs(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.canvas().view("web").costText().startsWith("$560.64"));
        var web = window.canvas().view("web");
        // made when the pointer first comes over the block
        robot.moveTo(web);
        WaitForAsyncUtils.waitForFxEvents();
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
