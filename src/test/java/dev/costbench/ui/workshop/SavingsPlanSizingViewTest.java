package dev.costbench.ui.workshop;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.BundledExample;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.workshop.HourlyUsage;
import dev.costbench.workshop.SavingsPlanOptimizer;
import dev.costbench.workshop.SavingsPlanSizing;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workshop → Size Savings Plan… on the bundled example; the figures shown are the optimizer's. */
@ExtendWith(ApplicationExtension.class)
class SavingsPlanSizingViewTest {
    private static final SavingsPlanKey COMPUTE_1Y_NO = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);

    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(CatalogLoader.bundled(), BundledExample.load());
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private static String cell(SavingsPlanSizingView view, int row, String column) {
        for (TableColumn<SavingsPlanSizing, ?> c : view.table().getColumns())
            if (c.getText().equals(column)) return String.valueOf(c.getCellData(row));
        throw new AssertionError("no column " + column);
    }

    @Test
    void theOptimumShownIsTheOptimizers(FxRobot robot) throws Exception {
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+L"), window.workshop().menu().getItems().getFirst().getAccelerator());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("savings-plan-sizing")));
        Stage shown = (Stage) Window.getWindows().stream()
                .filter(w -> "savings-plan-sizing".equals(w.getScene().getRoot().getId())).findFirst().orElseThrow();
        SavingsPlanSizingView[] view = new SavingsPlanSizingView[1];
        robot.interact(() -> { shown.close(); view[0] = window.workshop().sizeSavingsPlan(); });
        WaitForAsyncUtils.waitForFxEvents();

        // the same optimizer, run apart from the window
        SavingsPlanSizing expected = new SavingsPlanOptimizer(HourlyUsage.of(workbench.scenario(), new PricingEngine(CatalogLoader.bundled())))
                .optimize(COMPUTE_1Y_NO);
        assertTrue(expected.commitmentPerHour().signum() > 0, "the example has usage a Compute plan covers");
        SavingsPlanSizingView v = view[0];
        assertEquals(12, v.table().getItems().size(), "every plan type × term × payment");
        assertEquals(dev.costbench.model.purchase.PurchaseOption.parse("savings-plan/compute/1y/no-upfront").label(), cell(v, 0, "Plan"));
        assertEquals(SavingsPlanSizingView.perHour(expected.commitmentPerHour()), cell(v, 0, "Commitment"));
        assertEquals(Money.format(expected.rounded().monthlyCost()), cell(v, 0, "Monthly cost"));
        assertEquals(Money.format(expected.rounded().savingVsOnDemand()), cell(v, 0, "Saving vs On-Demand"));

        // the chart marks the optimum at the optimizer's exact commitment and cost
        XYChart.Series<Number, Number> optimum = v.chart().getData().get(1);
        XYChart.Data<Number, Number> mark = optimum.getData().getFirst();
        SavingsPlanSizing.Scope scope = expected.scopes().getFirst();
        assertEquals(scope.curve().get(scope.optimumIndex()).commitmentPerHour().doubleValue(), mark.getXValue().doubleValue(), 1e-9);
        assertNotNull(mark.getNode());

        // a hand-set commitment shows evaluate()'s figures: $0/h covers nothing, so it costs the On-Demand month
        robot.interact(() -> v.setManual(BigDecimal.ZERO));
        assertTrue(v.manualText().startsWith("At $0.000/h: coverage 0.0 %"), v.manualText());
        assertTrue(v.manualText().contains("monthly cost " + Money.format(expected.rounded().onDemandMonthly())), v.manualText());
        robot.interact(() -> v.setManual(expected.commitmentPerHour()));
        assertTrue(v.manualText().contains("monthly cost " + Money.format(expected.rounded().monthlyCost())), v.manualText());

        Screenshots.save(robot, v.root().getScene(), "savings-plan-sizing.png");
    }
}
