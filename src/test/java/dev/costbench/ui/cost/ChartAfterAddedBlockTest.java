package dev.costbench.ui.cost;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.command.AddBlocks;
import dev.costbench.ui.command.EditBlock;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The chart keeps drawing what the table shows after a block is added, not only after edits of blocks already there. */
@ExtendWith(ApplicationExtension.class)
class ChartAfterAddedBlockTest {
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

    private XYChart.Data<String, Number> bar(String block, String option) {
        for (XYChart.Series<String, Number> s : window.costPanel().chart().getData())
            if (s.getName().equals(block))
                for (XYChart.Data<String, Number> d : s.getData()) if (d.getXValue().equals(option)) return d;
        return null;
    }

    /** The bar's drawn height in pixels against what its value should take on the axis. */
    private void assertDrawn(String block, String option, double monthly) {
        XYChart.Data<String, Number> d = bar(block, option);
        assertNotNull(d, block + " has a bar under " + option);
        assertEquals(monthly, d.getYValue().doubleValue(), 0.001);
        Node node = d.getNode();
        assertNotNull(node.getParent(), "the bar is on the chart");
        NumberAxis axis = (NumberAxis) window.costPanel().chart().getYAxis();
        double expected = axis.getDisplayPosition(0) - axis.getDisplayPosition(monthly);
        assertEquals(expected, node.getBoundsInParent().getHeight(), 1.5, block + " under " + option + " is drawn to its value");
    }

    @Test
    void theChartRedrawsAfterABlockIsAddedAndThenEdited(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.costPanel().chart().getData().size() == 2);
        // "Batch workers": 2 × m5.large, 2 × $0.096 × 730 h = $140.16 a month
        AutoScalingGroup batch = new AutoScalingGroup("batch", "Batch workers", 300, 300, null, "m5.large", 1, 2, 4, 0, 100, 0, null, null);
        robot.interact(() -> workbench.execute(AddBlocks.one(batch)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.costPanel().chart().getData().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawn("Batch workers", "OD", 140.16);

        // the web tier raised to 6: 6 × $0.192 × 730 h = $840.96 a month
        AutoScalingGroup web = (AutoScalingGroup) workbench.scenario().block("web").orElseThrow();
        robot.interact(() -> workbench.execute(new EditBlock("Raise web tier", web.withCounts(1, 6, 8))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.costPanel().table().rows().get(0).onDemand().text().equals("$840.96"));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertDrawn("Web tier", "OD", 840.96);
        // and the batch workers raised to 4: 4 × $0.096 × 730 h = $280.32 a month
        AutoScalingGroup batchNow = (AutoScalingGroup) workbench.scenario().block("batch").orElseThrow();
        robot.interact(() -> workbench.execute(new EditBlock("Grow batch", batchNow.withCounts(1, 4, 4))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar("Batch workers", "OD").getYValue().doubleValue() == 280.32);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertDrawn("Batch workers", "OD", 280.32);
    }
}
