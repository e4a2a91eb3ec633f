package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summary says where its figures come from: the export date and Costbench version, the range of the rates' dates
 * and the share that are estimated, and a "~" on each figure built on an estimated rate (On-Demand EC2 is
 * published, Spot estimated); the Notes sheet lists every warning the engine gave.
 */
class ProvenanceWorkbookTest {
    @TempDir Path dir;

    @Test
    void summaryNamesTheRatesDatesTheEstimatedShareAndMarksEstimatedFigures() throws Exception {
        ExportRequest request = Designs.priced(Designs.example("data-platform"));
        Path out = dir.resolve("data-platform.xlsx");
        WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            // label in the repeated Scenario and Block columns, the text beside it and again over the money columns
            assertEquals("About the figures", wb.text("Summary", 2, 0));
            assertEquals(wb.text("Summary", 2, 2), wb.text("Summary", 2, 6));
            String subtitle = wb.text("Summary", 2, 2);
            assertTrue(subtitle.matches(".*Rates dated \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d; \\d+ of \\d+ \\(\\d+ %\\) estimated.*"), subtitle);
            String exported = wb.text("Summary", 3, 2);
            assertEquals(exported, wb.text("Summary", 3, 6));
            assertTrue(exported.startsWith("Exported " + LocalDate.now(ZoneOffset.UTC) + " by Costbench "), exported);
            assertTrue(exported.contains("~ before a figure"), "the legend of the mark: " + exported);

            int marked = 0, plain = 0, spots = 0;
            for (int row = 5; wb.cell("Summary", row, 1) != null && !"Total".equals(wb.text("Summary", row, 1)); row++) {
                var onDemand = wb.cell("Summary", row, 8);
                if (onDemand.getCellStyle().getDataFormatString().contains("~")) marked++;
                else plain++;
                var spot = wb.cell("Summary", row, 11);
                if (wb.text("Summary", row, 11).matches("[0-9.E-]+")) {
                    assertTrue(spot.getCellStyle().getDataFormatString().contains("~"), "Spot is estimated, row " + row);
                    spots++;
                }
            }
            assertTrue(plain > 0, "published On-Demand figures carry no mark");

            // a zero is exact whatever rate it was built on: Baseline's Ingest workers bought On-Demand pay nothing
            // upfront, shown "0.00", while its monthly figure on estimated Spot rates is marked
            int workers = 5;
            while (!"Ingest workers".equals(wb.text("Summary", workers, 1))) workers++;
            var upfront = wb.cell("Summary", workers, 7);
            var monthly = wb.cell("Summary", workers, 6);
            var shown = new org.apache.poi.ss.usermodel.DataFormatter();
            assertEquals("0.00", shown.formatRawCellContents(upfront.getNumericCellValue(), upfront.getCellStyle().getDataFormat(),
                    upfront.getCellStyle().getDataFormatString()));
            assertTrue(shown.formatRawCellContents(monthly.getNumericCellValue(), monthly.getCellStyle().getDataFormat(),
                    monthly.getCellStyle().getDataFormatString()).startsWith("~"), "the monthly figure is marked");

            int warnings = 0;
            for (PricedScenario ps : request.scenarios()) {
                CostReport r = ps.report();
                warnings += r.warnings().size();
            }
            int notes = 0;
            for (int row = 5; wb.cell("Notes", row, 2) != null; row++) notes++;
            assertEquals(warnings, notes, "every warning of the engine is a row on Notes");
            assertTrue(spots > 0, "a Spot figure was checked");
        }
    }
}
