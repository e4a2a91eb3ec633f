package dev.costbench.export;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reviewer's inputs drive the model: the exchange rate and currency, the Spot interruption overhead, the
 * hours in a month and a block's purchase option, each changed on Assumptions and evaluated by POI.
 * Web shop rows: Summary row 5 is the ALB, 6 the web tier, 10 the function.
 */
class WorkbookInputsTest {
    private static final int WEB = 6, THUMBS = 9, MONTHLY = 6, SPOT = 11;
    @TempDir Path dir;
    private ExportRequest request;
    private WorkbookReader wb;

    @BeforeEach
    void export() throws Exception {
        request = Designs.priced(Designs.webShop());
        Path out = dir.resolve("inputs.xlsx");
        WorkbookExporter.write(request, out);
        wb = new WorkbookReader(out);
    }

    private CostReport report() { return request.scenarios().getFirst().report(); }

    private BlockCost block(String id) { return report().block(id); }

    private void set(String name, double value) {
        wb.cell("Assumptions", wb.rowOf("Assumptions", 6, name), 4).setCellValue(value);
    }

    /** A fresh cell: POI keeps reading an inline string's old text after setCellValue, as a reviewer's typing would not. */
    private void set(String name, String value) {
        var cell = wb.cell("Assumptions", wb.rowOf("Assumptions", 6, name), 4);
        var row = cell.getRow();
        row.removeCell(cell);
        row.createCell(4).setCellValue(value);
    }

    private void recalculate() {
        var evaluator = wb.wb.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        evaluator.evaluateAll();
    }

    @Test
    void theExchangeRateAndCurrencyConvertEveryAmountAndNameTheCurrency() throws Exception {
        set("ExchangeRate", 0.5);
        set("CurrencyCode", "EUR");
        recalculate();
        assertEquals("Monthly (EUR)", wb.text("Summary", 4, MONTHLY));
        // the web tier's 560.64 USD On-Demand is 280.32 EUR at 0.5; the scenario total halves too
        assertEquals(280.32, wb.number("Summary", WEB, MONTHLY), 0.005);
        int total = EngineFigures.totalRow(request, 0);
        assertEquals(report().chosenMonthly().doubleValue() / 2, wb.number("Summary", total, MONTHLY), 0.005);
        // unit prices stay in USD, as AWS publishes them
        assertEquals(0.192, wb.number("Line items", 7, 8), 1e-12);
        wb.close();
    }

    @Test
    void spotOverheadRaisesSpotLinesOnly() throws Exception {
        set("SpotInterruptionOverhead", 0.10);
        recalculate();
        // web tier all on Spot: 4 × Spot rate × 730 × 1.10; On-Demand unchanged at 4 × 0.192 × 730 = 560.64
        double spot = block("web").option(PurchaseOption.SPOT).monthlyEffective().doubleValue();
        assertEquals(spot * 1.10, wb.number("Summary", WEB, SPOT), 0.005);
        assertEquals(560.64, wb.number("Summary", WEB, MONTHLY), 0.005);
        wb.close();
    }

    @Test
    void hoursPerMonthDriveEveryHourlyLine() throws Exception {
        set("HoursPerMonth", 744);
        recalculate();
        // 4 × 0.192 × 744 = 571.392
        assertEquals(571.39, wb.number("Summary", WEB, MONTHLY), 0.005);
        wb.close();
    }

    @Test
    void choosingAnotherOptionRepricesTheBlockAndOneThatDoesNotApplyIsBoughtOnDemand() throws Exception {
        set("s1_web_option", "reserved/1y/standard/partial-upfront");
        set("s1_thumbs_option", "reserved/1y/standard/partial-upfront");
        recalculate();
        BlockCost web = block("web");
        assertEquals(web.option(PurchaseOption.parse("reserved/1y/standard/partial-upfront")).monthlyEffective().doubleValue(),
                wb.number("Summary", WEB, MONTHLY), 0.005);
        assertEquals(web.option(PurchaseOption.parse("reserved/1y/standard/partial-upfront")).upfront().doubleValue(),
                wb.number("Summary", WEB, MONTHLY + 1), 0.005);
        assertEquals("RI 1y standard partial upfront", wb.text("Summary", WEB, 5));
        // Lambda has no Reserved Instances: bought On-Demand, at its On-Demand cost
        assertEquals("On-Demand", wb.text("Summary", THUMBS, 5));
        assertEquals(block("thumbs").option(PurchaseOption.ON_DEMAND).monthlyEffective().doubleValue(),
                wb.number("Summary", THUMBS, MONTHLY), 0.005);
        wb.close();
    }
}
