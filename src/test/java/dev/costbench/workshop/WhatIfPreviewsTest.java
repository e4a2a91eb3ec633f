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
}
