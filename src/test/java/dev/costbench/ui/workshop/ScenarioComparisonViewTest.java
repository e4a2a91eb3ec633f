package dev.costbench.ui.workshop;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.project.ProjectFile;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.canvas.BlockView;
import javafx.scene.control.TableColumn;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workshop → Compare Scenarios… on the data-platform example: Baseline against Spot-heavy. */
@ExtendWith(ApplicationExtension.class)
class ScenarioComparisonViewTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Path example = Path.of(System.getProperty("costbench.project.dir", ".")).resolve("examples/data-platform.costbench.json");
        workbench = new Workbench(CatalogLoader.bundled(), ProjectFile.read(example));
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private static String cell(ScenarioComparisonView v, String block, String column) {
        int row = 0;
        while (!v.table().getItems().get(row).name().equals(block)) row++;
        for (TableColumn<ScenarioComparisonView.Line, ?> c : v.table().getColumns())
            if (ScenarioComparisonView.title(c).equals(column)) return String.valueOf(c.getCellData(row));
        throw new AssertionError("no column " + column);
    }

    private boolean marked(String blockId, javafx.css.PseudoClass mark) {
        return window.canvas().view(blockId).getPseudoClassStates().contains(mark);
    }

    @Test
    void spotNodesShowTheirSavingAndAreMarkedOnTheCanvas(FxRobot robot) throws Exception {
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+C"), window.workshop().menu().getItems().get(1).getAccelerator());
        ScenarioComparisonView[] view = new ScenarioComparisonView[1];
        robot.interact(() -> view[0] = window.workshop().compareScenarios());
        ScenarioComparisonView v = view[0];
        assertEquals(java.util.List.of("Baseline", "Graviton"), v.comparison().scenarios(), "the first two are picked");

        robot.interact(() -> { v.pick(1, false); v.pick(2, true); });
        assertEquals(java.util.List.of("Baseline", "Spot-heavy"), v.comparison().scenarios());
        // Query engine nodes: 4 × r5.2xlarge On-Demand at $0.504/h in Baseline, on Spot at $0.19656/h in Spot-heavy;
        // the analytics cluster fee is the same in both: 4 × 730 × (0.19656 − 0.504) = −$897.7248
        assertEquals("-$897.72  (changed)", cell(v, "Query engine nodes", "Δ Spot-heavy"));
        assertEquals("$0.00", cell(v, "Ingest NLB", "Δ Spot-heavy"), "the load balancer is the same in both");

        // Baseline is on the canvas: the blocks Spot-heavy changes are outlined, the unchanged NLB is not
        assertTrue(marked("query", BlockView.COMPARE_CHANGED));
        assertFalse(marked("ingest-lb", BlockView.COMPARE_CHANGED));

        robot.interact(() -> v.pick(1, true));
        WaitForAsyncUtils.waitForFxEvents();
        // three scenarios: the window opened wide enough for every column (it clipped the last difference at 1,100 px)
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) v.root().lookup("#compare-table");
        assertEquals(7, table.getColumns().size());
        assertTrue(table.lookupAll(".scroll-bar").stream().map(n -> (javafx.scene.control.ScrollBar) n)
                        .noneMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()),
                "no sideways scrolling with three scenarios, window " + v.root().getScene().getWidth() + " px");
        Screenshots.save(robot, v.root().getScene(), "scenario-comparison.png");

        robot.interact(() -> ((Stage) v.root().getScene().getWindow()).close());
        assertFalse(marked("query", BlockView.COMPARE_CHANGED), "marks go when the comparison closes");
    }

    /** A long scenario name wraps in its column's header, and the header is as tall as every line it wraps to. */
    @Test
    void aLongScenarioNameShowsEveryLineOfItsHeader(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.RenameScenario(0, "Synthetic 10000 blocks (seed 1)")));
        ScenarioComparisonView[] view = new ScenarioComparisonView[1];
        robot.interact(() -> view[0] = window.workshop().compareScenarios());
        WaitForAsyncUtils.waitForFxEvents(5);
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n : view[0].root().lookupAll(".column-header"))
            if (n instanceof javafx.scene.layout.Region header)
                for (javafx.scene.Node l : header.lookupAll(".label"))
                    if (l instanceof javafx.scene.control.Label label && label.isWrapText() && label.getWidth() > 0) {
                        double needs = label.prefHeight(label.getWidth());
                        javafx.geometry.Bounds shown = label.localToScene(label.getLayoutBounds());
                        javafx.geometry.Bounds room = header.localToScene(header.getLayoutBounds());
                        if (shown.getMinY() + needs > room.getMaxY() + 0.5)
                            cut.add(label.getText() + ": needs " + needs + " px from " + shown.getMinY() + ", header ends at " + room.getMaxY()
                                    + " [width " + label.getWidth() + ", pref " + label.getPrefWidth() + ", prefH(-1) " + label.prefHeight(-1) + ", height " + label.getHeight() + "]");
                    }
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    @Test
    void oneScenarioIsNotAComparison(FxRobot robot) {
        ScenarioComparisonView[] view = new ScenarioComparisonView[1];
        robot.interact(() -> { view[0] = window.workshop().compareScenarios(); view[0].pick(1, false); });
        assertEquals("Pick two to four scenarios to compare (1 picked).", view[0].message());
        assertFalse(marked("query", BlockView.COMPARE_CHANGED));
    }

    @Test
    void theComparisonLeavesTheCanvasInSightAndRemembersThePicks(FxRobot robot) {
        ScenarioComparisonView[] view = new ScenarioComparisonView[1];
        robot.interact(() -> view[0] = window.workshop().compareScenarios());
        Stage stage = (Stage) view[0].root().getScene().getWindow();
        javafx.geometry.Bounds canvas = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        javafx.geometry.Rectangle2D placed = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        assertFalse(placed.intersects(canvas.getMinX() + 1, canvas.getMinY() + 1, canvas.getWidth() - 2, canvas.getHeight() - 2),
                "the window " + placed + " does not cover the canvas " + canvas);

        robot.interact(() -> { view[0].pick(1, false); view[0].pick(2, true); stage.close(); });
        robot.interact(() -> view[0] = window.workshop().compareScenarios());
        assertEquals(java.util.List.of("Baseline", "Spot-heavy"), view[0].comparison().scenarios(), "the picks of last time");
    }
}
