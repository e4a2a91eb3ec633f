package dev.costbench.ui.app;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.project.ProjectFile;
import dev.costbench.ui.Elision;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.AddScenario;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.command.RenameScenario;
import dev.costbench.ui.workshop.ScenarioComparisonView;
import dev.costbench.ui.workshop.WhatIfPanel;
import dev.costbench.workshop.LoadProfilePresets;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At 1280×720 and 1600×1000, with each example, a load profile and a 60-character scenario name, no figure in the
 * cost table, the totals, the scenario bar, the what-if and the comparison is cut off with "…".
 */
@ExtendWith(ApplicationExtension.class)
class NoFigureElidedTest {
    /** 60 characters, about as long as the names "Keep as New Scenario" makes. */
    static final String LONG_NAME = "Baseline + traffic x1.50, Spot 50 %, Graviton twins, 3y plan";

    @TempDir
    static Path home;

    private Stage stage;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = new Workbench(CatalogLoader.bundled(), ProjectFile.read(Path.of("examples/web-shop.costbench.json")));
        window = WindowFixture.show(stage, workbench, home, 1280, 720);
    }

    @AfterEach
    void close() {
        for (Window w : new ArrayList<>(Window.getWindows())) if (w != stage && w instanceof Stage s) WaitForAsyncUtils.asyncFx(s::close);
        WaitForAsyncUtils.waitForFxEvents();
        workbench.close();
    }

    @Test
    void noFigureIsCutOffAtEitherSizeWithEitherExample(FxRobot robot) throws Exception {
        assertEquals(60, LONG_NAME.length());
        List<String> cut = new ArrayList<>();
        for (String example : List.of("web-shop", "data-platform"))
            for (int[] size : new int[][]{{1280, 720}, {1600, 1000}})
                cut.addAll(check(robot, example, size[0], size[1]));
        assertTrue(cut.isEmpty(), "cut off:\n" + String.join("\n", cut));
    }

    private List<String> check(FxRobot robot, String example, int width, int height) throws Exception {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w != stage && w instanceof Stage s) s.close();
            stage.setWidth(width);
            stage.setHeight(height);
            workbench.open(ProjectFile.read(Path.of("examples/" + example + ".costbench.json")), null, example);
            Block group = workbench.scenario().blocks().stream().filter(b -> b instanceof AutoScalingGroup).findFirst().orElseThrow();
            AutoScalingGroup asg = (AutoScalingGroup) group;
            workbench.execute(new EditBlock("Load profile", asg.withLoadProfile(
                    LoadProfilePresets.businessHours(asg.desired() * 2, Math.max(1, asg.desired() / 2)))));
            workbench.execute(new RenameScenario(0, LONG_NAME));
            workbench.execute(new AddScenario("Duplicate", workbench.scenario().withName(LONG_NAME.replace("Baseline", "Copy of a"))
                    .withPurchaseOption(PurchaseOption.SPOT)));
            workbench.commands().showScenario(0);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.report() != null && workbench.report().scenario().equals(LONG_NAME)
                && !workbench.repricer().busyProperty().get());
        WhatIfPanel[] whatIf = new WhatIfPanel[1];
        ScenarioComparisonView[] compare = new ScenarioComparisonView[1];
        robot.interact(() -> {
            whatIf[0] = window.workshop().whatIf();
            whatIf[0].setTraffic(1.5);
            whatIf[0].setGraviton(true);
            compare[0] = window.workshop().compareScenarios();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> whatIf[0].preview() != null && !whatIf[0].previewText().contains("pricing"));
        WaitForAsyncUtils.waitForFxEvents(5);
        String at = example + " at " + width + "×" + height + ": ";
        List<String> cut = new ArrayList<>();
        for (var where : List.of(window.costPanel(), window.scenarioBar(), window.statusBar(), whatIf[0].root(), compare[0].root()))
            for (String c : Elision.in(where)) cut.add(at + c);
        return cut;
    }
}
