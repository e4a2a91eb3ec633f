package dev.costbench.workshop;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's What-if worker: ticks priced ahead with no panel asking, stopped on an edit, answers as a fresh engine's. */
class WhatIfWorkerTest {

    @Test
    void pricesEveryTrafficTickOfTheDesignAheadAndAnswersFromMemory() throws Exception {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(80, 7);
        try (WhatIfWorker worker = new WhatIfWorker()) {
            WhatIfWorker.Settings none = WhatIfWorker.Settings.none(design);
            assertFalse(worker.ticksRemembered(none, engine));
            worker.priceAhead(new WhatIfWorker.Request(none, null, engine, Workshop.CATALOG));
            waitFor(() -> worker.ticksRemembered(none, engine));
            assertEquals(16, worker.previews().size());
            long priced = worker.previews().priced();

            // asked for ×2.5 now: from memory, and the figures a fresh engine works out
            ScenarioComparison answer = ask(worker, new WhatIfWorker.Request(new WhatIfWorker.Settings(design, 2.5, null, false), null,
                    engine, Workshop.CATALOG));
            assertEquals(priced, worker.previews().priced(), "nothing priced for a tick priced ahead");
            ScenarioComparison fresh = ScenarioComparison.of(List.of(CommittedScenario.of(design),
                    CommittedScenario.of(new WhatIf(Workshop.CATALOG).traffic(design, 2.5))), new PricingEngine(Workshop.CATALOG));
            assertEquals(fresh, answer);
        }
    }

    @Test
    void stopsPricingAheadWhenTold() throws Exception {
        PricingEngine engine = new PricingEngine(Workshop.CATALOG);
        Scenario design = SyntheticDesign.generate(2_000, 3);
        try (WhatIfWorker worker = new WhatIfWorker()) {
            worker.priceAhead(new WhatIfWorker.Request(WhatIfWorker.Settings.none(design), null, engine, Workshop.CATALOG));
            worker.stopPricingAhead();
            // the tick being priced when told is finished; no other is started
            waitFor(worker::ticksPricedAhead);
            Thread.sleep(200);
            assertTrue(worker.previews().priced() <= 1, "priced " + worker.previews().priced());
        }
    }

    @Test
    void aClosedWorkerIgnoresRequests() {
        WhatIfWorker worker = new WhatIfWorker();
        worker.close();
        Scenario design = SyntheticDesign.generate(5, 1);
        // the window closed while the design was still being repriced: nothing to show, nothing thrown
        worker.priceAhead(new WhatIfWorker.Request(WhatIfWorker.Settings.none(design), null, new PricingEngine(Workshop.CATALOG), Workshop.CATALOG));
        assertEquals(0, worker.previews().priced());
    }

    private static ScenarioComparison ask(WhatIfWorker worker, WhatIfWorker.Request r) throws InterruptedException {
        AtomicReference<ScenarioComparison> got = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        worker.ask(r, new WhatIfWorker.Answer() {
            @Override public void priced(ScenarioComparison c) { got.set(c); done.countDown(); }
            @Override public void failed(String why) { done.countDown(); }
        });
        assertTrue(done.await(30, TimeUnit.SECONDS));
        return got.get();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out");
            Thread.sleep(10);
        }
    }
}
