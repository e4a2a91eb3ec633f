package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * POI's evaluator recomputes exported example designs to the engine's figures to the cent, line by line,
 * option by option and total by total: the web shop (all six block kinds) in two scenarios, one bought
 * On-Demand (Batch on Spot), one under Reserved Instances and Savings Plans with the Lambda free tier; and the
 * data platform's three scenarios (mixed-instances policy, provisioned concurrency, EKS Fargate, NLB, Spot).
 */
class ExampleDesignsWorkbookTest {
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

    @Test
    void dataPlatformScenariosRecalculateToTheEngines() throws Exception {
        ExportRequest request = Designs.priced(Designs.example("data-platform"));
        Path out = dir.resolve("data-platform.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        assertEquals(0, result.fixedQuantities(), "every quantity is a formula over the inputs");
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
    }
}
