package dev.costbench.ui.scenario;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Browsing the region list with the arrow keys (two regions on) and picking one with Enter is one undo step. */
@ExtendWith(ApplicationExtension.class)
class RegionListTest {
    @TempDir
    static Path home;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        AutoScalingGroup web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 2, 2, 2).withPosition(100, 100);
        workbench = new Workbench(CatalogLoader.bundled(),
                new Project("Regions", List.of(new Scenario("Base", "us-east-1", List.of(web), List.of(), PurchaseOption.ON_DEMAND, false))));
        WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void arrowKeysThenEnterAreOneUndoStep(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> region = robot.lookup("#scenario-region").queryAs(ComboBox.class);
        List<String> regions = List.copyOf(region.getItems());
        int from = regions.indexOf("us-east-1");
        robot.interact(region::requestFocus);
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        String picked = region.getValue();
        assertEquals(regions.get(from + 2), picked, "two regions on");
        assertEquals(picked, workbench.scenario().region());
        assertEquals(1, workbench.commands().size(), "one undo step for the whole pick");
        robot.interact(() -> workbench.commands().undo());
        assertEquals("us-east-1", workbench.scenario().region());
    }
}
