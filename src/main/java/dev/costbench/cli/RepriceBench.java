package dev.costbench.cli;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench reprice --blocks N}: prices a generated design of N blocks over and over and prints the
 * median and 90th percentile of two reprices: after a one-block edit, the work the window does after every edit
 * (the engine reuses the costs of the blocks the edit left alone), and with every block changed, a full reprice.
 */
@Command(name = "reprice", mixinStandardHelpOptions = true,
        description = "Reprices a generated design repeatedly and prints the median and p90 time of a reprice after a one-block edit and of a full reprice.")
public final class RepriceBench implements Callable<Integer> {
    static final int MAX_RUNS = 10_000;

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
        Scenario design = generated.generate();
        // let the JIT compile the pricing path before timing it, as it is in a window that has run a while
        int warmUp = Math.max(5, runs / 2);
        for (int i = 0; i < warmUp; i++) {
            engine.price(SyntheticDesign.withEveryBlockRenamed(design, -1 - i));
            engine.price(SyntheticDesign.withOneBlockRenamed(design, i));
        }
        engine.price(design);
        List<Long> afterEdit = new ArrayList<>(runs), full = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            Scenario edited = SyntheticDesign.withOneBlockRenamed(design, warmUp + i);
            long start = System.nanoTime();
            engine.price(edited);
            afterEdit.add(System.nanoTime() - start);
        }
        for (int i = 0; i < runs; i++) {
            Scenario changed = SyntheticDesign.withEveryBlockRenamed(design, i);
            long start = System.nanoTime();
            engine.price(changed);
            full.add(System.nanoTime() - start);
        }
        Timings edit = new Timings(afterEdit), all = new Timings(full);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Repriced %d blocks (seed %d), %d times each after %d warm-up runs%n", design.blocks().size(), generated.seed, runs, warmUp);
        out.printf("after a one-block edit: median %.2f ms, p90 %.2f ms%n", edit.medianMillis(), edit.p90Millis());
        out.printf("every block changed:    median %.2f ms, p90 %.2f ms%n", all.medianMillis(), all.p90Millis());
        out.flush();
        return ExitCode.OK;
    }
}
