package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A sheet repeats one header row on every printed page. The rates' header (row 4 of Sources) used to be printed
 * over the sources' descriptions and the offer files below the rates too; those tables now have a sheet without
 * a repeated header, and Sources ends with its last rate.
 */
class SourcesPrintTest {
    @TempDir Path dir;

    @Test
    void onlyTheRatesTableRepeatsItsHeader() throws Exception {
        Path out = dir.resolve("w.xlsx");
        WorkbookExporter.write(HandPricedDesign.of("Web tier", "Workers"), out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sources = wb.getSheet("Sources");
            CellRangeAddress repeated = sources.getRepeatingRows();
            assertNotNull(repeated);
            assertEquals(3, repeated.getFirstRow()); // row 4, 0-based
            assertEquals("Source id", sources.getRow(3).getCell(1).getStringCellValue());
            // nothing below the rates: the last row holds a rate, its Ref "S<n>"
            String lastRef = sources.getRow(sources.getLastRowNum()).getCell(0).getStringCellValue();
            assertEquals("S" + (sources.getLastRowNum() + 1 - 4), lastRef);

            Sheet notes = wb.getSheet("Source notes");
            assertNull(notes.getRepeatingRows());
            assertEquals("Where the rates come from", notes.getRow(0).getCell(0).getStringCellValue());
            boolean offerFiles = false;
            for (var row : notes) if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("AWS offer files")) offerFiles = true;
            assertEquals(true, offerFiles, "the offer files follow the sources on Source notes");
        }
    }
}
