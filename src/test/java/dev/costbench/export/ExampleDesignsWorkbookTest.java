package dev.costbench.export;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.workshop.LoadProfilePresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aLineMostOptionsShareNamesTheFewItIsNotIn() throws Exception {
        for (String example : List.of("web-shop", "data-platform", "licensed-workloads", "container-platform")) {
            Path out = dir.resolve(example + ".xlsx");
            WorkbookExporter.write(Designs.priced(Designs.example(example)), out);
            try (WorkbookReader wb = new WorkbookReader(out)) {
                int rows = 0, allButSpot = 0;
                for (org.apache.poi.ss.usermodel.Row r : wb.wb.getSheet("Line items")) {
                    if (r.getRowNum() < 5 || r.getCell(3) == null) continue;
                    String option = r.getCell(3).getStringCellValue();
                    rows++;
                    if (option.equals("every priced option but spot")) allButSpot++;
                    // 26 options: a cell names at most half of them, by their keys or as the ones left out
                    assertTrue(option.split(", ").length <= 13, example + " row " + (r.getRowNum() + 1) + ": " + option);
                }
                assertTrue(rows > 40, example + " has its line rows (" + rows + ")");
                // a group's Spot share is the same line under every option but Spot, which buys the whole group on Spot
                assertTrue(allButSpot > 0, example + ": a Spot share reads 'every priced option but spot'");
            }
        }
    }

    @Test
    void blocksOnALoadProfileAreFormulasOverTheirLoadLevels() throws Exception {
        // web tier at 10 instances in business hours and 2 otherwise, on a 1-year Reserved Instance (the
        // quietest hour's 2 reserved, the rest On-Demand); the Orders API at its daily peak
        Project p = Designs.webShop();
        Scenario s = p.scenarios().getFirst();
        List<Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof AutoScalingGroup g && g.id().equals("web"))
                b = g.withLoadProfile(LoadProfilePresets.businessHours(10, 2)).withPurchaseOption(PurchaseOption.parse("reserved/1y/standard/no-upfront"));
            if (b instanceof EcsService api && api.id().equals("api")) b = api.withLoadProfile(LoadProfilePresets.dailyPeak(12, 4));
            blocks.add(b);
        }
        ExportRequest request = Designs.priced(p.withScenarios(List.of(s.withBlocks(blocks))));
        Path out = dir.resolve("profiled.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        assertEquals(0, result.fixedQuantities(), "every quantity is a formula over the inputs, load levels included");
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
            // business hours: 10 instances in 5 × 10 = 50 hours a week, 2 in the other 118 (levels lowest first)
            assertEquals(2, wb.number("Assumptions", wb.rowOf("Assumptions", 6, "s1_web_loadProfile_1"), 4));
            assertEquals(10, wb.number("Assumptions", wb.rowOf("Assumptions", 6, "s1_web_loadProfile_2"), 4));
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

    @Test
    void containerPlatformsTrafficLinesAreFormulasOverTheConnectionsGb() throws Exception {
        // the cross-AZ, NAT-processed and internet egress lines (tiers past the account's 100 GB free) recompute
        ExportRequest request = Designs.priced(Designs.example("container-platform"));
        Path out = dir.resolve("container-platform.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        assertEquals(0, result.fixedQuantities(), "every quantity is a formula over the inputs");
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
    }

    @Test
    void theInternetBlockReadsNoChargeOverItsZero() throws Exception {
        // it has no charge of its own: its 0 counts in the sums, its cells read "no charge", its basis says why
        ExportRequest request = Designs.priced(Designs.example("container-platform"));
        Path out = dir.resolve("internet.xlsx");
        WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            int row = wb.rowOf("Summary", 1, "Internet");
            assertEquals(0, wb.number("Summary", row, 6), 0);
            assertEquals("\"no charge\"", wb.cell("Summary", row, 6).getCellStyle().getDataFormatString());
            int options = wb.rowOf("Purchase options", 2, "Internet");
            assertEquals("\"no charge\"", wb.cell("Purchase options", options, 4 + 2 * 26).getCellStyle().getDataFormatString());
            assertTrue(wb.text("Purchase options", options, 4 + 3 * 26).contains("pay for the GB"));
            // and so it reads on Cash flow (upfront, recurring, first 12 months, 36 months and every month) and Scenarios
            int flow = wb.rowOf("Cash flow", 1, "Internet");
            for (int col : new int[] {4, 5, 7, 8, 9, 9 + 35}) {
                assertEquals(0, wb.number("Cash flow", flow, col), 0, "Cash flow column " + col);
                assertEquals("\"no charge\"", wb.cell("Cash flow", flow, col).getCellStyle().getDataFormatString(), "Cash flow column " + col);
            }
            int perBlock = wb.rowOf("Scenarios", 0, "Internet");
            assertEquals("\"no charge\"", wb.cell("Scenarios", perBlock, 2).getCellStyle().getDataFormatString());
            int natFlow = wb.rowOf("Cash flow", 1, "NAT gateway");
            assertTrue(wb.cell("Cash flow", natFlow, 9).getCellStyle().getDataFormatString().contains("0.00"));
            // a block with a charge keeps the money format
            int nat = wb.rowOf("Summary", 1, "NAT gateway");
            assertTrue(wb.cell("Summary", nat, 6).getCellStyle().getDataFormatString().contains("0.00"));
        }
    }
}
