package dev.costbench.ui.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.cost.CostRow;
import dev.costbench.workshop.LoadProfilePresets.Preset;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's "Load profile…" on an Auto Scaling group, and the cost range it brings to the cost panel. */
@ExtendWith(ApplicationExtension.class)
class LoadProfileEditorTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        // 10 × m5.xlarge (On-Demand $0.192/h in us-east-1), no EBS
        AutoScalingGroup web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 2, 10, 10).withPosition(100, 100);
        Project p = new Project("Profile", List.of(new Scenario("Baseline", "us-east-1", List.of(web), List.of(), PurchaseOption.ON_DEMAND, false)));
        workbench = new Workbench(CatalogLoader.bundled(), p);
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private String chosenText() {
        return window.costPanel().table().rows().stream().filter(r -> "web".equals(r.blockId())).findFirst()
                .map(CostRow::chosen).orElseThrow().text();
    }

    @Test
    void businessHoursGivesTheHandWorkedRange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.report() != null);
        // flat: 10 × 0.192 × 730 = $1,401.60, and no range beside it
        assertEquals("$1,401.60", chosenText());
        robot.interact(() -> workbench.select(Set.of("web")));
        // fired rather than clicked: after other window tests the inspector's button may sit below the fold
        robot.interact(() -> robot.lookup("#inspector-load-profile").queryButton().fire());
        // on a busy machine the editor's window opens a few frames after the click
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#load-preset").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#load-preset").<Preset>queryComboBox().setValue(Preset.BUSINESS_HOURS);
            robot.lookup("#load-peak").queryAs(TextField.class).setText("10");
            robot.lookup("#load-floor").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#load-fill");
        robot.clickOn("#load-apply");
        WaitForAsyncUtils.waitForFxEvents();

        LoadProfile profile = ((AutoScalingGroup) workbench.scenario().block("web").orElseThrow()).loadProfile();
        assertEquals("business-hours", profile.preset());
        assertEquals(1, workbench.commands().size(), "one undo step");
        // expected: (50 h × 10 + 118 h × 2) ÷ 168 = 4.381 instances × 0.192 × 730 = $614.03;
        // quietest hour 2 × 0.192 × 730 = $280.32; busiest 10 × 0.192 × 730 = $1,401.60
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosenText().startsWith("$614.03"));
        assertEquals("$614.03 ($280.32–$1,401.60)", chosenText());

        robot.interact(() -> workbench.commands().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosenText().equals("$1,401.60"));
    }

    @Test
    void draggingPaintsTheCellsItCrosses(FxRobot robot) {
        LoadProfileEditor[] editor = new LoadProfileEditor[1];
        robot.interact(() -> editor[0] = window.workshop().editLoadProfile(workbench.scenario().block("web").orElseThrow()));
        robot.interact(() -> robot.lookup("#load-paint").queryAs(TextField.class).setText("3"));
        Node from = robot.lookup("#load-cell-8").query(), to = robot.lookup("#load-cell-11").query();
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // Monday 08:00–11:00 painted 3, 07:00 and 12:00 keep the group's 10
        for (int h = 8; h <= 11; h++) assertEquals(3.0, editor[0].value(h), "hour " + h);
        assertEquals(10.0, editor[0].value(7));
        assertEquals(10.0, editor[0].value(12));
        assertTrue(editor[0].summary().contains("quietest hour 3"), editor[0].summary());
        assertFalse(workbench.commands().canUndoProperty().get(), "nothing reaches the design before Apply");
    }
}
