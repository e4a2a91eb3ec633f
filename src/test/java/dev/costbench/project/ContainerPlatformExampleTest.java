package dev.costbench.project;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Project;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped example with App Runner, ECR, EC2 instances and containers reads and prices as hand-worked. */
class ContainerPlatformExampleTest {

    @Test
    void theExampleUsesTheNewKindsAndPricesTheirBlocksAsHandWorked() {
        Project p = ProjectFile.read(Path.of(System.getProperty("costbench.project.dir", "."), "examples/container-platform.costbench.json"));
        var s = p.scenarios().getFirst();
        Set<BlockKind> kinds = s.blocks().stream().map(b -> b.kind()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(BlockKind.APP_RUNNER, BlockKind.ECR_REPOSITORY, BlockKind.EC2_INSTANCES)), kinds.toString());
        assertTrue(!s.containers().isEmpty(), "the design draws its VPC and region");
        CostReport r = new PricingEngine(CatalogLoader.bundled()).price(s);
        // Public API (https://aws.amazon.com/apprunner/pricing/): 2 active × 1 vCPU × 40% = 0.8 × 0.064 × 730 = 37.376;
        // 2 × 2 GB × 40% = 1.6 × 0.007 × 730 = 8.176; provisioned 2 GB × 1 × 60% = 1.2 × 0.007 × 730 = 6.132; deployments 1
        assertEquals(0, new BigDecimal("52.684").compareTo(cost(r, "api")));
        // Images (https://aws.amazon.com/ecr/pricing/): 120 GB × 0.10 = 12; internet 50 × 0.09 = 4.5; other regions 200 × 0.02 = 4
        assertEquals(0, new BigDecimal("20.5").compareTo(cost(r, "images")));
    }

    private static BigDecimal cost(CostReport r, String id) {
        BlockCost b = r.blocks().stream().filter(x -> x.blockId().equals(id)).findFirst().orElseThrow();
        return b.option(PurchaseOption.ON_DEMAND).monthlyEffective();
    }
}
