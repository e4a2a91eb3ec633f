package dev.costbench.export;

import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Internet egress is counted along the scenario's flows, each starting where the one before ended: in the workbook a
 * flow's "before" refers to the previous flow's rows on its payer. When that payer has no rows (none of its options
 * is priced), its GB are written as the number they were, so the later flow still prices as the engine does.
 */
class EgressChainWorkbookTest {
    @TempDir Path dir;

    private static final String DESIGN = """
            {"schemaVersion": 1, "name": "Bahrain egress", "scenarios": [{"name": "Base", "region": "me-south-1",
             "purchaseOption": "on-demand", "blocks": [
             {"id": "fn", "kind": "lambda", "name": "Thumbs", "memoryMb": 512, "architecture": "x86_64",
              "requestsPerMonth": 10000000, "avgDurationMs": 200, "x": 200, "y": 0},
             {"id": "edge", "kind": "load-balancer", "name": "Edge", "type": "alb", "newConnectionsPerSec": 50,
              "activeConnectionsPerMin": 3000, "processedGbPerHour": 2, "ruleEvaluationsPerSec": 100, "x": 0, "y": 0},
             {"id": "net", "kind": "internet", "name": "Internet", "x": 400, "y": 0}],
             "connections": [{"from": "fn", "to": "net", "sentGbPerMonth": 500},
                             {"from": "edge", "to": "net", "sentGbPerMonth": 200}]}]}
            """;

    @Test
    void aFlowAfterABlockWithoutPricesStillStartsWhereThatBlocksGbEnded() throws Exception {
        Path design = dir.resolve("egress.costbench.json");
        Files.writeString(design, DESIGN);
        Path out = dir.resolve("egress.xlsx");
        assertEquals(0, Main.commandLine().execute("export", design.toString(), "--xlsx", out.toString(),
                "--data-dir", dir.resolve("data").toString()));
        try (WorkbookReader wb = new WorkbookReader(out).evaluateAll()) {
            // me-south-1: the Lambda (no Lambda rates there: missing) sends 500 GB first, taking the account's 100 GB free;
            // the ALB's 200 GB then all fall in the first tier: 200 × $0.117 = $23.40, on top of its own
            // (0.0276953 + 2 × 0.0098472) × 730 h = $34.59                                             $57.99
            int edge = wb.rowOf("Summary", 1, "Edge");
            assertEquals(57.99, wb.number("Summary", edge, 6), 0.005);
        }
    }
}
