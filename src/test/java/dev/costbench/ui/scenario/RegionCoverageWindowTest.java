package dev.costbench.ui.scenario;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import dev.costbench.model.BlockKind;
import java.util.List;
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
        // the design has an Auto Scaling group and a Lambda function: published EC2 OD, RI (No Upfront), EBS, Lambda
        // (tier 1); estimated SP, Spot. Frankfurt has no App Runner or ECR rates, which this design does not need
        assertEquals("Price lists: 4 published · 2 estimated · missing none",
                robot.lookup("#status-coverage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status-coverage").queryAs(Label.class).getTooltip().getText()
                .contains("EC2 On-Demand: published 2025-04-04"));
    }

    @Test
    void theOpenedListSaysWhatEachRegionHas(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> region = robot.lookup("#scenario-region").queryAs(ComboBox.class);
        robot.interact(region::show);
        // the rows of the open list, not the closed box's own cell
        List<String> rows = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getScene() != region.getScene() && c.getItem() != null).map(c -> (String) c.getText()).toList();
        robot.interact(region::hide);
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.contains("   Price lists: ")), rows.toString());
    }

    @Test
    void thePickerListsWhatEachRegionHas(FxRobot robot) {
        RegionCell cell = new RegionCell(workbench::catalog, () -> dev.costbench.catalog.coverage.PriceKind.neededBy(List.of(BlockKind.ASG, BlockKind.LAMBDA)));
        robot.interact(() -> cell.updateItem("me-south-1", false));
        // Bahrain has no Lambda rates in the source tables; the EC2 prices an Auto Scaling group needs are there
        assertEquals("me-south-1   Price lists: 3 published · 2 estimated · missing Lambda", cell.getText());
        assertTrue(cell.getTooltip().getText().contains("Lambda: missing"), cell.getTooltip().getText());
        assertTrue(cell.getTooltip().getText().contains("Spot: estimated"), cell.getTooltip().getText());
        RegionCell containers = new RegionCell(workbench::catalog, () -> dev.costbench.catalog.coverage.PriceKind.neededBy(List.of(BlockKind.ECS_SERVICE)));
        robot.interact(() -> containers.updateItem("me-south-1", false));
        // Fargate's rates there are by rule, and Fargate Spot's from us-east-1's 2019 Spot discount
        assertTrue(containers.getTooltip().getText().contains("Fargate: estimated 2019-07-30 to 2025-07-07"), containers.getTooltip().getText());
    }
}
