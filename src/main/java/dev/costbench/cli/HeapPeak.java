package dev.costbench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use at once while a benchmark runs, sampled every millisecond. The memory pools' own peaks
 * cannot be added up (the young and old generations peak at different moments), so they would overstate it.
 */
final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak p = new HeapPeak();
        p.peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        p.sampler.start();
        return p;
    }

    /** Stops sampling and returns the peak in bytes. */
    long stop() {
        running = false;
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
