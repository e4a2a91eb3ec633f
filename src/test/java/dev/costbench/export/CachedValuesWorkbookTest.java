package dev.costbench.export;

import dev.costbench.Main;
import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader that does not recalculate (a file preview, a mail client, POI reading cached values) sees the engine's
 * figures: every formula cell carries its result. Read back without evaluating anything, the totals equal the
 * engine's; and each formula's cached value equals what POI's evaluator computes from the formula itself.
 */
class CachedValuesWorkbookTest {
    @TempDir Path dir;

    @Test
    void aReaderThatDoesNotRecalculateSeesTheEnginesFigures() throws Exception {
        ExportRequest request = Designs.priced(Designs.webShopWithCommitments());
        Path out = dir.resolve("web-shop.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) { // no evaluateAll: the cached values as written
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
            assertEquals("Monthly (USD)", wb.text("Summary", 4, 6), "a money header names the currency without recalculation");
        }
    }

    @Test
    void everyFormulasCachedValueIsWhatTheSpreadsheetComputes() throws Exception {
        for (String example : List.of("web-shop", "data-platform")) {
            Path out = dir.resolve(example + ".xlsx");
            WorkbookExporter.write(Designs.priced(Designs.example(example)), out);
            assertCachedEqualsEvaluated(out, example);
        }
        Path out = dir.resolve("committed.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShopWithCommitments()), out);
        assertCachedEqualsEvaluated(out, "committed");
    }

    @Test
    void anIncompleteTotalIsCachedAsThePricedPartAndTheCount() throws Exception {
        // Bahrain: the ALB is priced (estimated), the Lambda is missing
        Path design = dir.resolve("bahrain.costbench.json");
        Files.writeString(design, Designs.BAHRAIN);
        Path out = dir.resolve("bahrain.xlsx");
        assertEquals(0, Main.commandLine().execute("export", design.toString(), "--xlsx", out.toString(),
                "--data-dir", dir.resolve("data").toString()));
        try (WorkbookReader wb = new WorkbookReader(out)) {
            int total = wb.rowOf("Summary", 1, "Total");
            // ALB: (0.0276953 + 2 × 0.0098472) × 730 h = $34.59; the Lambda is missing
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 6));
            assertEquals("1 block(s) lack a price: incomplete", wb.text("Summary", total, 3));
            // Best RI: the Lambda has none and its On-Demand price is missing, so the total is incomplete too
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 9));
        }
        assertCachedEqualsEvaluated(out, "bahrain");
    }

    /** Each formula cell's cached result, then POI's evaluation of the formula: the same type and, to the cent, value. */
    static void assertCachedEqualsEvaluated(Path file, String what) throws Exception {
        record Seen(String where, CellType type, Object value) {}
        List<Seen> cached = new ArrayList<>();
        int formulas = 0;
        try (WorkbookReader wb = new WorkbookReader(file)) {
            for (Sheet s : wb.wb) for (Row r : s) for (Cell c : r) {
                if (c.getCellType() != CellType.FORMULA) continue;
                formulas++;
                cached.add(new Seen(s.getSheetName() + "!" + c.getAddress(), c.getCachedFormulaResultType(), value(c)));
            }
            wb.evaluateAll();
            int i = 0;
            for (Sheet s : wb.wb) for (Row r : s) for (Cell c : r) {
                if (c.getCellType() != CellType.FORMULA) continue;
                Seen seen = cached.get(i++);
                String where = what + " " + seen.where() + " =" + c.getCellFormula();
                assertEquals(c.getCachedFormulaResultType(), seen.type(), where + ": cached " + seen.value() + ", computes " + value(c));
                if (seen.value() instanceof Double d) assertEquals((Double) value(c), d, Math.max(0.005, Math.abs(d) * 1e-9), where);
                else assertEquals(value(c), seen.value(), where);
            }
        }
        assertTrue(formulas > 100, what + ": the workbook is a model, formulas throughout (" + formulas + ")");
    }

    private static Object value(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case ERROR -> "#ERROR " + c.getErrorCellValue();
            default -> null;
        };
    }
}
