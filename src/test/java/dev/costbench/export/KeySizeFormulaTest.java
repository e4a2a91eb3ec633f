package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summary's key size "4 × m5.xlarge" is a formula over the block's count input: its cached value is the engine's
 * text, and after the count is edited to 6 the recalculated text reads "6 × m5.xlarge" (it used to stay "4 × …").
 */
class KeySizeFormulaTest {
    @TempDir Path dir;

    @Test
    void theKeySizeFollowsTheCount() throws Exception {
        Path out = dir.resolve("w.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShopWithCommitments()), out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Cell keySize = null;
            for (Row row : summary) {
                Cell c = row.getCell(3);
                if (c != null && c.getCellType() == CellType.FORMULA && c.getCellFormula().contains("_desired&")) { keySize = c; break; }
            }
            assertTrue(keySize != null, "an Auto Scaling group's key size is a formula over its desired count");
            String cached = keySize.getStringCellValue();
            assertTrue(cached.matches("\\d+ × m5\\.\\w+"), cached);
            String count = cached.substring(0, cached.indexOf(' '));
            String name = keySize.getCellFormula().substring(0, keySize.getCellFormula().indexOf('&'));
            Name defined = wb.getName(name);
            CellReference ref = new AreaReference(defined.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
            Cell input = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals(Double.parseDouble(count), input.getNumericCellValue());

            input.setCellValue(Double.parseDouble(count) + 2);
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals((Integer.parseInt(count) + 2) + cached.substring(count.length()), eval.evaluate(keySize).getStringValue());

            // LibreOffice, recalculating the edited file, reads the same
            if (!LibreOffice.installed()) return;
            Path edited = dir.resolve("edited.xlsx");
            try (var o = Files.newOutputStream(edited)) { wb.write(o); }
            Path recalculated = LibreOffice.recalculate(edited, dir.resolve("lo"));
            try (InputStream again = Files.newInputStream(recalculated); XSSFWorkbook lo = new XSSFWorkbook(again)) {
                Cell c = lo.getSheet("Summary").getRow(keySize.getRowIndex()).getCell(3);
                assertEquals((Integer.parseInt(count) + 2) + cached.substring(count.length()), c.getStringCellValue());
            }
        }
    }
}
