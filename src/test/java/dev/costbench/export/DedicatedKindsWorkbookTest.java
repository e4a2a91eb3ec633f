package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dedicated tenancy on an ECS service on EC2, an EKS managed node group and a Batch queue on EC2 in the workbook:
 * the same shared components as an Auto Scaling group's, so the lines, options and totals read back are the engine's,
 * and every formula (the one Dedicated fee across kinds, a host count sized for a profile's busiest hour) computes its
 * cached value.
 */
class DedicatedKindsWorkbookTest {
    @TempDir Path dir;

    private static Project design() {
        // a week of 2 tasks, 10 in the busiest hour: hosts for ceil(10 ÷ 2) = 5 instances
        List<Double> week = new java.util.ArrayList<>(Collections.nCopies(LoadProfile.HOURS_PER_WEEK, 2.0));
        week.set(10, 10.0);
        List<Block> blocks = List.of(
                EksNodeGroup.managed("nodes", "Nodes", "main", "m5.large", 3).withTenancy(Tenancy.DEDICATED),
                EcsService.fargate("api", "API", BigDecimal.ONE, new BigDecimal("2"), 4).withEc2("m5.large").withTenancy(Tenancy.DEDICATED),
                new BatchQueue("jobs", "Jobs", 0, 0, null, BatchQueue.Compute.EC2, "m5.large", 1000, BigDecimal.ONE,
                        new BigDecimal("2"), new BigDecimal("30"), Architecture.X86_64, null, null).withTenancy(Tenancy.DEDICATED),
                EcsService.fargate("hosted", "Hosted", BigDecimal.ONE, new BigDecimal("2"), 2).withEc2("m5.large")
                        .withLoadProfile(new LoadProfile(null, week)).withTenancy(Tenancy.HOST));
        return new Project("Dedicated kinds", List.of(new Scenario("Base", "us-east-1", blocks, List.of(), PurchaseOption.ON_DEMAND, false)));
    }

    @Test
    void dedicatedLinesOfEveryEc2BackedKindAreTheEnginesAndTheirFormulasComputeThem() throws Exception {
        dev.costbench.catalog.PriceCatalog withHost = Designs.CATALOG.toBuilder().serviceRate("us-east-1",
                dev.costbench.catalog.ServiceRates.EC2_HOST, "m5", new dev.costbench.catalog.Rate(new BigDecimal("5.069"), "hour",
                        new dev.costbench.catalog.Provenance("fixture", "host fixture", "2025-03-01", dev.costbench.catalog.Basis.PUBLISHED, null))).build();
        ExportRequest request = ExportRequest.of(design(), new dev.costbench.pricing.PricingEngine(withHost), null);
        Path out = dir.resolve("dedicated-kinds.xlsx");
        WorkbookExporter.Result result = WorkbookExporter.write(request, out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            assertEquals(result.lineItems(), EngineFigures.assertLines(wb, request));
            EngineFigures.assertOptions(wb, request);
            EngineFigures.assertTotals(wb, request);
        }
        CachedValuesWorkbookTest.assertCachedEqualsEvaluated(out, "dedicated-kinds");
    }
}
