package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Line items' descriptions with the block's inputs in them are formulas over those inputs: "gp3 EBS 100 GB × 2
 * instances" read so after the reviewer made it 5 instances of 250 GB, and a load balancer's capacity units named
 * the dimension that was largest before its inputs were edited.
 */
class WordedDescriptionsTest {
    private static final int DESCRIPTION = 5;

    @TempDir Path dir;

    @Test
    void aVolumesSizeAndALoadBalancersLargestDimensionFollowTheEditedInputs() throws Exception {
        Path out = dir.resolve("w.xlsx");
        // Build workers: 2 × c6i.xlarge with 100 GB each; the ALB: 40 new connections/s ÷ 25 = 1.6 LCU is the largest
        // of 1.6, 2,000 active connections/min ÷ 3,000 = 0.67, 1 GB processed/h ÷ 1 = 1 and 0 rule evaluations
        WorkbookExporter.write(Designs.priced(Designs.example("container-platform")), out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet lines = wb.getSheet("Line items");
            Cell volume = description(lines, "gp3 EBS ");
            Cell units = description(lines, "LCUs (largest: ");
            // a reader that does not recalculate reads the engine's words
            assertEquals("gp3 EBS 100 GB × 2 instances", volume.getStringCellValue());
            assertEquals("LCUs (largest: 40 new connections/s ÷ 25)", units.getStringCellValue());

            set(wb, "s1_builders_desired", 5);
            set(wb, "s1_builders_ebsGbPerInstance", 250);
            // 6,000 ÷ 3,000 = 2 LCU, now above the 1.6 of new connections
            set(wb, "s1_edge_activeConnectionsPerMin", 6000);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals("gp3 EBS 250 GB × 5 instances", eval.evaluate(volume).getStringValue());
            assertEquals("LCUs (largest: 6000 active connections/min ÷ 3,000)", eval.evaluate(units).getStringValue());

            if (!LibreOffice.installed()) return;
            try (XSSFWorkbook lo = recalculatedByLibreOffice(wb, "edited")) {
                Sheet s = lo.getSheet("Line items");
                assertEquals("gp3 EBS 250 GB × 5 instances", s.getRow(volume.getRowIndex()).getCell(DESCRIPTION).getStringCellValue());
                assertEquals("LCUs (largest: 6000 active connections/min ÷ 3,000)",
                        s.getRow(units.getRowIndex()).getCell(DESCRIPTION).getStringCellValue());
            }
        }
    }

    /**
     * Summary's key sizes follow the counts: a group of 6 × c5.2xlarge with 2 on Spot, 12 Fargate tasks with 7 on
     * Fargate Spot and a function's 50M requests, made 10 instances, 20 tasks and 22,501,086 requests in the workbook,
     * read as the engine words the design edited the same way.
     */
    @Test
    void keySizesWithASpotShareFollowTheEditedCounts() throws Exception {
        var project = Designs.example("data-platform");
        Path out = dir.resolve("k.xlsx");
        WorkbookExporter.write(Designs.priced(project), out);
        var first = project.scenarios().getFirst();
        var edited = first.withBlocks(first.blocks().stream().map(b -> switch (b) {
            case dev.costbench.model.AutoScalingGroup g when g.id().equals("ingest") -> g.withCounts(g.min(), 10, Math.max(g.max(), 10));
            case dev.costbench.model.EcsService e when e.id().equals("stream") -> e.withTasks(20);
            case dev.costbench.model.LambdaFunction l when l.id().equals("enrich") -> l.withRequestsPerMonth(22_501_086);
            default -> b;
        }).toList());
        var engine = Designs.ENGINE.price(edited);
        String group = engine.block("ingest").keySize(), service = engine.block("stream").keySize(),
                function = engine.block("enrich").keySize();
        // SizeText.count's "22.5M", worked by hand: 22,501,086 ÷ 1,000,000 to two decimals
        assertEquals("22.5M requests × 120 ms × 1024 MB · 20 provisioned", function);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            Cell groupSize = keySize(summary, "6 × c5.2xlarge (2 on Spot)"), serviceSize = keySize(summary, "12 tasks × 2 vCPU / 4 GB (7 on Fargate Spot)"),
                    functionSize = keySize(summary, "50M requests × 120 ms × 1024 MB · 20 provisioned");
            set(wb, "s1_ingest_desired", 10);
            set(wb, "s1_stream_tasks", 20);
            set(wb, "s1_enrich_requestsPerMonth", 22_501_086);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            eval.evaluateAll();
            assertEquals(group, eval.evaluate(groupSize).getStringValue());
            assertEquals(service, eval.evaluate(serviceSize).getStringValue());
            assertEquals(function, eval.evaluate(functionSize).getStringValue());

            if (!LibreOffice.installed()) return;
            try (XSSFWorkbook lo = recalculatedByLibreOffice(wb, "edited-k")) {
                Sheet s = lo.getSheet("Summary");
                assertEquals(group, s.getRow(groupSize.getRowIndex()).getCell(KEY_SIZE).getStringCellValue());
                assertEquals(service, s.getRow(serviceSize.getRowIndex()).getCell(KEY_SIZE).getStringCellValue());
                assertEquals(function, s.getRow(functionSize.getRowIndex()).getCell(KEY_SIZE).getStringCellValue());
            }
        }
    }

    /**
     * In the four example workbooks every worded key size and description, recalculated by LibreOffice without any
     * edit, reads the engine's words it was cached with.
     */
    @Test
    void everyWordedCellOfTheExamplesRecalculatesToTheEnginesWords() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LibreOffice.installed(), "soffice is not on the PATH");
        java.util.List<String> examples = java.util.List.of("web-shop", "container-platform", "data-platform", "licensed-workloads");
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (String e : examples) {
            Path out = dir.resolve(e + ".xlsx");
            WorkbookExporter.write(Designs.priced(Designs.example(e)), out);
            files.add(out);
        }
        java.util.List<Path> recalculated = LibreOffice.recalculateAll(files, dir.resolve("lo-all"));
        int worded = 0;
        for (int i = 0; i < files.size(); i++) {
            try (InputStream a = Files.newInputStream(files.get(i)); XSSFWorkbook exported = new XSSFWorkbook(a);
                 InputStream b = Files.newInputStream(recalculated.get(i)); XSSFWorkbook lo = new XSSFWorkbook(b)) {
                for (var at : java.util.List.of(java.util.Map.entry("Summary", KEY_SIZE), java.util.Map.entry("Line items", DESCRIPTION)))
                    for (Row row : exported.getSheet(at.getKey())) {
                        Cell c = row.getCell(at.getValue());
                        if (c == null || c.getCellType() != CellType.FORMULA || c.getCachedFormulaResultType() != CellType.STRING
                                || c.getCellFormula().startsWith("\"") && !c.getCellFormula().contains("&")) continue;
                        if (c.getCellFormula().contains("COUNTIF")) continue;
                        worded++;
                        assertEquals(c.getStringCellValue(), lo.getSheet(at.getKey()).getRow(c.getRowIndex()).getCell(at.getValue())
                                .getStringCellValue(), examples.get(i) + " " + at.getKey() + "!" + c.getAddress());
                    }
            }
        }
        // 36 key sizes (web shop 6, container platform 3, data platform 21, licensed workloads 6; App Runner, ECR, NAT
        // gateways and the Internet stay text) and 15 descriptions (gp3 volumes, capacity units) of the blocks as
        // designed (a Graviton twin's lines have no rows)
        assertEquals(51, worded);
    }

    private static final int KEY_SIZE = 3;

    /** {@code wb} as edited, saved as {@code name}.xlsx and recalculated by LibreOffice, read back. */
    private XSSFWorkbook recalculatedByLibreOffice(XSSFWorkbook wb, String name) throws Exception {
        Path edited = dir.resolve(name + ".xlsx");
        try (var o = Files.newOutputStream(edited)) { wb.write(o); }
        Path recalculated = LibreOffice.recalculate(edited, dir.resolve("lo-" + name));
        try (InputStream in = Files.newInputStream(recalculated)) { return new XSSFWorkbook(in); }
    }

    /** Summary's key size cell, a formula, whose cached words are {@code words}. */
    private static Cell keySize(Sheet summary, String words) {
        for (Row row : summary) {
            Cell c = row.getCell(KEY_SIZE);
            if (c != null && c.getCellType() == CellType.FORMULA && words.equals(c.getStringCellValue())) return c;
        }
        throw new AssertionError("no key size formula reading " + words);
    }

    /** The first description on Line items that is a formula reading {@code start}…. */
    private static Cell description(Sheet lines, String start) {
        for (Row row : lines) {
            Cell c = row.getCell(DESCRIPTION);
            if (c != null && c.getCellType() == CellType.FORMULA && c.getStringCellValue().startsWith(start)) return c;
        }
        throw new AssertionError("no description formula reading " + start + "…");
    }

    private static void set(XSSFWorkbook wb, String name, double value) {
        var defined = wb.getName(name);
        assertNotNull(defined, "the workbook names " + name);
        CellReference ref = new AreaReference(defined.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
    }
}
