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
        // Bahrain (me-south-1): the ALB is priced (estimated), the Lambda has no rates in the catalog
        Path design = dir.resolve("bahrain.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Bahrain", "scenarios": [{"name": "Base", "region": "me-south-1",
                 "purchaseOption": "on-demand", "blocks": [
                 {"id": "edge", "kind": "load-balancer", "name": "Edge", "type": "alb", "newConnectionsPerSec": 50,
                  "activeConnectionsPerMin": 3000, "processedGbPerHour": 2, "ruleEvaluationsPerSec": 100, "x": 0, "y": 0},
                 {"id": "fn", "kind": "lambda", "name": "Thumbs", "memoryMb": 512, "architecture": "x86_64",
                  "requestsPerMonth": 10000000, "avgDurationMs": 200, "x": 200, "y": 0}], "connections": []}]}
                """);
        Path out = dir.resolve("bahrain.xlsx");
        assertEquals(0, Main.commandLine().execute("export", design.toString(), "--xlsx", out.toString(),
                "--data-dir", dir.resolve("data").toString()));
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            int total = wb.rowOf("Summary", 1, "Total");
            // ALB: (0.0276953 + 2 × 0.0098472) × 730 h = $34.59; the Lambda is missing
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 6));
            assertEquals("$34.59 + 1 missing", wb.text("Summary", total, 8));
        }
    }
}
