package dev.costbench.ui.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Workshop → What-if…: a live preview that leaves the design alone, and a kept scenario that one undo removes. */
@ExtendWith(ApplicationExtension.class)
class WhatIfPanelTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        // 10 × m5.xlarge On-Demand at $0.192/h in us-east-1, no EBS: 10 × 0.192 × 730 = $1,401.60 a month
        AutoScalingGroup web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 2, 10, 20).withPosition(100, 100);
        Project p = new Project("What-if", List.of(new Scenario("Base", "us-east-1", List.of(web), List.of(), PurchaseOption.ON_DEMAND, false)));
        workbench = new Workbench(CatalogLoader.bundled(), p);
        // a projector's 1280 × 720, where a window put in the middle covers the cost table's total
        window = WindowFixture.show(stage, workbench, home, 1280, 720);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void doubledTrafficPreviewsThenKeepsAsOneUndoStep(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        robot.interact(() -> panel[0].setTraffic(2));
        // 20 × 0.192 × 730 = $2,803.20, $1,401.60 more than the design
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×2: $2,803.20"));
        assertEquals("Base · traffic ×2: $2,803.20 a month (+$1,401.60)", panel[0].previewText());
        assertFalse(workbench.commands().canUndoProperty().get(), "the preview leaves the undo history alone");
        assertEquals(10, ((AutoScalingGroup) workbench.scenario().block("web").orElseThrow()).desired());

        robot.interact(() -> panel[0].keepAsNewScenario());
        assertEquals(2, workbench.project().scenarios().size());
        assertEquals("Base · traffic ×2", workbench.scenario().name());
        assertEquals(20, ((AutoScalingGroup) workbench.scenario().block("web").orElseThrow()).desired());
        assertEquals(1, workbench.commands().size(), "one undo step");
        robot.interact(() -> workbench.commands().undo());
        assertEquals(1, workbench.project().scenarios().size());
    }

    @Test
    void aFastDragEndsWithTheTotalsOfItsLastValue(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        // every tick from ×0.25 up to ×4 and back down to ×3, each set as soon as the last, as a drag does
        robot.interact(() -> {
            for (double m = 0.25; m <= 4; m += 0.25) panel[0].setTraffic(m);
            for (double m = 3.75; m >= 3; m -= 0.25) panel[0].setTraffic(m);
        });
        // 30 × 0.192 × 730 = $4,204.80, $2,803.20 more than the design's $1,401.60
        String last = "Base · traffic ×3: $4,204.80 a month (+$2,803.20)";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().equals(last));
        // no preview of an earlier value arrives after it
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, panel[0].previewText());
    }

    /** While a new figure is worked out the one on screen stays, dimmed, rather than give way to "pricing…". */
    @Test
    void theFigureOnScreenStaysDimmedUntilTheNewOneArrives(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        robot.interact(() -> panel[0].setTraffic(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×2: $2,803.20"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node preview = panel[0].root().lookup("#what-if-preview");
        assertEquals(1.0, preview.getOpacity());
        String[] right = new String[1];
        double[] dimmed = new double[1];
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        // read in the same turn of the UI thread as the move, before any price can come back
        robot.interact(() -> {
            panel[0].setTraffic(3);
            right[0] = panel[0].previewText();
            dimmed[0] = preview.getOpacity();
            image[0] = preview.getScene().snapshot(null);
        });
        Screenshots.save(image[0], "what-if-dragging.png");
        assertTrue(right[0].startsWith("Base · traffic ×2: $2,803.20"), right[0]);
        assertTrue(dimmed[0] < 1, "dimmed while ×3 is priced: " + dimmed[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×3: $4,204.80"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, preview.getOpacity());
    }

    /** A drag back over a tick shown before shows that tick's remembered comparison; an edit of the design forgets it. */
    @Test
    void aTickShownBeforeComesBackRememberedUntilTheDesignIsEdited(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        robot.interact(() -> panel[0].setTraffic(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×2: $2,803.20"));
        var atTwo = panel[0].preview();
        robot.interact(() -> panel[0].setTraffic(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×3: $4,204.80"));
        robot.interact(() -> panel[0].setTraffic(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×2: $2,803.20"));
        assertSame(atTwo, panel[0].preview(), "the comparison shown at ×2 before, not priced again");

        // 12 desired: ×2 is 24 × 0.192 × 730 = $3,363.84, $1,681.92 above the design's 12 × 0.192 × 730 = $1,681.92
        // (the preview follows the design on screen once the panel is asked again)
        AutoScalingGroup web = (AutoScalingGroup) workbench.scenario().block("web").orElseThrow();
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.EditBlock("More", web.withCounts(2, 12, 20))));
        robot.interact(() -> panel[0].setTraffic(3));
        robot.interact(() -> panel[0].setTraffic(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×2: $3,363.84"));
        assertNotSame(atTwo, panel[0].preview());
    }

    @Test
    void theTrafficSlidersTicksArePricedAheadSoADragShowsThemFromMemory(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        // opened at ×1: while nothing is asked, the worker prices the other 15 ticks (0.25 to 4 by 0.25) ahead
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel[0].previews().size() == 16);
        long priced = panel[0].previews().priced();
        robot.interact(() -> panel[0].setTraffic(3));
        // 10 desired × 3 = 30 × 0.192 × 730 = $4,204.80
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×3: $4,204.80"));
        assertEquals(priced, panel[0].previews().priced(), "×3 came from memory: nothing was priced on the drag");
    }

    /**
     * The window prices the traffic ticks of the design on screen while it is quiet, before the What-if panel opens, and
     * again after an edit: a facilitator's first drag shows each tick from memory.
     */
    @Test
    void theDesignsTicksArePricedBeforeThePanelOpensAndAgainAfterAnEdit(FxRobot robot) throws Exception {
        var worker = window.workshop().whatIfWorker();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> worker.ticksRemembered(
                dev.costbench.workshop.WhatIfWorker.Settings.none(workbench.scenario()), workbench.engine()));
        long priced = worker.previews().priced();
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> { panel[0] = window.workshop().whatIf(); panel[0].setTraffic(3); });
        // 10 desired × 3 = 30 × 0.192 × 730 = $4,204.80
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×3: $4,204.80"));
        assertEquals(priced, worker.previews().priced(), "nothing priced on opening the panel or on the drag");
        robot.interact(() -> assertSame(panel[0], window.workshop().whatIf(), "one What-if panel: the open one comes forward"));

        // closed, then an edit: 12 desired, ×3 is 36 × 0.192 × 730 = $5,045.76
        robot.interact(() -> ((Stage) panel[0].root().getScene().getWindow()).close());
        AutoScalingGroup web = (AutoScalingGroup) workbench.scenario().block("web").orElseThrow();
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.EditBlock("More", web.withCounts(2, 12, 20))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> worker.ticksRemembered(
                dev.costbench.workshop.WhatIfWorker.Settings.none(workbench.scenario()), workbench.engine()));
        long again = worker.previews().priced();
        robot.interact(() -> { panel[0] = window.workshop().whatIf(); panel[0].setTraffic(3); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith("Base · traffic ×3: $5,045.76"));
        assertEquals(again, worker.previews().priced(), "the edited design's ticks were priced before the panel opened");
    }

    /** A design priced before the window's menus were built still has its ticks priced (the report came first). */
    @Test
    void aDesignPricedBeforeTheWindowOpensHasItsTicksPricedToo(FxRobot robot) throws Exception {
        AutoScalingGroup api = AutoScalingGroup.of("api", "API", "m5.large", 1, 3, 6).withPosition(100, 100);
        Workbench early = new Workbench(CatalogLoader.bundled(), new Project("Early", List.of(new Scenario("Base", "us-east-1",
                List.of(api), List.of(), PurchaseOption.ON_DEMAND, false))));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> early.report() != null);
            MainWindow[] opened = new MainWindow[1];
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                opened[0] = WindowFixture.show(stage[0], early, home, 1280, 720);
            });
            var worker = opened[0].workshop().whatIfWorker();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> worker.ticksRemembered(
                    dev.costbench.workshop.WhatIfWorker.Settings.none(early.scenario()), early.engine()));
            robot.interact(() -> stage[0].close());
        } finally {
            early.close();
        }
    }

    @Test
    void aCommitmentThatIsNotAnAmountSaysSo(FxRobot robot) {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> { panel[0] = window.workshop().whatIf(); panel[0].setCommitment("five"); });
        assertEquals("Commitment: 'five' is not an amount of dollars an hour above 0",
                robot.lookup("#what-if-note").queryLabeled().getText());
    }

    @Test
    void theWindowLeavesTheCostTotalsInSightAndShowsAllItsControls(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        Stage stage = (Stage) panel[0].root().getScene().getWindow();
        javafx.geometry.Rectangle2D placed = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        // the headline total over the cost table, which a facilitator reads against the what-if's
        javafx.scene.Node total = robot.lookup("#cost-total").query();
        javafx.geometry.Bounds t = total.localToScreen(total.getLayoutBounds());
        assertFalse(placed.intersects(t.getMinX(), t.getMinY(), t.getWidth(), t.getHeight()),
                "the window " + placed + " leaves the total " + t + " in sight");
        javafx.geometry.Bounds canvas = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        assertEquals(canvas.getMinY(), stage.getY(), 1, "level with the canvas's top");
        // nor the inspector, where an edit made with the panel open is carried into every tick
        javafx.geometry.Bounds inspector = window.inspector().localToScreen(window.inspector().getLayoutBounds());
        assertFalse(placed.intersects(inspector.getMinX(), inspector.getMinY(), inspector.getWidth(), inspector.getHeight()),
                "the window " + placed + " leaves the inspector " + inspector + " in sight");
        // its last control, Keep as New Scenario, is inside the window, not cut off below it
        javafx.scene.Node keep = robot.lookup("#what-if-keep").query();
        javafx.geometry.Bounds k = keep.localToScreen(keep.getLayoutBounds());
        assertTrue(k.getMaxY() <= stage.getY() + stage.getHeight() + 0.5, "Keep " + k + " within " + placed);

        // a preview long enough to wrap (a long scenario name) makes the window taller, and Keep stays in it
        double before = stage.getHeight();
        String name = "Production baseline for the quarterly review";
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.RenameScenario(0, name)));
        robot.interact(() -> panel[0].setTraffic(4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith(name + " · traffic ×4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getHeight() > before, "taller: " + stage.getHeight() + " against " + before);
        javafx.geometry.Bounds k2 = keep.localToScreen(keep.getLayoutBounds());
        assertTrue(k2.getMaxY() <= stage.getY() + stage.getHeight() + 0.5,
                "Keep " + k2 + " within the window at " + stage.getY() + " + " + stage.getHeight());
    }

    @Test
    void aWidthTheUserGaveTheWindowStaysWhenThePreviewGrows(FxRobot robot) throws Exception {
        WhatIfPanel[] panel = new WhatIfPanel[1];
        robot.interact(() -> panel[0] = window.workshop().whatIf());
        Stage stage = (Stage) panel[0].root().getScene().getWindow();
        double opened = stage.getWidth();
        // narrower than it opened: the preview wraps sooner, so the window needs more height at this width
        robot.interact(() -> stage.setWidth(opened - 120));
        WaitForAsyncUtils.waitForFxEvents();
        String name = "Production baseline for the quarterly review";
        robot.interact(() -> workbench.execute(new dev.costbench.ui.command.RenameScenario(0, name)));
        robot.interact(() -> panel[0].setTraffic(4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel[0].previewText().startsWith(name + " · traffic ×4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(opened - 120, stage.getWidth(), 0.5, "the width the user gave it");
        javafx.scene.Node keep = robot.lookup("#what-if-keep").query();
        javafx.geometry.Bounds k = keep.localToScreen(keep.getLayoutBounds());
        assertTrue(k.getMaxY() <= stage.getY() + stage.getHeight() + 0.5,
                "Keep " + k + " within the window at " + stage.getY() + " + " + stage.getHeight());
    }
}
