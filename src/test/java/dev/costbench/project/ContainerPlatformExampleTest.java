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
        assertTrue(kinds.containsAll(Set.of(BlockKind.NAT_GATEWAY, BlockKind.INTERNET)), kinds.toString());
        // Traffic (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer, https://aws.amazon.com/vpc/pricing/), us-east-1:
        // NAT gateway: 1 × 0.045 × 730 = 32.85; processed 100 (Storefront) + 50 (Build workers) + 1,200 (back from the
        // internet) = 1,350 × 0.045 = 60.75; egress 150 GB (the account's 100 GB free went to the ALB, first on the
        // connections) × 0.09 = 13.50; 400 GB back to Build workers in the other zone × 2 sides × 0.01 = 8.00 → 115.10
        assertEquals(0, new BigDecimal("115.10").compareTo(cost(r, "nat")));
        // Build workers: 50 GB to the NAT gateway in the other zone × 2 × 0.01 = 1.00 on top of 264.20 of instances and EBS
        assertEquals(0, new BigDecimal("1.00").compareTo(traffic(r, "builders")));
        // Storefront ALB: 1,500 GB of responses to the internet, 100 free: 1,400 × 0.09 = 126.00; the ALB to its targets is free
        assertEquals(0, new BigDecimal("126.00").compareTo(traffic(r, "edge")));
        assertEquals(0, BigDecimal.ZERO.compareTo(traffic(r, "store")), "in the ALB's VPC and the NAT gateway's zone: free");
        assertEquals(0, new BigDecimal("749.41").compareTo(r.chosenMonthly().setScale(2, java.math.RoundingMode.HALF_UP)), "507.31 before traffic + 242.10");
    }

    private static BigDecimal traffic(CostReport r, String id) {
        BlockCost b = r.blocks().stream().filter(x -> x.blockId().equals(id)).findFirst().orElseThrow();
        return b.option(PurchaseOption.ON_DEMAND).lines().stream().filter(l -> l.component().startsWith("traffic."))
                .map(l -> l.monthly()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal cost(CostReport r, String id) {
        BlockCost b = r.blocks().stream().filter(x -> x.blockId().equals(id)).findFirst().orElseThrow();
        return b.option(PurchaseOption.ON_DEMAND).monthlyEffective();
    }
}
