package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** LibreOffice recalculates the hand-priced workbook to the same figures, and follows an input change. */
class LibreOfficeHandPricedTest {
    @TempDir Path dir;

    @BeforeAll
    static void needsLibreOffice() { assumeTrue(LibreOffice.installed(), "soffice is not on the PATH"); }

    @Test
    void changingAGroupsInstanceCountMovesEveryTotal() throws Exception {
        Path exported = dir.resolve("hand.xlsx");
        WorkbookExporter.write(HandPricedDesign.of("=HYPERLINK(\"x\")", "Workers"), exported);
        Path first = LibreOffice.recalculate(exported, dir.resolve("lo1"));
        int inputRow;
        try (WorkbookReader wb = new WorkbookReader(first)) {
            // g1: 4 × 0.192 × 730 = 560.64; g2: 5 × 0.192 × 730 = 700.80; total 1,261.44
            assertEquals(560.64, wb.number("Summary", 5, 6), 0.005);
            assertEquals(1261.44, wb.number("Summary", wb.rowOf("Summary", 1, "Total"), 6), 0.005);
            Cell name = wb.cell("Summary", 5, 1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=HYPERLINK(\"x\")", name.getStringCellValue());
            inputRow = wb.rowOf("Assumptions", 6, "s1_g1_instances");
            assertEquals(4, wb.number("Assumptions", inputRow, 4));
            // the cached value LibreOffice wrote is now stale on purpose: set the input to 7
            wb.cell("Assumptions", inputRow, 4).setCellValue(7);
            try (OutputStream o = Files.newOutputStream(dir.resolve("changed.xlsx"))) {
                wb.wb.write(o);
            }
        }
        Path second = LibreOffice.recalculate(dir.resolve("changed.xlsx"), dir.resolve("lo2"));
        try (WorkbookReader wb = new WorkbookReader(second)) {
            // +3 instances × 0.192 × 730 = +420.48: g1 981.12, total 1,681.92, Spot 7 × 0.07 × 730 = 357.70
            assertEquals(981.12, wb.number("Summary", 5, 6), 0.005);
            assertEquals(357.70, wb.number("Summary", 5, 11), 0.005);
            assertEquals(1681.92, wb.number("Summary", wb.rowOf("Summary", 1, "Total"), 6), 0.005);
        }
    }
}
