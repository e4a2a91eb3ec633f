package dev.costbench.catalog.coverage;

import dev.costbench.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/pricing-data.md's coverage table is the shipped catalog's. */
class CoverageTableTest {
    @Test
    void theDocsTableIsCurrent() throws Exception {
        Path doc = Path.of(System.getProperty("costbench.project.dir")).resolve("docs/pricing-data.md");
        String text = Files.readString(doc);
        assertEquals(CoverageTable.replaceIn(text, CatalogLoader.bundled()), text,
                "docs/pricing-data.md's coverage table is out of date: run dev.costbench.catalog.coverage.CoverageTable");
    }

    @Test
    void aRowSaysWhatEachKindOfPriceIsAndItsDate() {
        String table = CoverageTable.markdown(CatalogLoader.bundled());
        // Frankfurt: EC2 from the 2025-04-04 feed; RI No Upfront published, upfront offers estimated (2025-04-05);
        // Savings Plans and Fargate by rule, dated by us-east-1's Fargate rates (2025-07-07); ELB by rule (2024-07-01)
        assertTrue(table.contains("| eu-central-1 | pub 2025-04-04 | pub+est 2025-04-05 | est 2025-07-07 | est 2025-06-28"
                + " | est 2025-07-07 | pub+est 2024-07-01 | est 2024-07-01 | pub 2024-04-01 | pub 2024-07-18 |"), table);
    }
}
