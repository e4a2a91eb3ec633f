package dev.costbench.export;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.importer.ImportMonitor;
import dev.costbench.catalog.importer.PriceImporter;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dedicated Host Reservation lines (an upfront fee per host for the term, an hourly rate per host-hour) reach the
 * workbook through the shared cost components, and its formulas compute the engine's figures, under a block bought
 * 1y Partial Upfront and every other option.
 */
class HostReservationWorkbookTest {
    @TempDir Path dir;

    private static final Path IMPORTER = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/importer");
    private static final Path HOST_OFFER = IMPORTER.resolve("hostreservation/offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.csv");

    @Test
    void hostReservationLinesRecalculateToTheEngines() throws Exception {
        assertRecalculatesToTheEngine("reserved/1y/standard/partial-upfront", List.of(HOST_OFFER));
    }

    /**
     * Dedicated Hosts under a Savings Plan (the part of the plan's host-hour rate paid as used, and the prepaid part
     * for the term), under an EC2 Instance Savings Plan 1y Partial Upfront and every other option.
     */
    @Test
    void hostSavingsPlanLinesRecalculateToTheEngines() throws Exception {
        assertRecalculatesToTheEngine("savings-plan/ec2-instance/1y/partial-upfront", List.of(HOST_OFFER,
                IMPORTER.resolve("hostsavingsplans/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250301120000/eu-west-1/index.json")));
    }

    /** 10 c3.2xlarge on hosts in eu-west-1 bought as {@code option}, priced from the imported {@code files}. */
    private void assertRecalculatesToTheEngine(String option, List<Path> files) throws Exception {
        PriceCatalog catalog = new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(Designs.CATALOG, files).catalog();
        Ec2Instances hosts = new Ec2Instances("db", "Licensed DB", 0, 0, PurchaseOption.parse(option),
                "c3.2xlarge", 10, 20, null, Tenancy.HOST, Map.of());
        Project p = new Project("Hosts", List.of(new Scenario("Base", "eu-west-1", List.of(hosts), List.of(), PurchaseOption.ON_DEMAND, false)));
        ExportRequest request = ExportRequest.of(p, new PricingEngine(catalog), null);
        Path out = dir.resolve("hosts.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
        CachedValuesWorkbookTest.assertCachedEqualsEvaluated(out, "hosts");
    }
}
