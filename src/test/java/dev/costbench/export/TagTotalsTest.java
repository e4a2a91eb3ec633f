package dev.costbench.export;

import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tags;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cost by tag: each value's blocks under the engine's totalling rule, adding up to the scenario exactly. */
class TagTotalsTest {
    private static Scenario webShop() { return Designs.webShop().scenarios().getFirst(); }

    private static CostReport price(Scenario s) { return Designs.ENGINE.price(s); }

    @Test
    void theStorefrontTeamIsItsTwoBlocksAndTheTeamsAddUpToTheScenario() {
        Scenario s = webShop();
        CostReport r = price(s);
        TagTotals byTeam = TagTotals.of(s, r, "team");
        assertEquals(List.of("catalog", "media", "orders", "reporting", "storefront"),
                byTeam.groups().stream().map(TagTotals.Group::label).toList(), "values in text order, no untagged blocks");
        TagTotals.Group storefront = byTeam.groups().getLast();
        assertEquals(List.of("edge", "web"), storefront.blocks().stream().map(b -> b.blockId()).toList());
        // storefront on its chosen options (On-Demand) = the ALB's 28.11 + the web tier's 4 × $0.192 × 730 h = 560.64
        BigDecimal edge = r.block("edge").chosen().monthlyEffective(), web = r.block("web").chosen().monthlyEffective();
        assertEquals(0, new BigDecimal("560.64").compareTo(web), "4 × 0.192 × 730");
        assertEquals(0, edge.add(web).compareTo(storefront.totals().chosen().monthlyEffective()));
        assertEquals("$588.75", storefront.totals().chosen().text());
        assertAddsUp(byTeam, r);
    }

    @Test
    void blocksWithoutTheKeyAreUntaggedAndValuesDifferingInCaseStayApart() {
        Scenario s = webShop();
        List<Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b.id().equals("thumbs")) blocks.add(b.withTags(Tags.NONE));
            else if (b.id().equals("nightly")) blocks.add(b.withTags(b.tags().with("environment", "Production")));
            else blocks.add(b);
        }
        Scenario edited = s.withBlocks(blocks);
        CostReport r = price(edited);
        TagTotals byEnv = TagTotals.of(edited, r, "environment");
        assertEquals(List.of("Production", "production", TagTotals.UNTAGGED), byEnv.groups().stream().map(TagTotals.Group::label).toList());
        assertNull(byEnv.groups().getLast().value());
        assertEquals(List.of("thumbs"), byEnv.groups().getLast().blocks().stream().map(b -> b.blockId()).toList());
        assertAddsUp(byEnv, r);
        assertEquals(List.of("environment", "team", "cost-centre"), TagTotals.keys(List.of(edited)));
    }

    /** Under the chosen options and every purchase option, the groups' totals sum to the scenario's, to the last digit. */
    private static void assertAddsUp(TagTotals t, CostReport r) {
        BigDecimal chosen = BigDecimal.ZERO;
        for (TagTotals.Group g : t.groups()) chosen = chosen.add(g.totals().chosen().monthlyEffective());
        assertEquals(0, r.chosenMonthly().compareTo(chosen), "chosen");
        for (PurchaseOption o : PurchaseOption.ALL) {
            BigDecimal sum = BigDecimal.ZERO, upfront = BigDecimal.ZERO;
            int missing = 0;
            for (TagTotals.Group g : t.groups()) {
                OptionTotal gt = g.totals().options().get(o);
                sum = sum.add(gt.monthlyEffective());
                upfront = upfront.add(gt.upfront());
                missing += gt.missingBlocks();
            }
            OptionTotal total = r.totals().get(o);
            assertEquals(0, total.monthlyEffective().compareTo(sum), o.key());
            assertEquals(0, total.upfront().compareTo(upfront), o.key() + " upfront");
            assertEquals(total.missingBlocks(), missing, o.key() + " missing");
        }
    }
}
