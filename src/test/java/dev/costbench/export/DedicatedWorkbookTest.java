package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dedicated Instances and Dedicated Hosts in the workbook, through the shared cost components only: the lines, options
 * and totals read back are the engine's, and every formula (the Dedicated fee's "first Dedicated block pays", a host
 * count's ceil(instances ÷ per host)) computes its cached value.
 */
class DedicatedWorkbookTest {
    @TempDir Path dir;

    private static Project design() {
        List<Block> blocks = List.of(
                new Ec2Instances("shared", "Shared", 0, 0, null, "m5.large", 2, 20, null),
                new Ec2Instances("licensed", "Licensed", 0, 0, null, "m5.large", 3, 20, null, Tenancy.DEDICATED, Map.of()),
                new AutoScalingGroup("workers", "Workers", 0, 0, PurchaseOption.parse("reserved/1y/standard/no-upfront"), "c5.xlarge",
                        1, 2, 4, 0, 100, 0, null, null, Tenancy.DEDICATED, Map.of()),
                new Ec2Instances("sql", "SQL", 0, 0, null, "m5.4xlarge", 7, 0, null, Tenancy.HOST, Map.of()));
        return new Project("Dedicated", List.of(new Scenario("Base", "us-east-1", blocks, List.of(), PurchaseOption.ON_DEMAND, false)));
    }

    @Test
    void dedicatedLinesAreTheEnginesAndTheirFormulasComputeThem() throws Exception {
        // the shipped catalog has no Dedicated Host rate (the block would be missing): one m5 host-hour as an import would bring it
        dev.costbench.catalog.PriceCatalog withHost = Designs.CATALOG.toBuilder().serviceRate("us-east-1",
                dev.costbench.catalog.ServiceRates.EC2_HOST, "m5", new dev.costbench.catalog.Rate(new java.math.BigDecimal("5.069"), "hour",
                        new dev.costbench.catalog.Provenance("fixture", "host fixture", "2025-03-01", dev.costbench.catalog.Basis.PUBLISHED, null))).build();
        ExportRequest request = ExportRequest.of(design(), new dev.costbench.pricing.PricingEngine(withHost), null);
        Path out = dir.resolve("dedicated.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
        CachedValuesWorkbookTest.assertCachedEqualsEvaluated(out, "dedicated");
    }
}
