package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The licensed-workloads example's workbook recalculates in POI to the engine's figures, line by line, option by option
 * and total by total: Dedicated Instance rates (one published, one estimated), the per-region Dedicated fee paid once,
 * and its shared twin scenario.
 */
class LicensedWorkloadsWorkbookTest {
    @TempDir Path dir;

    @Test
    void dedicatedLinesAndTheRegionFeeRecalculateToTheEngines() throws Exception {
        ExportRequest request = Designs.priced(Designs.example("licensed-workloads"));
        Path out = dir.resolve("licensed-workloads.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        assertEquals(0, result.fixedQuantities(), "every quantity is a formula over the inputs");
        assertEquals(6, result.blocks(), "three blocks in each of two scenarios");
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
    }
}
