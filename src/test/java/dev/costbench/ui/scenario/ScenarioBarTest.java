package dev.costbench.ui.scenario;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.scene.control.ComboBox;
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
import static org.junit.jupiter.api.Assertions.assertNull;

/** Adding, switching and configuring scenarios from the scenario bar, each change one undo step. */
@ExtendWith(ApplicationExtension.class)
class ScenarioBarTest {
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
    void aNewScenarioIsShownEmptyAndTheTabsSwitchBetweenScenarios(FxRobot robot) throws Exception {
        robot.clickOn("#scenario-add");
        assertEquals(List.of("Baseline", "Scenario 2"), workbench.project().scenarios().stream().map(s -> s.name()).toList());
        assertEquals(1, workbench.state().scenarioIndex());
        assertNull(window.canvas().view("web"), "the new scenario has no blocks");

        robot.clickOn("#scenario-tab-0");
        assertEquals(0, workbench.state().scenarioIndex());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvas().view("web") != null
                && workbench.report() != null && workbench.report().scenario().equals("Baseline"));
        assertEquals(1, workbench.commands().size(), "switching tabs is not an edit");

        robot.interact(() -> workbench.commands().undo());
        assertEquals(1, workbench.project().scenarios().size());
    }

    @Test
    void theDefaultPurchaseOptionAndRenameAreUndoableSteps(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<PurchaseOption> option = robot.lookup("#scenario-option").queryAs(ComboBox.class);
        robot.interact(() -> option.setValue(PurchaseOption.SPOT));
        assertEquals(PurchaseOption.SPOT, workbench.scenario().purchaseOption());
        assertEquals("Buy scenario as Spot", workbench.commands().undoDescriptionProperty().get());

        robot.interact(() -> window.scenarioBar().rename("All Spot"));
        assertEquals("All Spot", workbench.scenario().name());
        assertEquals("All Spot", robot.lookup("#scenario-tab-0").queryAs(javafx.scene.control.ToggleButton.class).getText());

        robot.interact(() -> workbench.commands().undo());
        robot.interact(() -> workbench.commands().undo());
        assertEquals("Baseline", workbench.scenario().name());
        assertEquals(PurchaseOption.ON_DEMAND, workbench.scenario().purchaseOption());
        assertEquals("On-Demand", option.getConverter().toString(option.getValue()), "the bar follows the undo");
    }

    @Test
    void aLongScenarioNameGivesWayAndTheButtonsAndRegionKeepTheirText(FxRobot robot) {
        String longName = "Keep as New Scenario: traffic ×1.50, Spot 50 %, Graviton twins";
        robot.interact(() -> {
            window.root().getScene().getWindow().setWidth(1280);
            window.scenarioBar().rename(longName);
            window.scenarioBar().duplicateScenario();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(List.of(), dev.costbench.ui.Elision.in(window.scenarioBar()), "buttons, region and option read in full");
        javafx.scene.control.ToggleButton tab = robot.lookup("#scenario-tab-0").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals(ScenarioBar.TAB_MAX_WIDTH, tab.getWidth(), 0.5, "the tab is capped");
        org.junit.jupiter.api.Assertions.assertTrue(tab.getTooltip().getText().contains(longName), "and names the scenario in full when hovered");
    }
}
