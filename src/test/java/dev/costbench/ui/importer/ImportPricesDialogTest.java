package dev.costbench.ui.importer;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.OptionCost;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Import Prices… in the real window: the importer's AWS-layout fixture into a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
class ImportPricesDialogTest {
    @TempDir Path home;

    private MainWindow window;
    private Workbench workbench;

    /** Four m5.large in eu-west-1, where the shipped catalog has no EC2 prices. */
    private static Project euDesign() {
        AutoScalingGroup asg = AutoScalingGroup.of("app", "App tier", "m5.large", 4, 4, 4);
        return new Project("EU", List.of(new Scenario("Baseline", "eu-west-1", List.of(asg), List.of(), PurchaseOption.ON_DEMAND, false)));
    }

    @Start
    void start(Stage stage) {
        workbench = new Workbench(CatalogLoader.bundled(), euDesign());
        window = WindowFixture.show(stage, workbench, home, 1200, 800);
    }

    @AfterEach
    void close() { workbench.close(); }

    private static Path aws() throws URISyntaxException { return Path.of(ImportPricesDialogTest.class.getResource("/importer/aws").toURI()); }

    private ImportPricesDialog runImport(Path folder, String regions) throws Exception {
        AtomicReference<ImportPricesDialog> d = new AtomicReference<>();
        Platform.runLater(() -> {
            ImportPricesDialog dialog = window.importPrices();
            dialog.addPath(folder);
            dialog.setRegions(regions);
            dialog.start();
            d.set(dialog);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> d.get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !d.get().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        return d.get();
    }

    private OptionCost onDemand() { return workbench.report().block("app").option(PurchaseOption.ON_DEMAND); }

    @Test
    void importingTheFolderPricesTheDesignAndMovesPricesAsOf() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.report() != null);
        // eu-west-1 ships with Costbench: m5.large $0.107 from AWS's feed of 2025-04-04
        assertEquals(OptionCost.Status.PRICED, onDemand().status());
        assertEquals("2025-04-04", onDemand().lines().get(0).provenance().asOf());
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+I"), window.menus().menu("File").getItems().stream()
                .filter(m -> "menu-import-prices".equals(m.getId())).findFirst().orElseThrow().getAccelerator());

        PriceCatalog before = workbench.catalog();
        Label asOf = (Label) window.statusBar().lookup("#status-prices-as-of");
        // the dates of the oldest and newest rates of the kinds of price the design needs (EC2, EBS …), as the command
        // line gives them: not the dates of price lists it does not use (App Runner's, read off AWS's page on 2026-12-03),
        // nor those of Lambda's and Fargate's Savings Plans (2022-01-01), which an Auto Scaling group is not priced with
        String shipped = "Prices as of 2024-07-18 to 2025-06-28";
        assertEquals(shipped, asOf.getText());
        ImportPricesDialog dialog = runImport(aws(), "eu-west-1");

        assertEquals("Done", dialog.state(), dialog.resultText());
        assertTrue(dialog.resultText().contains("Rates added: "), dialog.resultText());
        assertTrue(UserCatalog.exists(home), "written to the user catalog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.catalog() != before);
        // the shipped rate is newer than the file's (2025-03-01) and stays: 4 × m5.large × $0.107 × 730 h = $312.44
        assertEquals(0, new BigDecimal("312.44").compareTo(onDemand().monthlyRecurring().setScale(2, java.math.RoundingMode.HALF_UP)),
                onDemand().toString());
        // the files' EC2 rates (2025-03-01) fall inside that range, and the rates at either end stay; the price lists on
        // hover follow the import
        assertEquals(shipped, asOf.getText());
        assertTrue(asOf.getTooltip().getText().contains("ec2_reserved  2025-03-01  (AmazonEC2 offer file 20250301120000)"),
                asOf.getTooltip().getText());
        Platform.runLater(() -> dialog.stage().close());
    }

    @Test
    void aFailedImportSaysWhereAndLeavesTheCatalogAsItWas() throws Exception {
        Path broken = home.resolve("broken");
        copy(aws(), broken);
        Path lambda = broken.resolve("offers/v1.0/aws/AWSLambda/20250220100000/eu-west-1/index.json");
        String text = Files.readString(lambda);
        Files.writeString(lambda, text.substring(0, text.length() / 2));
        PriceCatalog before = workbench.catalog();

        ImportPricesDialog dialog = runImport(broken, "");

        assertEquals("Failed", dialog.state());
        assertTrue(dialog.resultText().contains("AWSLambda/20250220100000/eu-west-1/index.json"), dialog.resultText());
        assertTrue(dialog.resultText().contains("truncated"), dialog.resultText());
        assertSame(before, workbench.catalog());
        assertFalse(UserCatalog.exists(home), "nothing written");

        // another folder: the old error no longer applies and goes
        Path other = aws();
        WaitForAsyncUtils.asyncFx(() -> dialog.addPath(other)).get();
        assertEquals("", dialog.resultText());
        assertFalse(dialog.state().equals("Failed"), dialog.state());
        Platform.runLater(() -> dialog.stage().close());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
