package dev.costbench.export;

import dev.costbench.Main;
import dev.costbench.export.csv.CsvExporter;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.project.ProjectFile;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * When money leaves, worked by hand from the catalog's rates for m5.xlarge in us-east-1 (both estimated from AWS's published No Upfront rates by the measured upfront rule):
 * a Standard Reserved Instance for 3 years All Upfront costs $1,921.15 once; for 1 year Partial Upfront $508.20
 * once plus $0.0584833 an hour.
 * <ul>
 * <li>Web, 4 instances on 3y All Upfront: 4 × 1,921.15 = 7,684.60 in month 1, nothing after (no hourly charge);
 *     first 12 months 7,684.60, 36 months 7,684.60. (Monthly effective: 7,684.60 ÷ 36 = 213.46.)</li>
 * <li>App, 2 instances on 1y Partial Upfront: 2 × 508.20 = 1,016.40 in months 1, 13 and 25 (the term renewed),
 *     recurring 2 × 0.0584833 × 730 = 85.385618 every month; month 1 = 1,101.785618, month 2 = 85.385618;
 *     first 12 months 1,016.40 + 12 × 85.385618 = 2,041.027416; 36 months 3 × 1,016.40 + 36 × 85.385618
 *     = 3,049.20 + 3,073.882248 = 6,123.082248.</li>
 * <li>Scenario: month 1 = 7,684.60 + 1,101.785618 = 8,786.385618; month 13 = 1,101.785618; first 12 months
 *     7,684.60 + 2,041.027416 = 9,725.627416; 36 months 7,684.60 + 6,123.082248 = 13,807.682248.</li>
 * </ul>
 */
class CashFlowTest {
    private static final double CENT = 0.005;
    @TempDir Path dir;

    private Path design() throws Exception {
        Path design = dir.resolve("cash.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Cash flow", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [
                 {"id": "web", "kind": "asg", "name": "Web", "instanceType": "m5.xlarge", "min": 0, "desired": 4, "max": 8,
                  "ebsGbPerInstance": 0, "purchaseOption": "reserved/3y/standard/all-upfront", "x": 0, "y": 0},
                 {"id": "app", "kind": "asg", "name": "App", "instanceType": "m5.xlarge", "min": 0, "desired": 2, "max": 8,
                  "ebsGbPerInstance": 0, "purchaseOption": "reserved/1y/standard/partial-upfront", "x": 200, "y": 0}],
                 "connections": []}]}
                """);
        return design;
    }

    private ExportRequest request() throws Exception { return Designs.priced(ProjectFile.read(design())); }

    @Test
    void upfrontFallsInTheMonthATermStartsAndRecurringEveryMonth() throws Exception {
        CostReport r = request().scenarios().getFirst().report();
        CashFlow.Flow web = CashFlow.chosen(r.block("web")), app = CashFlow.chosen(r.block("app"));
        assertMoney(7684.60, web.months().get(0));
        for (int m = 1; m < 36; m++) assertMoney(0, web.months().get(m));
        assertMoney(7684.60, web.first12());
        assertMoney(7684.60, web.total());

        assertMoney(1101.785618, app.months().get(0));
        assertMoney(85.385618, app.months().get(1));
        assertMoney(1101.785618, app.months().get(12));
        assertMoney(1101.785618, app.months().get(24));
        assertMoney(85.385618, app.months().get(35));
        assertMoney(2041.027416, app.first12());
        assertMoney(6123.082248, app.total());

        CashFlow.Total t = CashFlow.chosen(r);
        assertTrue(t.complete());
        assertMoney(8786.385618, t.months().get(0));
        assertMoney(1101.785618, t.months().get(12));
        assertMoney(9725.627416, t.first12());
        assertMoney(13807.682248, t.total());
    }

    @Test
    void theWorkbooksCashFlowSheetHoldsTheHandWorkedFiguresCachedAndRecalculated() throws Exception {
        Path out = dir.resolve("cash.xlsx");
        WorkbookExporter.write(request(), out);
        for (boolean recalculate : new boolean[]{false, true}) {
            try (WorkbookReader wb = new WorkbookReader(out)) {
                if (recalculate) wb.evaluateAll();
                String s = "Cash flow";
                int web = wb.rowOf(s, 1, "Web"), app = wb.rowOf(s, 1, "App"), total = wb.rowOf(s, 1, "Total");
                // columns: E upfront (4), F recurring (5), G term months (6), H first 12 (7), I 36 months (8), J month 1 (9)
                assertEquals(7684.60, wb.number(s, web, 4), CENT);
                assertEquals(36, wb.number(s, web, 6));
                assertEquals(7684.60, wb.number(s, web, 7), CENT);
                assertEquals(7684.60, wb.number(s, web, 8), CENT);
                assertEquals(0, wb.number(s, web, 10), CENT, "month 2");
                assertEquals(12, wb.number(s, app, 6));
                assertEquals(85.385618, wb.number(s, app, 5), CENT);
                assertEquals(1101.785618, wb.number(s, app, 9), CENT, "month 1");
                assertEquals(85.385618, wb.number(s, app, 10), CENT, "month 2");
                assertEquals(1101.785618, wb.number(s, app, 9 + 12), CENT, "month 13");
                assertEquals(2041.027416, wb.number(s, app, 7), CENT);
                assertEquals(6123.082248, wb.number(s, app, 8), CENT);
                assertEquals(8786.385618, wb.number(s, total, 9), CENT);
                assertEquals(9725.627416, wb.number(s, total, 7), CENT);
                assertEquals(13807.682248, wb.number(s, total, 8), CENT);
            }
        }
    }

    /**
     * A one-line block bought On-Demand has no upfront: its Purchase options upfront reads an empty Line items cell,
     * which Excel and POI take as 0 but LibreOffice carries through the references as an empty result (ISNUMBER
     * says FALSE). The months must still be the recurring charge in every spreadsheet: a Batch queue on EC2, 600 jobs
     * of 4 vCPU, 4 GB and 60 minutes on c5.xlarge (4 vCPU: one job an instance) = 600 instance-hours × $0.17
     * = 102.00 a month; first 12 months 12 × 102 = 1,224.00; 36 months 36 × 102 = 3,672.00.
     */
    @Test
    void aBlockWithoutUpfrontPaysItsRecurringEveryMonthUnderLibreOfficeToo() throws Exception {
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed");
        Path design = dir.resolve("jobs.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Cash flow", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [
                 {"id": "jobs", "kind": "batch-queue", "name": "Jobs", "compute": "ec2", "instanceType": "c5.xlarge",
                  "jobsPerMonth": 600, "vcpuPerJob": 4, "memoryGbPerJob": 4, "avgJobMinutes": 60, "architecture": "x86_64",
                  "x": 0, "y": 0}],
                 "connections": []}]}
                """);
        Path out = dir.resolve("jobs.xlsx");
        WorkbookExporter.write(Designs.priced(ProjectFile.read(design)), out);
        try (WorkbookReader wb = new WorkbookReader(LibreOffice.recalculate(out, dir.resolve("lo")))) {
            String s = "Cash flow";
            int jobs = wb.rowOf(s, 1, "Jobs"), total = wb.rowOf(s, 1, "Total");
            assertEquals(102.00, wb.number(s, jobs, 5), CENT, "recurring");
            assertEquals(102.00, wb.number(s, jobs, 9), CENT, "month 1");
            assertEquals(102.00, wb.number(s, jobs, 9 + 35), CENT, "month 36");
            assertEquals(1224.00, wb.number(s, jobs, 7), CENT, "first 12 months");
            assertEquals(3672.00, wb.number(s, jobs, 8), CENT, "36 months");
            assertEquals(1224.00, wb.number(s, total, 7), CENT, "scenario's first 12 months");
        }
    }

    @Test
    void theCsvAndThePriceCommandCarryTheSameFigures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExporter.write(request(), bytes);
        List<String> rows = List.of(bytes.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
        String app = rows.stream().filter(l -> l.contains("\"app\"") && l.contains("reserved/1y/standard/partial-upfront"))
                .findFirst().orElseThrow();
        // chosen, first 12 months, 36 months, month 1, month 2
        assertTrue(app.contains(",\"yes\",2041.03,6123.08,1101.79,85.39,"), app);

        StringWriter text = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(text));
        assertEquals(0, cli.execute("price", design().toString(), "--data-dir", dir.resolve("data").toString()));
        assertTrue(text.toString().contains("First 12 months under the chosen options: $9,725.63"), text.toString());
    }

    private static void assertMoney(double expected, BigDecimal actual) { assertEquals(expected, actual.doubleValue(), 1e-6); }
}
