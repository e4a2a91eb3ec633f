package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on the catalog that ships in pricing-data/ (docs/pricing-data.md says where each rate comes from). */
class ShippedCatalogPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static CostReport price(String region, Block... blocks) {
        return ENGINE.price(new Scenario("shipped", region, List.of(blocks), List.of(), PurchaseOption.ON_DEMAND, false));
    }

    @Test
    void fourM5XlargeAndTheirGravitonTwin() {
        BlockCost b = price("us-east-1", AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4)).blocks().get(0);
        // 4 × $0.192 × 730 = 560.64; among every arm64 xlarge of the m family the shipped catalog prices, m8g.xlarge
        // ($0.17952) is the newest not above $0.192: saving (0.192 − 0.17952) × 730 × 4 = 36.4416
        assertExactly("560.64", b.option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("m8g.xlarge", b.graviton().twinType());
        assertExactly("36.4416", b.graviton().savingMonthly());
    }

    @Test
    void publishedAndEstimatedOffersKeepTheirBasis() {
        BlockCost b = price("us-east-1", AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4)).blocks().get(0);
        // 1y Standard All Upfront for m5.xlarge is published: $989 × 4 = 3,956 once, 3,956 / 12 = 329.67 a month
        OptionCost published = b.option(PurchaseOption.parse("reserved/1y/standard/all-upfront"));
        assertExactly("3956", published.upfront());
        assertCents("329.67", published.monthlyEffective());
        assertEquals(Basis.PUBLISHED, published.basis());
        // Spot is estimated from the Spot Advisor: $0.06528 × 4 × 730 = 190.6176
        OptionCost spot = b.option(PurchaseOption.SPOT);
        assertExactly("190.6176", spot.monthlyEffective());
        assertEquals(Basis.ESTIMATED, spot.basis());
    }

    @Test
    void tenMillionLambdaRequests() {
        CostReport r = price("us-east-1", LambdaFunction.of("api", "api", 512, 10_000_000L, BigDecimal.valueOf(200)));
        // 1,000,000 GB-s × 0.0000166667 + 10 × $0.20
        assertExactly("18.6667", r.chosenMonthly());
        // the shipped catalog carries (estimated) Compute Savings Plan rates for Lambda duration
        OptionCost sp = r.blocks().get(0).option(PurchaseOption.parse("savings-plan/compute/3y/all-upfront"));
        assertTrue(sp.isPriced());
        assertEquals(Basis.ESTIMATED, sp.basis());
    }

    @Test
    void c5nHasNoTwinBecauseC6gnHasLessMemory() {
        GravitonTwin twin = price("us-east-1", AutoScalingGroup.of("a", "a", "c5n.xlarge", 1, 1, 1)).blocks().get(0).graviton();
        // c6gn.xlarge has 8 GiB, c5n.xlarge 10.5 GiB: not a twin under the "at least the memory" rule
        assertFalse(twin.available());
        assertEquals("no Graviton type matches: none of the c family at size xlarge with attributes 'n' (at least 4 vCPU"
                + " · 10.5 GiB) is sold On-Demand in us-east-1", twin.reason());
    }

    @Test
    void aFlexTypesTwinIsItsFamilysGravitonType() {
        GravitonTwin twin = price("us-east-1", AutoScalingGroup.of("a", "a", "m7i-flex.large", 1, 1, 1)).blocks().get(0).graviton();
        // m8g.large at $0.08976 an hour is not above m7i-flex.large's $0.09576: the newest such generation
        assertTrue(twin.available(), twin.reason());
        assertEquals("m8g.large", twin.twinType());
        assertEquals("m7i-flex.large → m8g.large: the newest Graviton generation of the m family at size large (at least"
                + " 2 vCPU · 8 GiB) whose On-Demand price ($0.08976/h) is not above m7i-flex.large's ($0.09576/h)", twin.rule());
    }

    @Test
    void govCloudHasNoLambdaRatesSoLambdaIsMissing() {
        CostReport r = price("us-gov-east-1", AutoScalingGroup.of("a", "a", "m5.xlarge", 1, 1, 1),
                LambdaFunction.of("fn", "fn", 512, 1_000_000L, BigDecimal.valueOf(100)));
        // m5.xlarge in us-gov-east-1: $0.242 × 730 = 176.66
        assertExactly("176.66", r.block("a").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // published 2025-04 No Upfront rate, 1y standard: $0.152 × 730 = 110.96
        assertExactly("110.96", r.block("a").option(PurchaseOption.parse("reserved/1y/standard/no-upfront")).monthlyEffective());
        assertEquals(OptionCost.Status.MISSING, r.block("fn").option(PurchaseOption.ON_DEMAND).status());
        assertEquals(1, r.totals().get(PurchaseOption.ON_DEMAND).missingBlocks());
    }

    @Test
    void aThousandBlockSyntheticDesignIsFullyPricedUnderItsChosenOptions() {
        CostReport r = ENGINE.price(SyntheticDesign.generate(1000, 42));
        assertEquals(1000, r.blocks().size());
        for (BlockCost b : r.blocks()) assertTrue(b.chosen().isPriced(), () -> b.name() + ": " + b.chosen().reason());
        assertTrue(r.totals().get(PurchaseOption.ON_DEMAND).complete());
        assertTrue(r.chosenMonthly().signum() > 0);
    }

    @Test
    void gp3VolumesOfEksNodesInIrelandAtTheShippedRates() {
        // https://aws.amazon.com/ebs/pricing/ (EU Ireland): gp3 $0.088/GB-month, $0.0055 per IOPS-month above 3,000,
        // throughput $45.056 per GiB/s-month in the feed = 45.056 / 1,024 = $0.044 per MB/s-month above 125.
        // 3 nodes × (100 GB, 6,000 IOPS, 250 MB/s): 300 × 0.088 = 26.40; 9,000 × 0.0055 = 49.50; 375 × 0.044 = 16.50
        BlockCost b = price("eu-west-1", dev.costbench.model.EksNodeGroup.managed("ng", "ng", "main", "m5.large", 3)
                .withEbs(new dev.costbench.model.EbsVolume(100, 6_000, 250))).blocks().get(0);
        OptionCost od = b.option(PurchaseOption.ON_DEMAND);
        assertExactly("26.4", Pricing.line(od, "ebs.gp3").monthly());
        assertExactly("49.5", Pricing.line(od, "ebs.gp3_iops").monthly());
        assertExactly("16.5", Pricing.line(od, "ebs.gp3_throughput").monthly());
    }
}
