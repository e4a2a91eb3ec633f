package dev.costbench.workshop;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Block;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The What-if previews remember a comparison by what-if while the design and engine stay, and only then. */
class WhatIfPreviewsTest {
    private final WhatIf whatIf = new WhatIf(Workshop.CATALOG);

    @Test
    void aTickShownBeforeIsRememberedAndEqualsTheComparisonWorkedOutAgain() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(120, 3);
        WhatIfPreviews previews = new WhatIfPreviews();
        AtomicInteger built = new AtomicInteger();
        List<ScenarioComparison> first = new ArrayList<>();
        for (int tick = 1; tick <= 16; tick++) {
            double m = 0.25 * tick;
            first.add(previews.of(design, m, () -> {
                built.incrementAndGet();
                return CommittedScenario.of(whatIf.traffic(design, m));
            }, engine));
        }
        assertEquals(16, built.get());
        // back over every tick: nothing built or priced, the very comparisons shown before
        for (int tick = 16; tick >= 1; tick--) {
            double m = 0.25 * tick;
            ScenarioComparison again = previews.of(design, m, () -> {
                built.incrementAndGet();
                return CommittedScenario.of(whatIf.traffic(design, m));
            }, engine);
            assertSame(first.get(tick - 1), again);
            // the same figures a fresh engine works out for that tick
            ScenarioComparison fresh = ScenarioComparison.of(List.of(CommittedScenario.of(design),
                    CommittedScenario.of(whatIf.traffic(design, m))), new PricingEngine(Workshop.CATALOG));
            assertEquals(fresh, again, "tick " + m);
        }
        assertEquals(16, built.get());
        assertEquals(16, previews.size());
    }

    @Test
    void anEditedDesignOrAnotherEngineForgetsWhatWasRemembered() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(40, 5);
        WhatIfPreviews previews = new WhatIfPreviews();
        ScenarioComparison before = previews.of(design, 2.0, () -> CommittedScenario.of(whatIf.traffic(design, 2)), engine);
        Scenario edited = SyntheticDesign.withOneBlockRenamed(design, 0);
        ScenarioComparison after = previews.of(edited, 2.0, () -> CommittedScenario.of(whatIf.traffic(edited, 2)), engine);
        assertNotSame(before, after);
        assertEquals(1, previews.size());
        assertEquals(ScenarioComparison.of(List.of(CommittedScenario.of(edited), CommittedScenario.of(whatIf.traffic(edited, 2))),
                new PricingEngine(Workshop.CATALOG)), after);
        ScenarioComparison otherEngine = previews.of(edited, 2.0, () -> CommittedScenario.of(whatIf.traffic(edited, 2)),
                new PricingEngine(Workshop.CATALOG));
        assertNotSame(after, otherEngine);
        assertEquals(after, otherEngine);
    }

    @Test
    void whatIsKeptIsBoundedByRows() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(2_000, 9);
        WhatIfPreviews previews = new WhatIfPreviews();
        // 2,000 rows a comparison: at most 100 comparisons fit 200,000 rows; the oldest go first
        int limit = WhatIfPreviews.MAX_ROWS / 2_000;
        ScenarioComparison oldest = null;
        for (int i = 0; i < limit + 5; i++) {
            int k = i;
            ScenarioComparison c = previews.of(design, k, () -> CommittedScenario.of(design.withName("copy " + k)), engine);
            if (i == 0) oldest = c;
        }
        assertEquals(limit, previews.size());
        ScenarioComparison again = previews.of(design, 0, () -> CommittedScenario.of(design.withName("copy " + 0)), engine);
        assertNotSame(oldest, again);
    }

    @Test
    void aBlockTheTrafficWhatIfLeavesAsItWasStaysTheSameObject() {
        NatGateway nat = new NatGateway("nat", "NAT", 0, 0, null, 2);
        Scenario design = SyntheticDesign.generate(10, 1);
        List<Block> blocks = new ArrayList<>(design.blocks());
        blocks.add(nat);
        Scenario changed = whatIf.traffic(design.withBlocks(blocks), 2);
        assertSame(nat, changed.blocks().getLast());
        // a block the multiplier changes is a new object with the scaled figures
        int asg = 0;
        while (!(design.blocks().get(asg) instanceof dev.costbench.model.AutoScalingGroup)) asg++;
        assertNotSame(design.blocks().get(asg), changed.blocks().get(asg));
    }

    /** The design with its first block of {@code kind} replaced by {@code edit} of it. */
    private static <T extends Block> Scenario editFirst(Scenario design, Class<T> kind, java.util.function.UnaryOperator<T> edit) {
        for (Block b : design.blocks()) if (kind.isInstance(b)) return design.withBlock(edit.apply(kind.cast(b)));
        throw new AssertionError("no " + kind.getSimpleName() + " in the design");
    }

    @Test
    void afterAnEditEachTickKeepsTheBlocksItHadAndPricesAsAFreshEngineDoes() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(300, 7);
        WhatIfPreviews previews = new WhatIfPreviews();
        for (int tick = 1; tick <= 16; tick++) {
            double m = 0.25 * tick;
            previews.of(design, m, () -> CommittedScenario.of(whatIf.traffic(design, m)), engine);
        }
        Scenario before = previews.carried(2.0);
        // edits that move a block's own figures, the Lambda free tier's sharing, and the blocks' places in the list
        List<Scenario> edits = new ArrayList<>();
        edits.add(editFirst(design, dev.costbench.model.AutoScalingGroup.class, a -> a.withCounts(a.min(), a.desired() + 3, a.max() + 3)));
        edits.add(editFirst(edits.getLast(), dev.costbench.model.LambdaFunction.class, f -> f.withRequestsPerMonth(f.requestsPerMonth() * 7 + 1)));
        edits.add(edits.getLast().withoutBlock(edits.getLast().blocks().get(5).id()));
        for (Scenario edited : edits) {
            for (int tick = 1; tick <= 16; tick++) {
                double m = 0.25 * tick;
                ScenarioComparison c = previews.of(edited, m, () -> CommittedScenario.of(whatIf.traffic(edited, m)), engine);
                ScenarioComparison fresh = ScenarioComparison.of(List.of(CommittedScenario.of(edited),
                        CommittedScenario.of(whatIf.traffic(edited, m))), new PricingEngine(Workshop.CATALOG));
                assertEquals(fresh, c, "tick " + m + " after " + (edits.indexOf(edited) + 1) + " edit(s)");
            }
        }
        // every block the edits left as it was is the very object the tick priced before them: its engine found it unchanged
        Scenario after = previews.carried(2.0);
        Scenario last = edits.getLast();
        int same = 0;
        for (int i = 0; i < last.blocks().size(); i++) {
            Block b = last.blocks().get(i);
            int j = design.blocks().indexOf(b);
            if (j >= 0 && design.blocks().get(j) == b) {
                assertSame(before.blocks().get(j), after.blocks().get(i), b.id());
                same++;
            }
        }
        // all but the edited blocks (two, unless the removed one was one of them)
        assertTrue(same >= last.blocks().size() - 2, same + " of " + last.blocks().size());
    }

    @Test
    void whatIsCarriedAcrossEditsIsBoundedAndKeepsTheWhatIfsPricedForTheDesignOnScreen() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(50, 4);
        // room for four what-ifs of 50 blocks
        WhatIfPreviews previews = new WhatIfPreviews(200);
        for (int tick = 1; tick <= 6; tick++) {
            double m = 0.25 * tick;
            previews.of(design, m, () -> CommittedScenario.of(whatIf.traffic(design, m)), engine);
        }
        List<Object> carried = new ArrayList<>();
        for (int tick = 1; tick <= 6; tick++) if (previews.carried(0.25 * tick) != null) carried.add(0.25 * tick);
        // the first four priced stay: the later ones found no what-if priced for another design to drop
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), carried);
        Scenario edited = SyntheticDesign.withOneBlockRenamed(design, 3);
        // a what-if of the edited design takes the place of one carried for the design before it
        previews.of(edited, 3.0, () -> CommittedScenario.of(whatIf.traffic(edited, 3)), engine);
        assertEquals(edited.blocks().size(), previews.carried(3.0).blocks().size());
        assertEquals(null, previews.carried(0.25), "the least recently priced what-if of the old design made room");
        for (double m : new double[] {0.5, 0.75, 1.0})
            previews.of(edited, m, () -> CommittedScenario.of(whatIf.traffic(edited, m)), engine);
        // every what-if carried is now one of the edited design, and none is dropped for a fifth
        previews.of(edited, 4.0, () -> CommittedScenario.of(whatIf.traffic(edited, 4)), engine);
        assertEquals(null, previews.carried(4.0));
        for (double m : new double[] {0.5, 0.75, 1.0, 3.0}) assertNotSame(null, previews.carried(m), "×" + m);
    }

    @Test
    void anotherDesignIsPricedFromTheWindowsEngineNotFromTheTicksOfTheOneBefore() {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario first = SyntheticDesign.generate(200, 11);
        engine.price(first);
        WhatIfPreviews previews = new WhatIfPreviews();
        for (int tick = 1; tick <= 16; tick++) {
            double m = 0.25 * tick;
            previews.of(first, m, () -> CommittedScenario.of(whatIf.traffic(first, m)), engine);
        }
        // another design on screen: the window prices it, then the slider is dragged over ticks priced for the first
        Scenario second = SyntheticDesign.generate(200, 12);
        engine.price(second);
        for (double m : new double[] {2.0, 2.25}) {
            long before = engine.blocksPriced();
            Scenario changed = whatIf.traffic(second, m);
            ScenarioComparison c = previews.of(second, m, () -> CommittedScenario.of(changed), engine);
            int moved = 0;
            for (int i = 0; i < changed.blocks().size(); i++) if (changed.blocks().get(i) != second.blocks().get(i)) moved++;
            // the blocks the what-if changed, no more: the design itself the window's engine had priced
            assertTrue(engine.blocksPriced() - before <= moved, (engine.blocksPriced() - before) + " priced for " + moved + " changed");
            ScenarioComparison fresh = ScenarioComparison.of(List.of(CommittedScenario.of(second), CommittedScenario.of(changed)),
                    new PricingEngine(Workshop.CATALOG));
            assertEquals(fresh, c, "tick " + m);
        }
    }
}
