package dev.costbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench ui --blocks N}: opens a generated design of N blocks in the real window, edits one
 * block again and again and prints the median and p90 time from the edit to the cost panel showing the new total,
 * beside the same for a bare JavaFX window whose one label changes at the same pace.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Times edit-to-new-total in the real window on a generated design (needs a display, or Monocle to run headless).")
public final class WindowBench implements Callable<Integer> {
    static final int MAX_EDITS = 1_000;

    @Option(names = "--edits", paramLabel = "E", defaultValue = "50", description = "Timed edits (default: 50).")
    int edits;

    // 30 warm-up edits left the window's code half compiled: the p90 then measured the JIT, not the window
    @Option(names = "--warmup", paramLabel = "W", defaultValue = "200",
            description = "Edits before timing starts, so the window's code is compiled as in a session that has run a while (default: 200).")
    int warmUp;

    // an architect's edits come a few a second: the pause lets the window draw one before the next, so that a sample
    // is one edit's latency rather than a queue of them
    @Option(names = "--pause", paramLabel = "MS", defaultValue = "150",
            description = "Milliseconds between edits, the pace of a person typing counts (default: 150); 0 times edits back to back.")
    long pauseMillis;

    @Mixin GeneratedDesignOptions design;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    private final WindowBenchmark benchmark;

    public WindowBench(WindowBenchmark benchmark) { this.benchmark = benchmark; }

    @Override
    public Integer call() throws Exception {
        design.check(GeneratedDesignOptions.WINDOW_MAX_BLOCKS);
        if (edits < 1 || edits > MAX_EDITS) throw new BadInputException("--edits must be from 1 to " + MAX_EDITS + ", not " + edits);
        PrintWriter out = spec.commandLine().getOut();
        if (pauseMillis < 0 || pauseMillis > 10_000) throw new BadInputException("--pause must be from 0 to 10000 ms, not " + pauseMillis);
        if (warmUp < 0 || warmUp > MAX_EDITS) throw new BadInputException("--warmup must be from 0 to " + MAX_EDITS + ", not " + warmUp);
        WindowBenchmark.Samples samples;
        try {
            samples = benchmark.editToTotalNanos(design.blocks, design.seed, edits, warmUp, pauseMillis, out);
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        Timings t = new Timings(samples.design()), bare = new Timings(samples.bare());
        out.printf("Edit to total shown, %d blocks (seed %d), %d edits %d ms apart after %d warm-up edits%n", design.blocks, design.seed, edits,
                pauseMillis, warmUp);
        out.printf("median %.2f ms%np90    %.2f ms%n", t.medianMillis(), t.p90Millis());
        out.printf("bare JavaFX window, a label's new text to the frame that shows it, same pace: median %.2f ms, p90 %.2f ms%n",
                bare.medianMillis(), bare.p90Millis());
        out.printf("ratio to the bare window: median %.2f×, p90 %.2f×%n", t.medianMillis() / bare.medianMillis(),
                t.p90Millis() / bare.p90Millis());
        out.flush();
        return ExitCode.OK;
    }
}
