package dev.costbench.ui.scenario;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region picker and the status bar say what the shipped catalog has for a region. */
@ExtendWith(ApplicationExtension.class)
class RegionCoverageWindowTest {
    @TempDir
    static Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(CatalogLoader.bundled(), TestDesigns.webTier());
        WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void theStatusBarSummarisesTheScenariosRegion(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> region = robot.lookup("#scenario-region").queryAs(ComboBox.class);
        assertEquals(34, region.getItems().size());
        robot.interact(() -> region.setValue("eu-central-1"));
        // published: EC2 OD, RI (No Upfront), Lambda (tier 1), EKS, EBS, data transfer; estimated: SP, Spot, Fargate,
        // ELB; AWS's App Runner page gives no Frankfurt rates and ECR storage is only in us-east-1's sources
        assertEquals("Prices: 6 published · 4 estimated · missing AppRunner, ECR, NAT",
                robot.lookup("#status-coverage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status-coverage").queryAs(Label.class).getTooltip().getText()
                .contains("EC2 On-Demand: published 2025-04-04"));
    }

    @Test
    void thePickerListsWhatEachRegionHas(FxRobot robot) {
        RegionCell cell = new RegionCell(workbench::catalog);
        robot.interact(() -> cell.updateItem("me-south-1", false));
        // Bahrain: no Lambda, App Runner or ECR storage rates in the source tables; data transfer published
        assertEquals("me-south-1   Prices: 5 published · 4 estimated · missing Lambda, AppRunner, ECR, NAT", cell.getText());
        assertTrue(cell.getTooltip().getText().contains("Lambda: missing"), cell.getTooltip().getText());
        assertTrue(cell.getTooltip().getText().contains("Fargate: estimated 2025-07-07"), cell.getTooltip().getText());
    }
}
