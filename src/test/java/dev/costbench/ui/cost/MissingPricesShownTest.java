package dev.costbench.ui.cost;

import dev.costbench.ui.TestDesigns;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A total that lacks prices shows its priced part and how many blocks it lacks, the same way on every total: the
 * table's, the headline's monthly and annual figures, the status bar's, the Graviton total; the chart says so too.
 */
@ExtendWith(ApplicationExtension.class)
class MissingPricesShownTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;

    /** The web tier (4 × m5.xlarge) priced; the Lambda's prices are not in the test catalog. */
    @Start
    void start(Stage stage) {
        workbench = new Workbench(TestDesigns.catalog(), TestDesigns.webTier());
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void everyTotalShowsThePricedPartAndHowManyAreMissing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.costPanel().table().rows().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        CostRow total = window.costPanel().table().rows().get(2);
        // web tier: 4 × $0.192 × 730 h = $560.64 a month, × 12 = $6,727.68 a year; the Lambda adds "1 missing"
        assertEquals("$560.64 + 1 missing", total.onDemand().text());
        assertEquals("$560.64 + 1 missing", total.chosen().text());
        assertEquals("Total $560.64 + 1 missing a month · $6,727.68 + 1 missing a year", window.costPanel().totalText());
        assertEquals("Annual $6,727.68 + 1 missing", robot.lookup(".status-total").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).filter(t -> t.startsWith("Annual")).findFirst().orElseThrow());
        // the twin m8g.xlarge: 4 × $0.17952 × 730 h = $524.1984 ≈ $524.20; the Lambda's arm64 price is missing as well
        assertEquals("$524.20 + 1 missing", total.graviton().text());
        assertEquals(OptionCell.Kind.MISSING, total.saving().kind(), "no saving is claimed between incomplete totals");
        // the test catalog has only On-Demand rates: the web tier's RI, Savings Plan and Spot bars lack prices too
        assertEquals("Monthly cost by block · 2 blocks' missing prices not stacked", window.costPanel().chart().getTitle());
    }
}
