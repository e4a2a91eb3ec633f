package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.project.ProjectFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A block with one cost line bought without upfront: its Purchase options upfront once referred to one Line items
 * cell that is empty (an hourly line writes no upfront). A bare reference to it is "empty" to LibreOffice, whose
 * ISNUMBER then says FALSE where Excel and POI read 0 (the Cash flow sheet showed 0 for every month of such a block).
 * An option without an upfront line now has the number 0 there, under any edit; one with upfront lines sums them.
 */
class OneLineUpfrontTest {
    @TempDir Path dir;

    @Test
    void aOneLineBlocksUpfrontIsANumberUnderLibreOffice() throws Exception {
        Path design = dir.resolve("jobs.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "One line", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [
                 {"id": "jobs", "kind": "batch-queue", "name": "Jobs", "compute": "ec2", "instanceType": "c5.xlarge",
                  "jobsPerMonth": 600, "vcpuPerJob": 4, "memoryGbPerJob": 4, "avgJobMinutes": 60, "architecture": "x86_64",
                  "x": 0, "y": 0}],
                 "connections": []}]}
                """);
        Path out = dir.resolve("jobs.xlsx"), probed = dir.resolve("probed.xlsx");
        WorkbookExporter.write(Designs.priced(ProjectFile.read(design)), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            // one row a block: the On-Demand key heads the first column of the upfront group, the block's row below it
            assertEquals("on-demand", wb.text("Purchase options", 5, 4));
            assertEquals(CellType.NUMERIC, wb.cell("Purchase options", 6, 4).getCellType(), "On-Demand's upfront is the number 0");
            // a reviewer's test of the figure, in a free cell
            wb.wb.getSheet("Purchase options").getRow(5).createCell(200).setCellFormula("ISNUMBER(E6)");
            try (OutputStream o = Files.newOutputStream(probed)) { wb.wb.write(o); }
        }
        assumeTrue(LibreOffice.installed(), "LibreOffice is not installed");
        try (WorkbookReader wb = new WorkbookReader(LibreOffice.recalculate(probed, dir.resolve("lo")))) {
            Cell c = wb.cell("Purchase options", 6, 200);
            assertEquals(CellType.BOOLEAN, c.getCachedFormulaResultType());
            assertTrue(c.getBooleanCellValue(), "ISNUMBER of the one-line block's upfront");
            assertEquals(0, wb.number("Purchase options", 6, 4), 0);
        }
    }
}
