package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.project.ProjectFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * us-east-1's catalog has no rate for internet egress over 150 TB a month. A block sending 1,000 GB does not reach
 * that tier, so the engine prices it; a reviewer who edits the GB up into the tier must see the block's option and the
 * scenario's total read missing, not a figure that leaves the tier out ($0 for it), as the engine would say of the
 * edited design.
 */
class UnreachedTierWorkbookTest {
    private static final String OPTIONS = "Purchase options", LINES = "Line items", ASSUMPTIONS = "Assumptions";
    /** Purchase options: the first block's row; the On-Demand column of the upfront, recurring and effective groups. */
    private static final int BLOCK_ROW = 6, TWIN_ROW = 8, UPFRONT = 4, RECURRING = 4 + 26, EFFECTIVE = 4 + 2 * 26;
    /** Line items: unit price and monthly recurring columns. */
    private static final int UNIT_PRICE = 8, MONTHLY = 11;
    /** 160 TB: past the 150 TB the catalog has rates for. */
    private static final double INTO_THE_MISSING_TIER = 163_840;

    @TempDir Path dir;

    @Test
    void anEditIntoATierWhoseRateIsMissingReadsMissingNotZero() throws Exception {
        Path design = dir.resolve("cdn.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Egress", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [
                 {"id": "cdn", "kind": "ec2-instances", "name": "Origin", "instanceType": "c6i.xlarge", "count": 1, "x": 0, "y": 0},
                 {"id": "net", "kind": "internet", "name": "Internet", "x": 300, "y": 0}],
                 "connections": [{"from": "cdn", "to": "net", "sentGbPerMonth": 1000}]}]}
                """);
        Path out = dir.resolve("cdn.xlsx"), edited = dir.resolve("edited.xlsx");
        WorkbookExporter.write(Designs.priced(ProjectFile.read(design)), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            int tier = wb.rowOf(LINES, 4, "traffic.internet.over-150tb");
            assertEquals("missing rate", wb.text(LINES, tier, UNIT_PRICE));
            assertTrue(wb.text(LINES, tier, 5).contains("internet_egress_over_150tb"), wb.text(LINES, tier, 5));
            // as exported the tier holds nothing: the block is priced
            wb.number(OPTIONS, BLOCK_ROW, EFFECTIVE);
            wb.number(OPTIONS, TWIN_ROW, EFFECTIVE);
            Cell gb = gbInput(wb);
            gb.setCellValue(INTO_THE_MISSING_TIER);
            try (OutputStream o = Files.newOutputStream(edited)) { wb.wb.write(o); }
        }
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed");
        try (WorkbookReader wb = new WorkbookReader(LibreOffice.recalculate(edited, dir.resolve("lo")))) {
            int tier = wb.rowOf(LINES, 4, "traffic.internet.over-150tb");
            assertEquals(INTO_THE_MISSING_TIER - 150 * 1024, wb.number(LINES, tier, 6), 1e-6, "the tier's GB follow the edit");
            assertEquals("missing", wb.text(LINES, tier, MONTHLY));
            assertEquals("missing", wb.text(OPTIONS, BLOCK_ROW, UPFRONT));
            assertEquals("missing", wb.text(OPTIONS, BLOCK_ROW, RECURRING));
            assertEquals("missing", wb.text(OPTIONS, BLOCK_ROW, EFFECTIVE));
            // the Graviton twin (its row after the two blocks'), whose lines have no rows: missing too, never low
            assertEquals("Graviton twin", wb.text(OPTIONS, TWIN_ROW, 3));
            assertEquals("missing", wb.text(OPTIONS, TWIN_ROW, RECURRING));
            assertEquals("missing", wb.text(OPTIONS, TWIN_ROW, EFFECTIVE));
            int total = wb.rowOf("Summary", 1, "Total");
            String monthly = wb.text("Summary", total, 6), note = wb.text("Summary", total, 3);
            assertTrue(monthly.contains("missing"), "the scenario total: " + monthly);
            assertTrue(note.contains("1 block(s) lack a price"), note);
        }
    }

    /** The Assumptions value cell of the block's "GB sent to Internet" input. */
    private static Cell gbInput(WorkbookReader wb) {
        for (Row r : wb.wb.getSheet(ASSUMPTIONS))
            for (Cell c : r)
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().startsWith("GB sent to Internet"))
                    return r.getCell(4);
        throw new AssertionError("no GB sent to Internet input on Assumptions");
    }
}
