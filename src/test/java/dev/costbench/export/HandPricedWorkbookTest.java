package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The workbook's formulas, evaluated by POI, reproduce hand-worked figures of a small design. */
class HandPricedWorkbookTest {
    @TempDir Path dir;

    @Test
    void summaryTotalsAndMissingOptionsFollowTheLineItems() throws Exception {
        Path out = dir.resolve("hand.xlsx");
        WorkbookExporter.write(HandPricedDesign.of("Web tier", "Workers"), out);
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            // Web tier: 4 × 0.192 × 730 = 560.64 On-Demand; 4 × 0.07 × 730 = 204.40 Spot
            assertEquals(560.64, wb.number("Summary", 5, 6), 0.005);
            assertEquals(204.40, wb.number("Summary", 5, 11), 0.005);
            // Workers: 5 × 0.192 × 730 = 700.80
            assertEquals(700.80, wb.number("Summary", 6, 6), 0.005);
            // every Reserved option lacks a price: the cell says so instead of 0
            assertEquals("missing", wb.text("Summary", 5, 9));
            // total 560.64 + 700.80 = 1,261.44; annual × 12 = 15,137.28
            int total = wb.rowOf("Summary", 1, "Total");
            assertEquals(1261.44, wb.number("Summary", total, 6), 0.005);
            assertEquals(15137.28, wb.number("Summary", total, 14), 0.005);
        }
    }
}
