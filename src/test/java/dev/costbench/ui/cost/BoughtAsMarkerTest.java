package dev.costbench.ui.cost;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.scene.control.TableCell;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ● "bought as" marker sits only in the column that shows the very option the block is bought under. */
@ExtendWith(ApplicationExtension.class)
class BoughtAsMarkerTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;

    /** "dearer": bought as a 1-year no-upfront RI, which is not the cheapest RI; "best": On-Demand. */
    @Start
    void start(Stage stage) {
        AutoScalingGroup dearer = AutoScalingGroup.of("dearer", "Dearer RI", "m5.xlarge", 2, 2, 2).withPosition(100, 100)
                .withPurchaseOption(PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        AutoScalingGroup od = AutoScalingGroup.of("od", "On demand", "m5.xlarge", 2, 2, 2).withPosition(400, 100);
        Project p = new Project("Marks", List.of(new Scenario("Base", "us-east-1", List.of(dearer, od), List.of(), PurchaseOption.ON_DEMAND, false)));
        workbench = new Workbench(CatalogLoader.bundled(), p);
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    @SuppressWarnings("unchecked")
    private List<String> rowTexts(FxRobot robot, String block) {
        int row = 0;
        while (!window.costPanel().table().rows().get(row).name().equals(block)) row++;
        int at = row;
        return robot.lookup(".money-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getIndex() == at && c.getText() != null).map(c -> (String) c.getText()).toList();
    }

    @Test
    void aBlockBoughtAsAnotherRiThanTheBestIsNotMarkedInBestRi(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.costPanel().table().rows().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(3);
        CostRow dearer = window.costPanel().table().rows().get(0);
        assertEquals("RI 1y Standard No Upfront".toLowerCase(), dearer.optionUsed().toLowerCase().replace(",", ""), dearer.optionUsed());
        assertFalse(rowTexts(robot, "Dearer RI").stream().anyMatch(t -> t.startsWith("●")), "no column shows the 1-year no-upfront RI");
        assertTrue(rowTexts(robot, "On demand").stream().anyMatch(t -> t.startsWith("● $")), "On-Demand is marked in its column");
    }
}
