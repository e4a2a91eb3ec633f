package dev.costbench.cli;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.workshop.CommittedScenario;
import dev.costbench.workshop.WhatIf;
import dev.costbench.workshop.WhatIfPreviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

/**
 * {@code costbench bench reprice --blocks N}: prices a generated design of N blocks over and over and prints the
 * median and 90th percentile, the garbage collectors' pause time, CPU time and bytes allocated, of four reprices:
 * after a one-block edit, the work the window does after every edit (the engine reuses the costs of the blocks the
 * edit left alone); with every block renamed (no block the same object, so a full reprice, in which every block
 * takes the cost of the block of the same content priced before); with every block's inputs scaled (a full reprice
 * of contents not priced before); a step of the What-if traffic slider to a tick not shown before, the changed design
 * built and priced beside the design as the What-if panel does; and a step back to a tick shown before, which the
 * panel's previews remember; and a step after a one-block edit, to a tick priced before it.
 */
@Command(name = "reprice", mixinStandardHelpOptions = true,
        description = "Reprices a generated design repeatedly and prints the median and p90 time, and GC time, of a reprice"
                + " after a one-block edit, of full reprices (every block renamed; every block's inputs scaled) and of a"
                + " What-if traffic slider step (to a new tick, to one shown before, after an edit).")
public final class RepriceBench implements Callable<Integer> {
    static final int MAX_RUNS = 10_000;
    /** The traffic slider's ticks: 0.25 to 4 in steps of 0.25, as the What-if panel has them. */
    private static final int TRAFFIC_TICKS = 16;
    /** The warm-up rounds over which the JIT compilers' share of the time tells whether they are quiet. */
    private static final int QUIET_ROUNDS = 10;
    /** Warm-up stops after this long even if the compilers still work now and then. */
    private static final long MAX_WARM_UP_NANOS = 120_000_000_000L;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Timed reprices of each kind (default: 20).")
    int runs;

    @Mixin GeneratedDesignOptions generated;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        generated.check();
        if (runs < 1 || runs > MAX_RUNS) throw new BadInputException("--runs must be from 1 to " + MAX_RUNS + ", not " + runs);
        PricingEngine engine = dataDir.session().engine();
        WhatIf whatIf = new WhatIf(engine.catalog());
        Scenario design = generated.generate();
        IntFunction<Runnable> edit = i -> {
            Scenario edited = SyntheticDesign.withOneBlockRenamed(design, i);
            return () -> engine.price(edited);
        };
        IntFunction<Runnable> full = i -> {
            Scenario changed = SyntheticDesign.withEveryBlockRenamed(design, i);
            return () -> engine.price(changed);
        };
        // every block's inputs scaled (traffic ×1.5 to ×3.5, 0.37 apart from one run to the next): almost no block's
        // content was priced before (a small count rounded up can land where it was), so this is the cost of a full
        // reprice that can take next to nothing from earlier ones, as after a catalog import
        IntFunction<Runnable> cold = i -> {
            Scenario changed = whatIf.traffic(design, 1.5 + Math.floorMod(37 * i, 200) / 100.0);
            return () -> engine.price(changed);
        };
        // a step of the slider to a tick not shown before (and never the one before, which the engine would still
        // remember): the What-if panel's previews are new for every step, so the design and its copy are priced
        IntFunction<Runnable> slider = i -> () -> step(new WhatIfPreviews(), whatIf, design, engine, i);
        // let the JIT compile the pricing path before timing it, as it is in a window that has run a while: at least
        // half as many rounds as timed runs, then until the compilers worked under 2 % of the last 10 rounds' time
        // (timed while they still compiled now and then, a 1,000-block full reprice took a median 11-15 ms with the
        // compilers on the other core, 8 ms after)
        int warmUp = 0;
        long warmUpStart = System.nanoTime();
        long[] roundNanos = new long[QUIET_ROUNDS], roundCompiling = new long[QUIET_ROUNDS];
        boolean compilersQuiet = false;
        IntFunction<Runnable> warmAfterEdit = afterEdits(new WhatIfPreviews(), whatIf, design, engine);
        for (boolean quiet = false; !quiet; warmUp++) {
            long compiled = compilingMillis(), began = System.nanoTime();
            full.apply(-1 - warmUp).run();
            cold.apply(warmUp).run();
            edit.apply(warmUp).run();
            slider.apply(warmUp).run();
            warmAfterEdit.apply(-1 - warmUp).run();
            roundNanos[warmUp % QUIET_ROUNDS] = System.nanoTime() - began;
            roundCompiling[warmUp % QUIET_ROUNDS] = (compilingMillis() - compiled) * 1_000_000L;
            compilersQuiet = LongStream.of(roundCompiling).sum() * 50 < LongStream.of(roundNanos).sum();
            quiet = warmUp + 1 >= Math.max(QUIET_ROUNDS, runs / 2)
                    && (compilersQuiet || System.nanoTime() - warmUpStart > MAX_WARM_UP_NANOS);
        }
        double warmUpSeconds = (System.nanoTime() - warmUpStart) / 1e9;
        // the What-if panel's memory of the warm-up is let go: the reprices are timed as in a window without the panel
        // open (with every tick of a 10,000-block design carried, 1.4 GB stayed live and G1's young pauses took
        // 50-540 ms), the What-if steps with the memory of their own
        warmAfterEdit = null;
        engine.price(design);
        Measured afterEdit = measure(edit, warmUp), all = measure(full, 0);
        Measured fresh = measure(cold, 100);
        engine.price(design);
        Measured step = measure(slider, warmUp);
        // a step back to a tick shown before, as a drag to and fro does: the panel's previews remember it
        WhatIfPreviews shown = new WhatIfPreviews();
        IntFunction<Runnable> back = i -> () -> step(shown, whatIf, design, engine, i);
        // every tick shown once, so the steps timed go back to ticks the previews remember
        for (int i = 0; i < TRAFFIC_TICKS; i++) back.apply(i).run();
        Measured stepBack = measure(back, warmUp);
        Measured stepEdited = measure(afterEdits(new WhatIfPreviews(), whatIf, design, engine), warmUp);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Repriced %d blocks (seed %d), %d times each after %d warm-up runs (%.1f s, %s)%n",
                design.blocks().size(), generated.seed, runs, warmUp, warmUpSeconds,
                compilersQuiet ? "until the JIT compilers were quiet" : "the JIT compilers still at work");
        out.printf("after a one-block edit:  %s%n", afterEdit);
        out.printf("every block renamed:     %s%n", all);
        out.printf("every block's inputs changed: %s%n", fresh);
        out.printf("what-if traffic step:    %s%n", step);
        out.printf("what-if step, tick shown before: %s%n", stepBack);
        out.printf("what-if step after a one-block edit, ticks priced before it: %s%n", stepEdited);
        // the What-if panel prices the slider's ticks ahead while nothing is asked: how long after it opens (or after
        // an edit) every tick of a drag comes from memory
        long wall = System.nanoTime(), cpu = processCpuNanos();
        WhatIfPreviews ahead = new WhatIfPreviews();
        for (int i = 0; i < TRAFFIC_TICKS; i++) step(ahead, whatIf, design, engine, i);
        out.printf("what-if, all %d traffic ticks priced ahead: %.0f ms, whole program's CPU %.0f ms%n", TRAFFIC_TICKS,
                (System.nanoTime() - wall) / 1e6, (processCpuNanos() - cpu) / 1e6);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * A step to a tick after a one-block edit, every tick priced ahead for the design before the edit (as the panel
     * does while nothing is asked): each what-if reprices its changed copy by difference from the one it priced.
     */
    private static IntFunction<Runnable> afterEdits(WhatIfPreviews carried, WhatIf whatIf, Scenario design, PricingEngine engine) {
        Scenario[] current = {design};
        return i -> {
            for (int t = 0; t < TRAFFIC_TICKS; t++) step(carried, whatIf, current[0], engine, t);
            Scenario edited = SyntheticDesign.withOneBlockRenamed(current[0], i);
            current[0] = edited;
            return () -> step(carried, whatIf, edited, engine, i);
        };
    }

    /** A step of the What-if traffic slider to tick {@code i} (mod 16) of {@code design}, through {@code previews}. */
    private static void step(WhatIfPreviews previews, WhatIf whatIf, Scenario design, PricingEngine engine, int i) {
        double multiplier = 0.25 * (1 + Math.floorMod(i, TRAFFIC_TICKS));
        double m = multiplier == 1 ? 1.125 : multiplier;
        previews.of(design, m, () -> CommittedScenario.of(whatIf.traffic(design, m)), engine);
    }

    /** Times {@link #runs} runs, the run made by {@code run} for {@code first}, {@code first + 1}, … (made before its timing starts). */
    private Measured measure(IntFunction<Runnable> run, int first) {
        List<Long> times = new ArrayList<>(runs), cpu = new ArrayList<>(runs), processCpu = new ArrayList<>(runs),
                allocated = new ArrayList<>(runs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        for (int i = 0; i < runs; i++) {
            Runnable r = run.apply(first + i);
            long allocStart = allocatedBytes(threads), processStart = processCpuNanos();
            long cpuStart = threads.getCurrentThreadCpuTime(), start = System.nanoTime();
            r.run();
            times.add(System.nanoTime() - start);
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            processCpu.add(processCpuNanos() - processStart);
            allocated.add(allocatedBytes(threads) - allocStart);
        }
        return new Measured(new Timings(times), new Timings(cpu), new Timings(processCpu), new Timings(allocated),
                gcMillis() - gcBefore);
    }

    /**
     * Bytes allocated so far by every thread of the program (the pool's threads price too); -1 where the JVM cannot
     * tell. Unlike wall-clock time it does not depend on what else the machine is doing.
     */
    private static long allocatedBytes(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled() ? t.getTotalThreadAllocatedBytes() : -1;
    }

    /** CPU time of the whole program so far, the garbage collectors' threads included; -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The JIT compilers' time so far, 0 where the JVM cannot tell (then the least warm-up rounds are run). */
    private static long compilingMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        long total = 0;
        // pauses only: G1's "Concurrent GC" bean counts the time its background marking ran beside the pricing
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (!gc.getName().contains("Concurrent")) total += Math.max(0, gc.getCollectionTime());
        return total;
    }

    /**
     * Wall-clock times, the CPU time of the thread that asked (on a busy machine the wall clock also counts the
     * time other programs had the cores; a full reprice also works on the pool's threads, which this leaves out)
     * and the GC pauses over all the runs.
     */
    private record Measured(Timings timings, Timings cpu, Timings processCpu, Timings allocated, long gcMillis) {
        @Override public String toString() {
            // Timings hold nanoseconds; bytes go through the same median, read as millions of bytes (MB)
            return String.format("median %.2f ms, p90 %.2f ms, GC pauses %d ms over the runs; calling thread's CPU median %.2f ms,"
                            + " whole program's CPU median %.2f ms, allocated median %.1f MB",
                    timings.medianMillis(), timings.p90Millis(), gcMillis, cpu.medianMillis(), processCpu.medianMillis(),
                    allocated.medianMillis());
        }
    }
}
