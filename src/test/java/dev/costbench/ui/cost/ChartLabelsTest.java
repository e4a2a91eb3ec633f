package dev.costbench.ui.cost;

import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.scene.chart.Axis;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bar of the chart keeps its option's name under it, whatever the chart's width: none is hidden for want of room. */
@ExtendWith(ApplicationExtension.class)
class ChartLabelsTest {
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
    void everyOptionIsNamedAtEveryWidth(FxRobot robot) throws Exception {
        CostChart chart = window.costPanel().chart();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty());
        List<String> hidden = new ArrayList<>();
        for (int width = 200; width <= 600; width += 4) {
            int w = width;
            robot.interact(() -> {
                chart.setMinWidth(w);
                chart.setMaxWidth(w);
                chart.resize(w, 300);
                chart.layout();
                for (Axis.TickMark<String> t : chart.getXAxis().getTickMarks())
                    if (!t.isTextVisible()) hidden.add(t.getValue() + " at " + w + " px");
            });
        }
        assertEquals(List.of(), hidden);
        // with room to spare they read across, as text does
        double[] rotation = new double[1];
        robot.interact(() -> {
            chart.setMinWidth(600);
            chart.setMaxWidth(600);
            chart.resize(600, 300);
            chart.layout();
            rotation[0] = ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getTickLabelRotation();
        });
        assertEquals(0, rotation[0]);
    }
}
