package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice, a second spreadsheet engine, recalculates the exported web shop to the engine's figures, and
 * when a reviewer changes counts on the Assumptions sheet every total moves by what the engine computes for
 * the changed design.
 */
class WebShopLibreOfficeTest {
    private static final String FORMULA_NAME = "=HYPERLINK(\"x\")";
    @TempDir Path dir;

    @BeforeAll
    static void needsLibreOffice() { assumeTrue(LibreOffice.installed(), "soffice is not on the PATH"); }

    @Test
    void libreOfficeRecalculatesTheEnginesFiguresAndFollowsChangedCounts() throws Exception {
        ExportRequest before = Designs.priced(design(false));
        Path exported = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(before, exported);
        // a probe formula POI never evaluated: LibreOffice must compute it, so it does recalculate on load
        Path probed = dir.resolve("probed.xlsx");
        try (WorkbookReader wb = new WorkbookReader(exported)) {
            wb.wb.getSheet("Scenarios").getRow(0).createCell(10).setCellFormula("HoursPerMonth*2+1");
            try (OutputStream o = Files.newOutputStream(probed)) { wb.wb.write(o); }
        }
        Path first = LibreOffice.recalculate(probed, dir.resolve("lo1"));
        Path changed = dir.resolve("changed.xlsx");
        double baselineTotal, committedTotal;
        try (WorkbookReader wb = new WorkbookReader(first)) {
            assertEquals(1461, wb.number("Scenarios", 1, 10), "730 × 2 + 1, computed by LibreOffice");
            EngineFigures.assertTotals(wb, before);
            EngineFigures.assertOptions(wb, before);
            // Summary row 5 + 6 Baseline blocks + the 5th Committed block (the function)
            Cell name = wb.cell("Summary", 5 + 6 + 4, 1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(FORMULA_NAME, name.getStringCellValue());
            baselineTotal = wb.number("Summary", EngineFigures.totalRow(before, 0), 6);
            committedTotal = wb.number("Summary", EngineFigures.totalRow(before, 1), 6);
            // the reviewer's edits; the results LibreOffice cached are now stale on purpose
            set(wb, "s1_api_tasks", 13);
            set(wb, "s1_thumbs_requestsPerMonth", 25_000_000);
            set(wb, "s2_web_desired", 6);
            try (OutputStream o = Files.newOutputStream(changed)) { wb.wb.write(o); }
        }
        ExportRequest after = Designs.priced(design(true));
        Path second = LibreOffice.recalculate(changed, dir.resolve("lo2"));
        try (WorkbookReader wb = new WorkbookReader(second)) {
            EngineFigures.assertTotals(wb, after);
            for (int s = 0; s < 2; s++) {
                double engineMove = after.scenarios().get(s).report().chosenMonthly()
                        .subtract(before.scenarios().get(s).report().chosenMonthly()).doubleValue();
                double workbookMove = wb.number("Summary", EngineFigures.totalRow(after, s), 6) - (s == 0 ? baselineTotal : committedTotal);
                assertEquals(engineMove, workbookMove, 0.005, after.scenarios().get(s).scenario().name() + " moved");
            }
        }
    }

    @Test
    void libreOfficeWithItsDefaultSettingsShowsTheFiguresNotZeros() throws Exception {
        ExportRequest request = Designs.priced(Designs.webShop());
        Path exported = dir.resolve("as-is.xlsx");
        WorkbookExporter.write(request, exported);
        try (WorkbookReader wb = new WorkbookReader(LibreOffice.openAsIs(exported, dir.resolve("as-is")))) {
            // by default LibreOffice keeps an xlsx file's cached results; the export writes none, so it computes them
            EngineFigures.assertTotals(wb, request);
        }
    }

    /**
     * The two-scenario web shop with the second scenario's function named like a formula; {@code edited} makes
     * the reviewer's changes: 13 API tasks and 25M thumbnail requests in Baseline, 6 web instances in Committed.
     */
    private static Project design(boolean edited) {
        Project p = Designs.webShopWithCommitments();
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : p.scenarios()) {
            boolean committed = s.name().equals("Committed");
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                Block e = committed && b.id().equals("thumbs") ? b.withName(FORMULA_NAME) : b;
                if (edited) {
                    if (!committed && e instanceof EcsService api && api.id().equals("api")) e = api.withTasks(13);
                    if (!committed && e instanceof LambdaFunction f && f.id().equals("thumbs")) e = f.withRequestsPerMonth(25_000_000);
                    if (committed && e instanceof AutoScalingGroup g && g.id().equals("web")) e = g.withCounts(g.min(), 6, g.max());
                }
                blocks.add(e);
            }
            scenarios.add(s.withBlocks(blocks));
        }
        return p.withScenarios(scenarios);
    }

    private static void set(WorkbookReader wb, String name, double value) {
        int row = wb.rowOf("Assumptions", 6, name);
        wb.cell("Assumptions", row, 4).setCellValue(value);
    }
}
