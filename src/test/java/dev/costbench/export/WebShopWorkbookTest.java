package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The web shop (all six block kinds) in two scenarios, one bought On-Demand (Batch on Spot), one under
 * Reserved Instances and Savings Plans: POI's evaluator recomputes the exported workbook to the engine's
 * figures to the cent, line by line, option by option and total by total.
 */
class WebShopWorkbookTest {
    @TempDir Path dir;

    @Test
    void poiRecalculatesEveryFigureToTheEngines() throws Exception {
        ExportRequest request = Designs.priced(Designs.webShopWithCommitments());
        Path out = dir.resolve("web-shop.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        assertEquals(0, result.fixedQuantities(), "every quantity is a formula over the inputs");
        assertEquals(12, result.blocks());
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
    }
}
