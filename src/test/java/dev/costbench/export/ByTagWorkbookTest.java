package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.OptionTotal;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The By tag sheet: each tag value's totals, cached as the engine groups them ({@link TagTotals}), computed the same by
 * POI and by LibreOffice, and regrouped when a reviewer retypes a block's tag value in the workbook.
 */
class ByTagWorkbookTest {
    private static final String SHEET = "By tag";
    private static final int FIRST_GROUP_ROW = 5, VALUE = 2, BLOCKS = 3, CHOSEN = 4, FIRST_OPTION = 5;

    @TempDir Path dir;

    @Test
    void cachedValuesAreTheEnginesTotalsByTagAndPoiComputesTheSame() throws Exception {
        for (Project p : List.of(Designs.webShopWithCommitments(), Designs.example("data-platform"))) {
            ExportRequest request = Designs.priced(p);
            Path file = dir.resolve(p.name().replace(' ', '-') + ".xlsx");
            WorkbookExporter.write(request, file);
            try (WorkbookReader wb = new WorkbookReader(file)) {
                int groups = assertGroups(wb, request);
                assertTrue(groups >= 2 * 3 + 1, p.name() + ": " + groups + " group rows");
            }
            try (WorkbookReader wb = new WorkbookReader(file).evaluateAll()) {
                assertGroups(wb, request);
            }
        }
    }

    @Test
    void theWebShopsStorefrontTeamIsItsLoadBalancerAndWebTier() throws Exception {
        ExportRequest request = Designs.priced(Designs.webShop());
        Path file = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(request, file);
        try (WorkbookReader wb = new WorkbookReader(file)) {
            int row = groupRow(wb, "Baseline", "team", "storefront");
            assertEquals(2, wb.number(SHEET, row, BLOCKS));
            // the ALB's 28.11 + the web tier's 4 × 0.192 × 730 = 560.64, both On-Demand (the scenario's option)
            assertEquals(588.75, wb.number(SHEET, row, CHOSEN), 0.005);
        }
    }

    @Test
    void libreOfficeRecalculatesTheEnginesTotalsAndRegroupsARetypedTag() throws Exception {
        assumeTrue(LibreOffice.installed(), "soffice is not on the PATH");
        Project design = Designs.webShopWithCommitments();
        ExportRequest before = Designs.priced(design);
        Path file = dir.resolve("tags.xlsx");
        WorkbookExporter.write(before, file);
        Path edited = dir.resolve("retyped.xlsx");
        try (WorkbookReader wb = new WorkbookReader(file)) {
            // the reviewer moves the web tier of the first scenario from team storefront to team orders
            int teamCol = headerCol(wb, "team");
            int webRow = blockRow(wb, "Baseline", "web");
            // a new cell, as typing makes: POI would keep the streamed cell's inline-string type under a shared-string value
            org.apache.poi.ss.usermodel.Row r = wb.wb.getSheet(SHEET).getRow(webRow - 1);
            r.removeCell(r.getCell(teamCol));
            r.createCell(teamCol).setCellValue("orders");
            try (OutputStream o = Files.newOutputStream(edited)) { wb.wb.write(o); }
        }
        List<Path> out = LibreOffice.recalculateAll(List.of(file, edited), dir.resolve("lo"));
        try (WorkbookReader wb = new WorkbookReader(out.get(0))) {
            assertGroups(wb, before);
        }
        // the engine's grouping of the same design with the web tier's tag changed
        List<Scenario> scenarios = new ArrayList<>(design.scenarios());
        Scenario first = scenarios.getFirst();
        List<Block> blocks = new ArrayList<>();
        for (Block b : first.blocks()) blocks.add(b.id().equals("web") ? b.withTags(b.tags().with("team", "orders")) : b);
        scenarios.set(0, first.withBlocks(blocks));
        ExportRequest after = Designs.priced(design.withScenarios(scenarios));
        try (WorkbookReader wb = new WorkbookReader(out.get(1))) {
            int row = groupRow(wb, "Baseline", "team", "storefront");
            assertEquals(1, wb.number(SHEET, row, BLOCKS), "only the load balancer is left");
            TagTotals.Group orders = TagTotals.of(after.scenarios().getFirst(), "team").groups().stream()
                    .filter(g -> "orders".equals(g.value())).findFirst().orElseThrow();
            assertEquals(2, orders.blocks().size());
            assertFigures(wb, groupRow(wb, "Baseline", "team", "orders"), orders);
        }
    }

    @Test
    void valuesDifferingOnlyInCaseStayTwoGroupsAfterARecalculation() throws Exception {
        // tags are case-sensitive: env=Prod on the web tier, env=prod on the load balancer, env=P*d (a SUMIF wildcard)
        // on the Orders API; SUMIF alone would merge the first two and count all three under "P*d"
        Project design = Designs.webShop();
        Scenario first = design.scenarios().getFirst();
        Map<String, String> env = Map.of("web", "Prod", "edge", "prod", "api", "P*d");
        List<Block> blocks = new ArrayList<>();
        for (Block b : first.blocks()) blocks.add(env.containsKey(b.id()) ? b.withTags(b.tags().with("env", env.get(b.id()))) : b);
        ExportRequest request = Designs.priced(design.withScenarios(List.of(first.withBlocks(blocks))));
        TagTotals byEnv = TagTotals.of(request.scenarios().getFirst(), "env");
        assertEquals(1, byEnv.groups().stream().filter(g -> "Prod".equals(g.value())).findFirst().orElseThrow().blocks().size());
        Path file = dir.resolve("case.xlsx");
        WorkbookExporter.write(request, file);
        try (WorkbookReader wb = new WorkbookReader(file).evaluateAll()) {
            assertGroups(wb, request);
            // the web tier alone: 4 × 0.192 × 730 = 560.64 On-Demand
            assertEquals(560.64, wb.number(SHEET, groupRow(wb, "Baseline", "env", "Prod"), CHOSEN), 0.005);
        }
        assumeTrue(LibreOffice.installed(), "soffice is not on the PATH");
        try (WorkbookReader wb = new WorkbookReader(LibreOffice.recalculateAll(List.of(file), dir.resolve("lo")).getFirst())) {
            assertGroups(wb, request);
            assertEquals(1, wb.number(SHEET, groupRow(wb, "Baseline", "env", "prod"), BLOCKS));
            assertEquals(1, wb.number(SHEET, groupRow(wb, "Baseline", "env", "P*d"), BLOCKS));
            assertEquals(560.64, wb.number(SHEET, groupRow(wb, "Baseline", "env", "Prod"), CHOSEN), 0.005);
        }
    }

    /** Every group row of the sheet against the engine's grouping; returns how many there are. */
    private static int assertGroups(WorkbookReader wb, ExportRequest request) {
        int n = 0;
        for (PricedScenario ps : request.scenarios())
            for (String key : TagTotals.keys(List.of(ps.scenario()))) {
                for (TagTotals.Group g : TagTotals.of(ps, key).groups()) {
                    int row = groupRow(wb, ps.scenario().name(), key, g.label());
                    assertEquals(g.blocks().size(), wb.number(SHEET, row, BLOCKS), key + "=" + g.label());
                    assertFigures(wb, row, g);
                    n++;
                }
            }
        return n;
    }

    private static void assertFigures(WorkbookReader wb, int row, TagTotals.Group g) {
        assertFigure(wb, row, CHOSEN, g.totals().chosen(), g.label() + " chosen");
        for (PurchaseOption o : PurchaseOption.ALL)
            assertFigure(wb, row, FIRST_OPTION + o.index(), g.totals().options().get(o), g.label() + " " + o.key());
    }

    private static void assertFigure(WorkbookReader wb, int row, int col, OptionTotal expected, String what) {
        if (expected.complete()) assertEquals(expected.monthlyEffective().doubleValue(), wb.number(SHEET, row, col), 0.005, what);
        else assertEquals(expected.missingBlocks() + " block(s) lack a price", wb.text(SHEET, row, col), what);
    }

    private static int groupRow(WorkbookReader wb, String scenario, String key, String label) {
        for (int r = FIRST_GROUP_ROW; ; r++) {
            Cell c = wb.cell(SHEET, r, 0);
            if (c == null || c.getStringCellValue().isEmpty()) throw new AssertionError("no group " + scenario + " " + key + "=" + label);
            if (c.getStringCellValue().equals(scenario) && key.equals(wb.text(SHEET, r, 1)) && label.equals(wb.text(SHEET, r, VALUE)))
                return r;
        }
    }

    /** The block table's header row is the one whose second column says "Block id". */
    private static int blockHeader(WorkbookReader wb) { return wb.rowOf(SHEET, 1, "Block id"); }

    private static int headerCol(WorkbookReader wb, String key) {
        int h = blockHeader(wb);
        for (int c = 3; ; c++) if (key.equals(wb.text(SHEET, h, c))) return c;
    }

    private static int blockRow(WorkbookReader wb, String scenario, String id) {
        for (int r = blockHeader(wb) + 1; ; r++)
            if (scenario.equals(wb.text(SHEET, r, 0)) && id.equals(wb.text(SHEET, r, 1))) return r;
    }
}
