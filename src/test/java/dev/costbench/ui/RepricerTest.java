package dev.costbench.ui;

import dev.costbench.pricing.OptionMap;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.BlockKind;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pricing runs on one worker thread, never on the caller's, and only the latest edit's result is shown. */
class RepricerTest {
    private static CostReport report(Scenario s) {
        return new CostReport("test", "2025-06-01", s.name(), s.region(), List.of(), OptionMap.of(o -> null), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
    }

    /** A price that says it started, then waits for {@code release}: the worker busy on it meanwhile. */
    private static void holdUntil(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSlowPriceNeverBlocksTheCallerAndOnlyTheLatestEditIsShown() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1), release = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> priced = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            threads.add(Thread.currentThread());
            priced.add(s.name());
            if (s.name().equals("edit 1")) holdUntil(firstStarted, release);
            return report(s);
        }, uiThread::add)) {
            repricer.reprice(Scenario.empty("edit 1"));
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            // while edit 1 is being priced, three more edits come in: only the last one is priced next
            repricer.reprice(Scenario.empty("edit 2"));
            repricer.reprice(Scenario.empty("edit 3"));
            repricer.reprice(Scenario.empty("edit 4"));
            assertTrue(repricer.busyProperty().get());
            release.countDown();

            // run the two results on the "UI thread" in order: edit 1's is stale and dropped
            uiThread.poll(5, TimeUnit.SECONDS).run();
            assertEquals(null, repricer.report(), "a stale result is never shown");
            uiThread.poll(5, TimeUnit.SECONDS).run();
            assertEquals("edit 4", repricer.report().scenario());
            assertFalse(repricer.busyProperty().get());
            assertEquals(List.of("edit 1", "edit 4"), List.copyOf(priced));
            assertTrue(threads.stream().allMatch(t -> t != Thread.currentThread()));
            assertNotEquals(Thread.currentThread().getName(), threads.peek().getName());
        }
    }

    /**
     * After an edit, a quick price is shown before the call returns, so the frame that shows the edit shows its total;
     * while the worker is still on an earlier job, the call does not wait and the price arrives as usual.
     */
    @Test
    void aQuickPriceIsShownAtOnceButAWorkerStillBusyIsNotWaitedFor() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1), release = new CountDownLatch(1);
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            if (s.name().equals("slow")) holdUntil(slowStarted, release);
            return report(s);
        }, uiThread::add)) {
            repricer.repriceShowingQuickly(Scenario.empty("quick"), Set.of(), java.time.Duration.ofSeconds(5));
            assertEquals("quick", repricer.report().scenario(), "shown before the call returned, not through the UI queue");
            assertFalse(repricer.busyProperty().get());

            repricer.reprice(Scenario.empty("slow"));
            assertTrue(slowStarted.await(5, TimeUnit.SECONDS));
            long t0 = System.nanoTime();
            repricer.repriceShowingQuickly(Scenario.empty("after slow"), Set.of(), java.time.Duration.ofSeconds(5));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "a busy worker is not waited for");
            assertEquals("quick", repricer.report().scenario());
            release.countDown();
        }
    }

    /**
     * The selected block's Graviton twin, which the engine prices when first read, is worked out on the worker
     * before the report reaches the UI thread; another block's is left until read.
     */
    @Test
    void theSelectedBlocksTwinIsWorkedOutOnTheWorkerBeforeTheReportIsShown() throws Exception {
        ConcurrentLinkedQueue<String> worked = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            List<BlockCost> blocks = new java.util.ArrayList<>();
            for (String id : List.of("selected", "other")) {
                OptionMap<OptionCost> twin = OptionMap.later(() -> OptionMap.of(o -> {
                    worked.add(id + " " + o.key() + " on " + Thread.currentThread().getName());
                    return OptionCost.notApplicable(o, "test");
                }));
                blocks.add(new BlockCost(id, id, BlockKind.values()[0], "", OptionMap.of(o -> OptionCost.notApplicable(o, "test")),
                        PurchaseOption.ON_DEMAND, new GravitonTwin(true, null, null, null, twin, null, null, null), null, List.of(), List.of()));
            }
            return new CostReport("test", "2025-06-01", s.name(), s.region(), blocks, OptionMap.of(o -> null), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
        }, uiThread::add)) {
            repricer.reprice(Scenario.empty("edit"), Set.of("selected"));
            Runnable show = uiThread.poll(5, TimeUnit.SECONDS);
            // the report is not shown yet, and the selected block's twin is already worked out, on the worker
            assertEquals(List.of("selected " + PurchaseOption.ON_DEMAND.key() + " on costbench-reprice"), List.copyOf(worked));
            show.run();
            assertEquals(2, repricer.report().blocks().size());
        }
    }

    @Test
    void aPricingFailureIsReportedAndTheLastGoodReportStays() throws Exception {
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            if (s.name().equals("broken")) throw new IllegalArgumentException("block 'web': no instance type");
            return report(s);
        }, uiThread::add)) {
            repricer.reprice(Scenario.empty("good"));
            uiThread.poll(5, TimeUnit.SECONDS).run();
            repricer.reprice(Scenario.empty("broken"));
            uiThread.poll(5, TimeUnit.SECONDS).run();
            assertEquals("good", repricer.report().scenario());
            assertEquals("Could not price scenario 'broken': block 'web': no instance type", repricer.errorProperty().get());
        }
    }

    @Test
    void awaitingTheLatestPriceShowsItAtOnceAndGivesUpAfterTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            if (s.name().equals("slow")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return report(s);
        }, uiThread::add)) {
            // the window's start: the design is priced while the window is built, then shown before its first frame
            repricer.reprice(Scenario.empty("opened"));
            repricer.awaitLatest(java.time.Duration.ofSeconds(5));
            assertEquals("opened", repricer.report().scenario(), "shown without waiting for the UI thread's queue");
            assertFalse(repricer.busyProperty().get());

            // a price that takes longer than the wait is not waited for; it arrives as usual
            repricer.reprice(Scenario.empty("slow"));
            long before = System.nanoTime();
            repricer.awaitLatest(java.time.Duration.ofMillis(200));
            assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(3));
            assertEquals("opened", repricer.report().scenario());
            assertTrue(repricer.busyProperty().get());
            release.countDown();
            uiThread.poll(5, TimeUnit.SECONDS).run(); // the first job's delivery: already shown, the same again
            uiThread.poll(5, TimeUnit.SECONDS).run();
            assertEquals("slow", repricer.report().scenario());
        }
    }
}
