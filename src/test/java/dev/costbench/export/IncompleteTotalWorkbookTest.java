package dev.costbench.export;

import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A workbook total that leaves out blocks with missing prices shows the priced part and the count, never $0.00. */
class IncompleteTotalWorkbookTest {
    @TempDir Path dir;

    @Test
    void theSummaryTotalShowsThePricedPartAndHowManyBlocksAreMissing() throws Exception {
        // Bahrain: the ALB is priced (estimated), the Lambda is missing
        Path design = dir.resolve("bahrain.costbench.json");
        Files.writeString(design, Designs.BAHRAIN);
        Path out = dir.resolve("bahrain.xlsx");
        assertEquals(0, Main.commandLine().execute("export", design.toString(), "--xlsx", out.toString(),
                "--data-dir", dir.resolve("data").toString()));
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            int total = wb.rowOf("Summary", 1, "Total");
            // ALB: (0.0276953 + 2 × 0.0098472) × 730 h = $34.59; the Lambda is missing
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 6));
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 8));
            // Best RI, Best SP and Spot: the ALB counts at On-Demand, as neither applies to it; the Lambda has no
            // Reserved Instances or Spot either, and its On-Demand price is missing, so it is missing there too
            for (int family : new int[] {9, 10, 11})
                assertEquals("$34.59 + 1 missing", wb.text("Summary", total, family), "column " + family);
        }
    }
}
