package dev.costbench.ui;

import dev.costbench.pricing.OptionMap;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void aSlowPriceNeverBlocksTheCallerAndOnlyTheLatestEditIsShown() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1), release = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> priced = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Repricer repricer = new Repricer(s -> {
            threads.add(Thread.currentThread());
            priced.add(s.name());
            if (s.name().equals("edit 1")) {
                firstStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
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
