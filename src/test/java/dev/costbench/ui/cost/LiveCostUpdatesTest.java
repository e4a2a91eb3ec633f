package dev.costbench.ui.cost;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.command.EditBlock;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After an edit the window redraws what the edit changed and leaves the rest alone: rows, bars and labels of
 * unchanged blocks stay the same objects, and blocks out of view are off the scene graph until they come into view.
 */
@ExtendWith(ApplicationExtension.class)
class LiveCostUpdatesTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;

    /** The web tier design plus "Batch workers", 2 × m5.large far off to the right and below. */
    @Start
    void start(Stage stage) {
        Project design = TestDesigns.webTier();
        Scenario s = design.scenarios().get(0);
        AutoScalingGroup far = new AutoScalingGroup("far", "Batch workers", 6000, 4000, null, "m5.large", 1, 2, 4, 0, 100, 0, null, null);
        List<Block> blocks = new ArrayList<>(s.blocks());
        blocks.add(far);
        workbench = new Workbench(TestDesigns.catalog(), new Project(design.name(), List.of(s.withBlocks(blocks))));
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private AutoScalingGroup web() { return (AutoScalingGroup) workbench.scenario().block("web").orElseThrow(); }

    /** Raises the web tier to 5 instances: 5 × $0.192 × 730 h = $700.80 a month. */
    private void raiseWebTier(FxRobot robot) throws Exception {
        AutoScalingGroup web = web();
        robot.interact(() -> workbench.execute(new EditBlock("Raise web tier", web.withCounts(1, 5, 8))));
        waitUntil(() -> window.costPanel().table().rows().get(0).onDemand().text().equals("$700.80"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBlockOutOfViewIsOffTheCanvasUntilItComesIntoView(FxRobot robot) throws Exception {
        // 2 × $0.096 × 730 h = $140.16 a month
        waitUntil(() -> workbench.report() != null);
        BlockView far = window.canvas().view("far");
        assertNull(far.getScene(), "a block out of view is not in the scene graph");
        assertNotNull(window.canvas().view("web").getScene());

        robot.interact(() -> {
            double zoom = window.canvas().viewport().zoom();
            window.canvas().viewport().panBy(-(6000 - 100) * zoom, -(4000 - 100) * zoom);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(far.getScene(), "panned into view, it is on the canvas");
        assertTrue(far.costText().startsWith("$140.16/mo"), far.costText());
        assertNull(window.canvas().view("web").getScene(), "the web tier is now out of view");
    }

    @Test
    void anEditReplacesTheRowsOfTheBlocksItChangedAndKeepsTheOthers(FxRobot robot) throws Exception {
        waitUntil(() -> window.costPanel().table().rows().size() == 4);
        List<CostRow> before = window.costPanel().table().rows();
        List<CostTable.Line> lines = List.copyOf(window.costPanel().table().getItems());

        raiseWebTier(robot);

        List<CostRow> after = window.costPanel().table().rows();
        assertNotSame(before.get(0), after.get(0), "the web tier's row is new");
        assertSame(before.get(1), after.get(1), "the Lambda's row is the one it had");
        assertSame(before.get(2), after.get(2), "the far group's row is the one it had");
        assertEquals(lines, window.costPanel().table().getItems(), "the table keeps its lines and changes what they show");
        // $700.80 + $140.16 = $840.96 On-Demand, plus the Lambda, whose price this catalog lacks
        assertEquals("$840.96 + 1 missing", after.get(3).onDemand().text());
    }

    @Test
    void theChartMovesItsBarsInPlace(FxRobot robot) throws Exception {
        waitUntil(() -> !window.costPanel().chart().getData().isEmpty());
        XYChart.Series<String, Number> webSeries = window.costPanel().chart().getData().get(0);
        XYChart.Data<String, Number> webOnDemand = webSeries.getData().get(0);
        // 4 × $0.192 × 730 h = $560.64
        assertEquals(560.64, webOnDemand.getYValue().doubleValue(), 0.001);

        // the On-Demand stack: $560.64 + $140.16 + the Lambda's missing price (nothing) = $700.80, under a $1,000 scale
        javafx.scene.chart.NumberAxis scale = (javafx.scene.chart.NumberAxis) window.costPanel().chart().getYAxis();
        assertEquals(1000, scale.getUpperBound(), 0.001);
        assertEquals(200, scale.getTickUnit(), 0.001);

        raiseWebTier(robot);

        assertSame(webSeries, window.costPanel().chart().getData().get(0));
        assertSame(webOnDemand, webSeries.getData().get(0));
        assertEquals(700.80, webOnDemand.getYValue().doubleValue(), 0.001);
        // $700.80 + $140.16 = $840.96 still fits the $1,000 scale, so the ticks stay where they were
        assertEquals(1000, scale.getUpperBound(), 0.001);
    }

    @Test
    void whenAnotherBlockTakesTheLeadTheChartRenamesItsSeriesAndLegendInPlace(FxRobot robot) throws Exception {
        waitUntil(() -> window.costPanel().chart().legendEntries().size() == 3);
        CostChart chart = window.costPanel().chart();
        // chosen (On-Demand) cost: web $560.64, far $140.16, the Lambda missing (nothing stacked)
        assertEquals(List.of("Web tier", "Batch workers", "Thumbnails"), chart.legendEntries());
        List<XYChart.Series<String, Number>> series = List.copyOf(chart.getData());
        Label firstEntry = robot.lookup("#cost-chart-legend .label").queryAs(Label.class);

        // 9 × $0.096 × 730 h = $630.72 puts Batch workers ahead of the web tier
        AutoScalingGroup far = (AutoScalingGroup) workbench.scenario().block("far").orElseThrow();
        robot.interact(() -> workbench.execute(new EditBlock("Grow batch workers", far.withCounts(1, 9, 9))));
        waitUntil(() -> chart.legendEntries().get(0).equals("Batch workers"));

        assertEquals(List.of("Batch workers", "Web tier", "Thumbnails"), chart.legendEntries());
        assertEquals(series, chart.getData(), "the same series, renamed");
        assertEquals(630.72, chart.getData().get(0).getData().get(0).getYValue().doubleValue(), 0.001);
        assertSame(firstEntry, robot.lookup("#cost-chart-legend .label").queryAs(Label.class));
        assertEquals("Batch workers", firstEntry.getText());
    }

    @Test
    void theScaleIsTheNextRoundFigureAboveTheTallestBar() {
        assertEquals(1, CostChart.roundAbove(0));
        assertEquals(1, CostChart.roundAbove(1));
        assertEquals(2, CostChart.roundAbove(1.5));
        assertEquals(5, CostChart.roundAbove(2.5));
        assertEquals(1000, CostChart.roundAbove(560.64));
        assertEquals(1000, CostChart.roundAbove(1000));
        assertEquals(2000, CostChart.roundAbove(1000.01));
        assertEquals(500_000, CostChart.roundAbove(385_903.20));
    }

    @Test
    void theInspectorReusesItsCostLineLabels(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.select(Set.of("web")));
        Label first = robot.lookup("#inspector-cost-lines .label").queryAs(Label.class);
        waitUntil(() -> first.getText().startsWith("$560.64"));

        raiseWebTier(robot);
        waitUntil(() -> first.getText().startsWith("$700.80"));
        assertSame(first, robot.lookup("#inspector-cost-lines .label").queryAs(Label.class));
    }

    @Test
    void aCellsTooltipIsWrittenWhenItOpensAndNamesTheRatesSource(FxRobot robot) throws Exception {
        waitUntil(() -> window.costPanel().table().rows().size() == 4);
        @SuppressWarnings("unchecked")
        TableCell<CostTable.Line, CostRow> webOnDemand = robot.lookup(".money-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "$560.64".equals(c.getText())).findFirst().orElseThrow();
        Tooltip tip = webOnDemand.getTooltip();
        assertNotNull(tip);
        robot.interact(() -> tip.show(window.root().getScene().getWindow()));
        try {
            assertTrue(tip.getText().contains("Source: published · test rates · 2025-06-01"), tip.getText());
        } finally {
            robot.interact(tip::hide);
        }
    }
}
