package dev.costbench.catalog.coverage;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the shipped catalog has per region, as the window, `price` and the docs show it. */
class RegionCoverageTest {
    private static final PriceCatalog CATALOG = CatalogLoader.bundled();

    @Test
    void usEast1HasEveryKindWithSavingsPlansAndSpotEstimated() {
        RegionCoverage c = RegionCoverage.of(CATALOG, "us-east-1");
        // App Runner and ECR rates were read off AWS's pages on 2026-12-03; Fargate's include Fargate Spot's, one of
        // them (Linux x86 GB) estimated, the oldest of 2019-07-30
        assertEquals("published EC2 OD, RI (part), Fargate (part), Lambda, ELB, EKS, EBS, AppRunner, ECR, Transfer, NAT gateway"
                + " · estimated SP, Spot · missing none · rates of 2019-07-30 to 2026-12-03", c.summary());
        assertEquals("2019-07-30 to 2026-12-03", c.dates());
        assertEquals("published + estimated 2019-07-30 to 2025-07-07", c.get(PriceKind.FARGATE).describe());
        assertEquals("published + estimated 2021-02-05 to 2026-07-20", c.get(PriceKind.RESERVED).describe());
    }

    @Test
    void aDesignWhoseConnectionsCarryGbNeedsTransferRates() {
        var web = new dev.costbench.model.AutoScalingGroup("web", "Web tier", 100, 100, null, "m5.xlarge", 1, 4, 8, 0, 100, 0, null, null);
        var app = new dev.costbench.model.AutoScalingGroup("app", "App tier", 300, 100, null, "m5.large", 1, 2, 4, 0, 100, 0, null, null);
        var quiet = new dev.costbench.model.Scenario("Baseline", "us-east-1", List.of(web, app),
                List.of(new dev.costbench.model.Connection("web", "app", null, "HTTPS")), dev.costbench.model.Scenario.DEFAULT_OPTION, false);
        var busy = quiet.withConnections(List.of(new dev.costbench.model.Connection("web", "app", null, "HTTPS", new java.math.BigDecimal("500"), null)));
        // cross-AZ traffic between two groups is priced at the region's transfer rate: the coverage names it
        assertFalse(PriceKind.neededBy(quiet).contains(PriceKind.DATA_TRANSFER));
        assertTrue(PriceKind.neededBy(busy).contains(PriceKind.DATA_TRANSFER));
        assertTrue(RegionCoverage.forDesign(CATALOG, "us-east-1", busy).summary().contains("Transfer"));
        assertFalse(RegionCoverage.forDesign(CATALOG, "us-east-1", quiet).summary().contains("Transfer"));
    }

    @Test
    void govCloudHasNoSpotLambdaOrEks() {
        RegionCoverage c = RegionCoverage.of(CATALOG, "us-gov-west-1");
        assertEquals(ServiceCoverage.Status.MISSING, c.get(PriceKind.SPOT).status()); // the advisor has no GovCloud data
        assertEquals(ServiceCoverage.Status.MISSING, c.get(PriceKind.LAMBDA).status());
        assertEquals(ServiceCoverage.Status.MISSING, c.get(PriceKind.EKS).status());
        // Karpenter's 2026-07-20 table has every type the 2025-04-04 feed has there
        assertEquals("published 2026-07-20", c.get(PriceKind.EC2_ON_DEMAND).describe());
    }

    @Test
    void aNatGatewayWithoutRatesInTheRegionIsSaidByNameAndRegion() {
        // NAT gateway rates have a source for us-east-1, us-east-2 and eu-west-1 only (pricing-data/sources/SOURCES.md)
        RegionCoverage mumbai = RegionCoverage.forDesign(CATALOG, "ap-south-1", List.of(BlockKind.NAT_GATEWAY));
        assertEquals(ServiceCoverage.Status.MISSING, mumbai.get(PriceKind.NAT_GATEWAY).status());
        assertTrue(mumbai.brief().endsWith("missing NAT gateway"), mumbai.brief());
        assertTrue(mumbai.detail().contains("NAT gateway hours and GB processed: missing in ap-south-1"), mumbai.detail());
        RegionCoverage ireland = RegionCoverage.forDesign(CATALOG, "eu-west-1", List.of(BlockKind.NAT_GATEWAY));
        assertEquals(ServiceCoverage.Status.PUBLISHED, ireland.get(PriceKind.NAT_GATEWAY).status());
    }

    @Test
    void aRegionTheCatalogDoesNotHaveIsMissingThroughout() {
        assertEquals("Price lists: 0 published · 0 estimated · missing EC2 OD, RI, SP, Spot, Fargate, Lambda, ELB, EKS, EBS, AppRunner, ECR, Transfer, NAT gateway",
                RegionCoverage.of(CATALOG, "cn-north-1").brief());
    }

    @Test
    void aDesignIsToldOfThePricesItsBlocksNeedOnly() {
        // the web shop's kinds in Frankfurt: App Runner and ECR have no rates there, and it has neither
        List<BlockKind> webShop = List.of(BlockKind.ASG, BlockKind.LOAD_BALANCER, BlockKind.LAMBDA);
        RegionCoverage all = RegionCoverage.of(CATALOG, "eu-central-1");
        RegionCoverage design = RegionCoverage.forDesign(CATALOG, "eu-central-1", webShop);
        assertTrue(all.brief().contains("AppRunner"), all.brief());
        assertFalse(design.brief().contains("AppRunner"), design.brief());
        assertEquals(java.util.EnumSet.of(PriceKind.EC2_ON_DEMAND, PriceKind.RESERVED, PriceKind.SAVINGS_PLANS, PriceKind.SPOT,
                PriceKind.EBS, PriceKind.LAMBDA, PriceKind.ELB), design.services().keySet());
        // a design with an App Runner service there is told
        assertTrue(RegionCoverage.forDesign(CATALOG, "eu-central-1", List.of(BlockKind.APP_RUNNER)).brief().endsWith("missing AppRunner"));
        // an empty design hears of everything, as the region picker did before a block was drawn
        assertEquals(all, RegionCoverage.forDesign(CATALOG, "eu-central-1", List.of()));
    }

    @Test
    void aDesignsSavingsPlansAreThePlansOfWhatItRuns() {
        // Bahrain has EC2 plan rates (estimated) but neither Lambda nor its plans: a Lambda design's plans are missing
        RegionCoverage lambdaOnly = RegionCoverage.forDesign(CATALOG, "me-south-1", List.of(BlockKind.LAMBDA));
        assertEquals(ServiceCoverage.Status.MISSING, lambdaOnly.get(PriceKind.LAMBDA).status());
        assertEquals(ServiceCoverage.Status.MISSING, lambdaOnly.get(PriceKind.SAVINGS_PLANS).status(), lambdaOnly.summary());
        assertTrue(lambdaOnly.brief().endsWith("missing SP, Lambda"), lambdaOnly.brief());
        // an Auto Scaling group's are EC2's (estimated, of 2025-04-05), without Fargate's plan rates of 2025-07-07
        RegionCoverage withGroup = RegionCoverage.forDesign(CATALOG, "me-south-1", List.of(BlockKind.LAMBDA, BlockKind.ASG));
        assertEquals("estimated 2025-04-05", withGroup.get(PriceKind.SAVINGS_PLANS).describe());
        // an ECS service may run on EC2 or Fargate: both plans
        RegionCoverage withService = RegionCoverage.forDesign(CATALOG, "me-south-1", List.of(BlockKind.LAMBDA, BlockKind.ECS_SERVICE));
        assertEquals(RegionCoverage.of(CATALOG, "me-south-1").get(PriceKind.SAVINGS_PLANS), withService.get(PriceKind.SAVINGS_PLANS));
        // in Virginia Lambda's plans have rates of their own, which a Lambda design is told of
        RegionCoverage virginia = RegionCoverage.forDesign(CATALOG, "us-east-1", List.of(BlockKind.LAMBDA));
        assertEquals("estimated 2024-07-01", virginia.get(PriceKind.SAVINGS_PLANS).describe());
        assertEquals("rates of 2024-07-01", virginia.summary().substring(virginia.summary().lastIndexOf("rates of")));
    }
}
