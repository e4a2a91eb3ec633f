package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A scenario's private-pricing discount (EDP) comes off every line of its blocks, upfront included, and only its
 * own: with two scenarios, 10 % on the second takes 10 % off its totals and leaves the first's alone. The exchange
 * rate's source and date are inputs beside the rate.
 */
class DiscountWorkbookTest {
    @TempDir Path dir;

    @Test
    void aScenariosDiscountComesOffEveryLineOfItsBlocks() throws Exception {
        ExportRequest request = Designs.priced(Designs.webShopWithCommitments());
        Path out = dir.resolve("discount.xlsx");
        WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            assertNotNull(wb.wb.getName("ExchangeRateSource"));
            assertNotNull(wb.wb.getName("ExchangeRateDate"));
            wb.cell("Assumptions", wb.rowOf("Assumptions", 6, "s2_Discount"), 4).setCellValue(0.1);
            var evaluator = wb.wb.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            CostReport base = request.scenarios().get(0).report(), committed = request.scenarios().get(1).report();
            // Baseline untouched; Committed × (1 − 0.10), monthly and upfront alike
            assertEquals(base.chosenMonthly().doubleValue(), wb.number("Summary", EngineFigures.totalRow(request, 0), 6), 0.005);
            assertEquals(committed.chosenMonthly().doubleValue() * 0.9, wb.number("Summary", EngineFigures.totalRow(request, 1), 6), 0.005);
            assertEquals(committed.chosenUpfront().doubleValue() * 0.9, wb.number("Summary", EngineFigures.totalRow(request, 1), 7), 0.005);
        }
    }
}
