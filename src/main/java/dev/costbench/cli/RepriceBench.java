package dev.costbench.cli;

import dev.costbench.catalog.UserCatalog;
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
 * {@code costbench bench reprice --blocks N}: prices a generated design of N blocks over and over and prints
 * the median and 90th percentile of one full reprice, the work the window does after every edit.
 */
@Command(name = "reprice", mixinStandardHelpOptions = true,
        description = "Reprices a generated design repeatedly and prints the median and p90 time of one full reprice.")
public final class RepriceBench implements Callable<Integer> {
    static final int MAX_RUNS = 10_000;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Timed reprices (default: 20).")
    int runs;

    @Mixin GeneratedDesignOptions generated;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        generated.check();
        if (runs < 1 || runs > MAX_RUNS) throw new BadInputException("--runs must be from 1 to " + MAX_RUNS + ", not " + runs);
        PricingEngine engine = new PricingEngine(UserCatalog.load(dataDir.folder()));
        Scenario design = generated.generate();
        // let the JIT compile the pricing path before timing it, as it is in a window that has run a while
        int warmUp = Math.max(5, runs / 2);
        for (int i = 0; i < warmUp; i++) engine.price(design);
        List<Long> nanos = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.price(design);
            nanos.add(System.nanoTime() - start);
        }
        Timings t = new Timings(nanos);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Repriced %d blocks (seed %d) %d times after %d warm-up runs%n", design.blocks().size(), generated.seed, runs, warmUp);
        out.printf("median %.2f ms%np90    %.2f ms%n", t.medianMillis(), t.p90Millis());
        out.flush();
        return ExitCode.OK;
    }
}
