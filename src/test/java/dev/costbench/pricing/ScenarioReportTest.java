package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReportTest {

    private static final AutoScalingGroup ASG = AutoScalingGroup.of("asg", "web", "m5.large", 2, 2, 2);
    private static final LambdaFunction FN = LambdaFunction.of("fn", "api", 512, 10_000_000L, BigDecimal.valueOf(200));
    private static final LoadBalancer ALB = new LoadBalancer("alb", "edge", 0, 0, null, LoadBalancer.Type.ALB,
            new BigDecimal("50"), new BigDecimal("3000"), new BigDecimal("1.5"), new BigDecimal("500"));

    // under every option: web 2 × m5.large, api 18.6667 (On-Demand only), edge 28.105 (On-Demand only)

    @Test
    void totalsCountBlocksAnOptionDoesNotFitAtOnDemand() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false, ASG, FN, ALB);
        // 2 × 0.06 × 730 = 87.60 + 18.6667 + 28.105
        OptionTotal ri = r.totals().get(PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertExactly("134.3717", ri.monthlyEffective());
        assertEquals(2, ri.fallbackBlocks());
        assertEquals(0, ri.missingBlocks());
        assertTrue(ri.complete());
        // 140.16 + 18.6667 + 28.105
        assertExactly("186.9317", r.totals().get(PurchaseOption.ON_DEMAND).monthlyEffective());
        // Spot: 2 × 0.0537 × 730 = 78.402 + the two On-Demand-only blocks
        assertExactly("125.1737", r.totals().get(PurchaseOption.SPOT).monthlyEffective());
        // partial upfront: 2 × $252 upfront
        assertExactly("504", r.totals().get(PurchaseOption.parse("reserved/1y/standard/partial-upfront")).upfront());
        assertEquals(26, r.totals().size());
    }

    @Test
    void missingPricesMakeATotalIncompleteNotLower() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false, ASG, FN, ALB);
        // no 3-year Compute SP rate for m5.large or Lambda in the catalog; edge falls back to On-Demand
        OptionTotal sp = r.totals().get(PurchaseOption.parse("savings-plan/compute/3y/no-upfront"));
        assertEquals(2, sp.missingBlocks());
        assertEquals(1, sp.fallbackBlocks());
        assertFalse(sp.complete());
        assertExactly("28.105", sp.monthlyEffective());
        assertTrue(r.missing().stream().anyMatch(m -> m.describe().equals("savings-plan compute/3y/no-upfront m5.large in us-east-1")));
    }

    @Test
    void chosenTotalsFollowEachBlocksChosenOption() {
        CostReport r = report(PurchaseOption.parse("reserved/1y/standard/partial-upfront"), false, ASG, FN, ALB);
        assertEquals(PurchaseOption.parse("reserved/1y/standard/partial-upfront"), r.block("asg").chosenOption());
        assertEquals(PurchaseOption.ON_DEMAND, r.block("fn").chosenOption());
        assertEquals(PurchaseOption.ON_DEMAND, r.block("alb").chosenOption());
        // 84.34 + 18.6667 + 28.105; upfront 2 × 252
        assertExactly("131.1117", r.chosenMonthly());
        assertExactly("504", r.chosenUpfront());
        assertExactly("1573.3404", r.chosenAnnual());
        // Graviton: m8g.large has no RI price, so web counts as itself (84.34); api on arm 15.3334; edge 28.105
        assertExactly("127.7784", r.gravitonChosenMonthly());
    }

    @Test
    void aBlocksOwnOptionBeatsTheScenarios() {
        CostReport r = report(PurchaseOption.parse("reserved/1y/standard/no-upfront"), false, ASG.withPurchaseOption(PurchaseOption.SPOT));
        assertEquals(PurchaseOption.SPOT, r.block("asg").chosenOption());
        assertExactly("78.402", r.chosenMonthly());
    }

    @Test
    void aRegionTheCatalogLacksMakesEveryPriceMissing() {
        CostReport r = Pricing.ENGINE.price(new Scenario("s", "ap-south-9", List.of(ASG, FN, ALB), List.of(), PurchaseOption.ON_DEMAND, false));
        assertEquals("region ap-south-9 is not in the price catalog (it has us-east-1); every price in this scenario is missing",
                r.warnings().get(0));
        for (BlockCost b : r.blocks()) {
            OptionCost od = b.option(PurchaseOption.ON_DEMAND);
            assertEquals(OptionCost.Status.MISSING, od.status(), b.name());
            assertEquals("catalog region ap-south-9 (the catalog covers us-east-1) in ap-south-9", od.missing().get(0).describe());
            assertNull(b.range());
        }
        // what never applies still says why
        assertEquals("Lambda has no Reserved Instances", r.block("fn").option(PurchaseOption.parse("reserved/1y/standard/no-upfront")).reason());
        assertEquals(3, r.totals().get(PurchaseOption.ON_DEMAND).missingBlocks());
        assertExactly("0", r.chosenMonthly());
        assertEquals(1, r.missing().size());
    }

    @Test
    void reportCarriesTheCatalogAndScenario() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false, ASG);
        assertEquals("test-1", r.catalogVersion());
        assertEquals("2026-07-20", r.catalogAsOf());
        assertEquals("test", r.scenario());
        assertEquals("us-east-1", r.region());
        // a non-ASG block's range is flat at its chosen cost
        BlockCost fn = report(PurchaseOption.ON_DEMAND, false, FN).blocks().get(0);
        assertExactly("18.6667", fn.range().min());
        assertExactly("18.6667", fn.range().max());
    }
}
