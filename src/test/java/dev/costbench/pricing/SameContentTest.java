package dev.costbench.pricing;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.workshop.WhatIf;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: a full reprice that takes a block's cost from a block of the same content (copies in one design, a
 * design renamed or moved, a region switched and back, a What-if copy) reports exactly what an engine pricing every
 * block on its own reports, to the BigDecimal, line by line ({@code TotalsByDifferenceTest#assertSameReport}).
 */
class SameContentTest {
    private static final PriceCatalog CATALOG = CatalogLoader.bundled();

    @Test
    void costsTakenFromBlocksOfTheSameContentEqualEveryBlockPricedOnItsOwn() {
        WhatIf whatIf = new WhatIf(CATALOG);
        String otherRegion = CATALOG.regions().stream().filter(r -> !r.equals(Scenario.DEFAULT_REGION)).findFirst().orElse("xx-nowhere-1");
        for (long seed = 21; seed <= 23; seed++) {
            Scenario design = withCopies(SyntheticDesign.generate(200, seed), new Random(seed));
            PricingEngine engine = new PricingEngine(CATALOG);
            List<Scenario> steps = List.of(design, SyntheticDesign.withEveryBlockRenamed(design, 1),
                    design.withBlocks(design.blocks().stream().map(b -> b.withPosition(b.x() + 5, b.y() + 7)).toList()),
                    design.withRegion(otherRegion), design, whatIf.traffic(design, 2), whatIf.traffic(design, 0.5),
                    whatIf.traffic(design, 2), design.withLambdaFreeTier(!design.lambdaFreeTier()),
                    SyntheticDesign.withEveryBlockRenamed(design, 2));
            for (int i = 0; i < steps.size(); i++)
                TotalsByDifferenceTest.assertSameReport(new PricingEngine(CATALOG, true).price(steps.get(i)),
                        engine.price(steps.get(i)), "seed " + seed + ", step " + i);
        }
    }

    @Test
    void aCopyOfABlockIsPricedOnceAndARenamedDesignNotAtAll() {
        Scenario design = withCopies(SyntheticDesign.generate(100, 5), new Random(5));
        PricingEngine engine = new PricingEngine(CATALOG);
        CostReport report = engine.price(design);
        int copies = 0;
        for (int i = 100; i < design.blocks().size(); i++) {
            Block copy = design.blocks().get(i);
            BlockCost original = byId(report, copy.id().substring("copy-".length())), cost = report.blocks().get(i);
            assertEquals(copy.id(), cost.blockId());
            assertEquals(copy.name(), cost.name());
            // a Lambda function's lines name it by id, so a copy is priced on its own; EKS copies do not pay their cluster's fee;
            // a repository's pulls from the internet come after the original's in the account's egress tiers
            if (copy instanceof LambdaFunction || copy instanceof dev.costbench.model.EksNodeGroup
                    || copy instanceof dev.costbench.model.EcrRepository) continue;
            assertSame(original.options(), cost.options(), copy.id());
            copies++;
        }
        assertTrue(copies > 10, copies + " copies");
        CostReport renamed = engine.price(SyntheticDesign.withEveryBlockRenamed(design, 1));
        for (int i = 0; i < report.blocks().size(); i++) {
            BlockCost before = report.blocks().get(i), after = renamed.blocks().get(i);
            assertNotSame(before, after);
            assertSame(before.options(), after.options(), before.blockId());
        }
        assertEquals(report.totals(), renamed.totals());
    }

    private static BlockCost byId(CostReport report, String id) {
        return report.blocks().stream().filter(b -> b.blockId().equals(id)).findFirst().orElseThrow();
    }

    /** {@code design} and copies of a third of its blocks (new ids, names and places, no connections), at the end. */
    private static Scenario withCopies(Scenario design, Random random) {
        List<Block> out = new ArrayList<>(design.blocks());
        for (Block b : design.blocks())
            if (random.nextInt(3) == 0)
                out.add(b.withId("copy-" + b.id()).withName(b.name() + " copy").withPosition(b.x() + 40, b.y() + 40));
        return design.withBlocks(out);
    }
}
