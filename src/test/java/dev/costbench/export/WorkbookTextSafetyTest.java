package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** User text is always a string cell: a block name that looks like a formula is shown, never run. */
class WorkbookTextSafetyTest {
    @TempDir Path dir;

    @Test
    void aBlockNamedLikeAFormulaIsWrittenAsThatText() throws Exception {
        String name = "=HYPERLINK(\"x\")";
        Path out = dir.resolve("names.xlsx");
        WorkbookExporter.write(HandPricedDesign.of(name, "+cmd|' /C calc'!A0"), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            for (String sheet : new String[]{"Summary", "Line items", "Purchase options", "Graviton"}) {
                // Purchase options has three header rows (figure, option label, option key) and its Block column third
                boolean options = sheet.equals("Purchase options");
                Cell c = wb.cell(sheet, options ? EngineFigures.FIRST_OPTION_ROW : 5, options ? 2 : 1);
                assertEquals(CellType.STRING, c.getCellType(), sheet);
                assertEquals(name, c.getStringCellValue(), sheet);
            }
            Cell second = wb.cell("Summary", 6, 1);
            assertEquals(CellType.STRING, second.getCellType());
            assertEquals("+cmd|' /C calc'!A0", second.getStringCellValue());
            int row = wb.rowOf("Assumptions", 1, name);
            assertEquals(CellType.STRING, wb.cell("Assumptions", row, 1).getCellType());
        }
    }
}
