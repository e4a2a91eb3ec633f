package dev.costbench.ui.workshop;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Block;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.ProjectFile;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.workshop.ReplatformWhatIf;
import javafx.scene.control.Label;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Lambda block's context menu → "Price on other platforms…" on the data-platform example. */
@ExtendWith(ApplicationExtension.class)
class ReplatformViewTest {
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

    @Test
    void theLambdaBlocksContextMenuShowsTheCrossover(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().fitToWindow());
        robot.rightClickOn("#block-enrich");
        robot.clickOn("Price on other platforms…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#replatform-fargate").tryQuery().isPresent());

        Block enrich = workbench.scenario().block("enrich").orElseThrow();
        ReplatformWhatIf.Result expected = new ReplatformWhatIf(new PricingEngine(CatalogLoader.bundled()))
                .compare(workbench.scenario(), enrich, null, ReplatformWhatIf.SizingRule.DEFAULT);
        String sentence = robot.lookup("#replatform-fargate").queryAs(Label.class).getText();
        assertEquals(expected.fargate().sentence(), sentence);
        assertTrue(sentence.contains("Fargate"), sentence);
        // every sentence shows all the lines it wraps to (the chart gave up height before they were cut to "…")
        for (javafx.scene.Node n : robot.lookup("#replatform").queryParent().getChildrenUnmodifiable())
            if (n instanceof Label l && l.isWrapText())
                assertTrue(l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5, "cut short: " + l.getText());
        Screenshots.save(robot, robot.lookup("#replatform").query().getScene(), "replatform.png");
    }

    @Test
    void aLoadBalancerHasNoReplatformItem(FxRobot robot) {
        assertFalse(ReplatformView.supports(workbench.scenario().block("ingest-lb").orElseThrow()));
        robot.interact(() -> workbench.select(java.util.Set.of("ingest-lb")));
        ReplatformView[] v = new ReplatformView[1];
        robot.interact(() -> v[0] = window.workshop().replatformSelected());
        assertNull(v[0], "nothing to compare: the user is told to select a Lambda, Fargate service or group");
    }

    @Test
    void aBadWorkloadSaysWhatIsWrong(FxRobot robot) {
        ReplatformView[] v = new ReplatformView[1];
        robot.interact(() -> v[0] = window.workshop().replatform(workbench.scenario().block("ingest").orElseThrow()));
        robot.interact(() -> v[0].setWorkload(1_000_000, "0", 512));
        assertEquals("Workload: requests a month is a whole number of 0 or more, duration above 0 ms, memory 128–10,240 MB", v[0].problem());
    }
}
