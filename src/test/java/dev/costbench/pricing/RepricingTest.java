package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.costbench.pricing.Pricing.assertExactly;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An engine that has priced a scenario reprices an edit of it by pricing only what the edit changed. */
class RepricingTest {

    private static Scenario scenario(boolean freeTier, Block... blocks) {
        return new Scenario("test", ReferenceCatalog.REGION, List.of(blocks), List.of(), PurchaseOption.ON_DEMAND, freeTier);
    }

    @Test
    void anEditRepricesTheEditedBlockAndReusesTheOthers() {
        PricingEngine engine = new PricingEngine(Pricing.CATALOG);
        AutoScalingGroup web = AutoScalingGroup.of("web", "web", "m5.large", 2, 2, 2);
        AutoScalingGroup api = AutoScalingGroup.of("api", "api", "m5.large", 1, 1, 1);
        CostReport before = engine.price(scenario(false, web, api));
        CostReport after = engine.price(scenario(false, web.withCounts(2, 3, 3), api));

        // 3 × 0.096 × 730 = 210.24
        assertExactly("210.24", after.block("web").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertNotSame(before.block("web"), after.block("web"));
        assertSame(before.block("api"), after.block("api"));
        // 210.24 + 1 × 0.096 × 730 = 70.08 → 280.32
        assertExactly("280.32", after.chosenMonthly());
    }

    @Test
    void theNextNodeGroupPaysTheClusterFeeOnceTheFirstIsGone() {
        PricingEngine engine = new PricingEngine(Pricing.CATALOG);
        EksNodeGroup first = EksNodeGroup.managed("ng1", "general", "prod", "m5.large", 1);
        EksNodeGroup second = EksNodeGroup.managed("ng2", "small", "prod", "m5.large", 1);
        // 1 × 0.096 × 730 = 70.08, no fee: ng1 carries it
        assertExactly("70.08", engine.price(scenario(false, first, second)).block("ng2").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // 70.08 + the cluster fee 0.10 × 730 = 73 → 143.08
        assertExactly("143.08", engine.price(scenario(false, second)).block("ng2").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void aFunctionsFreeTierShareFollowsTheFunctionsBeforeIt() {
        PricingEngine engine = new PricingEngine(Pricing.CATALOG);
        LambdaFunction small = LambdaFunction.of("small", "small", 1024, 500_000L, BigDecimal.valueOf(100));
        LambdaFunction api = LambdaFunction.of("api", "api", 512, 10_000_000L, BigDecimal.valueOf(200));
        // api gets what small leaves: 9.5M × 0.0000002 = 1.90; 650,000 GB-s × 0.0000166667 = 10.833355
        assertExactly("12.733355", engine.price(scenario(true, small, api)).block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // small at 1,000 requests (100 GB-s) leaves api 999,000 requests and 399,900 GB-s free:
        // 9,001,000 × 0.0000002 = 1.8002; 600,100 × 0.0000166667 = 10.00168667 → 11.80188667
        CostReport edited = engine.price(scenario(true, small.withRequestsPerMonth(1_000L), api));
        assertExactly("11.80188667", edited.block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void aHundredRandomEditsPriceAsAFreshEngineWould() {
        PricingEngine warm = new PricingEngine(Pricing.CATALOG);
        Random random = new Random(7);
        Scenario s = SyntheticDesign.generate(120, 3).withRegion(ReferenceCatalog.REGION);
        warm.price(s);
        for (int edit = 0; edit < 100; edit++) {
            List<Block> blocks = new ArrayList<>(s.blocks());
            int i = random.nextInt(blocks.size());
            switch (random.nextInt(3)) {
                case 0 -> blocks.remove(i);                                   // the next EKS group may pay the fee now
                case 1 -> blocks.add(random.nextInt(blocks.size()), blocks.remove(i)); // file order moves the free tier
                default -> blocks.set(i, blocks.get(i).withName(blocks.get(i).name() + "'"));
            }
            s = s.withBlocks(blocks).withLambdaFreeTier(edit % 10 != 0);
            CostReport fresh = new PricingEngine(Pricing.CATALOG).price(s);
            CostReport repriced = warm.price(s);
            int at = edit;
            assertTrue(fresh.equals(repriced), () -> "after edit " + at + ": " + firstDifference(fresh, repriced));
        }
    }

    private static String firstDifference(CostReport fresh, CostReport repriced) {
        for (int i = 0; i < fresh.blocks().size(); i++)
            if (!fresh.blocks().get(i).equals(repriced.blocks().get(i)))
                return "block " + fresh.blocks().get(i).blockId() + " differs from a fresh engine's";
        return "the scenario's totals or warnings differ from a fresh engine's";
    }
}
