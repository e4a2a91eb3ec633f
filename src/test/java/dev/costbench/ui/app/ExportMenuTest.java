package dev.costbench.ui.app;

import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Export… writes the open design as the finance workbook or as CSV, whichever the save dialog says. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @TempDir static Path home;
    @TempDir Path out;

    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(TestDesigns.catalog(), TestDesigns.webTier());
        window = WindowFixture.show(stage, workbench, home, 1200, 800);
    }

    @AfterEach
    void close() { workbench.close(); }

    private MenuItem exportItem() {
        Menu file = window.menus().bar().getMenus().getFirst();
        return file.getItems().stream().filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void exportWritesTheWorkbookTheDialogNames(FxRobot robot) throws Exception {
        AtomicReference<FileChooser> shown = new AtomicReference<>();
        Path target = out.resolve("review.xlsx");
        window.exports().answerDialogWith(chooser -> {
            shown.set(chooser);
            return target.toFile();
        });
        MenuItem export = exportItem();
        assertEquals("Export…", export.getText());
        assertEquals("Shortcut+E", export.getAccelerator().getName());
        robot.interact(export::fire);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> status().startsWith("Exported"));

        assertEquals(List.of(ExportActions.WORKBOOK, ExportActions.CSV), shown.get().getExtensionFilters());
        assertEquals("test-design.xlsx", shown.get().getInitialFileName());
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // Web tier: 4 × m5.xlarge × $0.192 × 730 h = $560.64 a month
            assertEquals(560.64, wb.getSheet("Summary").getRow(4).getCell(6).getNumericCellValue(), 0.005);
            // the test catalog has no Lambda rates: the function's cost is missing, and the total says so
            assertEquals("missing", wb.getSheet("Summary").getRow(5).getCell(6).getStringCellValue());
            // the total shows the priced part and what it leaves out: $560.64 + 1 missing, never a bare figure
            assertEquals("$560.64 + 1 missing", wb.getSheet("Summary").getRow(7).getCell(6).getStringCellValue());
        }
        assertEquals("Exported review.xlsx", robot.lookup("#status-bar .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t.startsWith("Exported")).findFirst().orElse(""));
    }

    @Test
    void theCsvFilterWithoutAnExtensionWritesCsv(FxRobot robot) throws Exception {
        window.exports().answerDialogWith(chooser -> {
            chooser.setSelectedExtensionFilter(ExportActions.CSV);
            return new File(out.toFile(), "review");
        });
        robot.interact(exportItem()::fire);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> status().startsWith("Exported"));
        Path csv = out.resolve("review.csv");
        assertTrue(Files.exists(csv));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // header + 2 blocks × 26 options; On-Demand web tier: 560.64 a month
        assertEquals(1 + 2 * 26, rows.size());
        assertTrue(rows.get(1).startsWith("\"Baseline\",\"web\",\"Web tier\",\"asg\",\"on-demand\",\"priced\",0.00,560.64,560.64,"), rows.get(1));
    }

    private String status() { return window.statusBar().activityText(); }

    @Test
    void exportRunsOffTheUiThreadAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        Path target = out.resolve("slow.xlsx");
        window.exports().answerDialogWith(chooser -> target.toFile());
        String[] right = new String[1];
        robot.interact(() -> {
            exportItem().fire();
            right[0] = status(); // still on the UI thread, straight after the dialog: the export has only begun
        });
        assertEquals("Exporting slow.xlsx…", right[0]);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> status().equals("Exported slow.xlsx"));
        assertTrue(Files.size(target) > 0);
    }

    @Test
    void afterSaveAsTheWorkbookIsNamedAfterTheDesignFile() {
        assertEquals("my-shop.xlsx", ExportActions.suggestedName("Web shop (example)", Path.of("/home/ann/my-shop.costbench.json")));
        assertEquals("web-shop-example-.xlsx", ExportActions.suggestedName("Web shop (example)", null));
    }
}
