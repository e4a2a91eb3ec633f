package dev.costbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench what-if --blocks N}: in the real window, drags the What-if traffic slider a tick a frame,
 * with the panel opened once the window has priced the design's ticks, after an edit, on another design dragged at once
 * and on it once its ticks are priced ahead, and prints the frames a second the
 * window drew, the previews a second it showed and how long the preview took to show where the drag stopped.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Times a What-if traffic slider drag in the real window on a generated design (needs a display, or Monocle to run headless).")
public final class WhatIfDragBench implements Callable<Integer> {
    /** One drag as the window measured it (see the window's benchmark). */
    public record Drag(double seconds, int frames, int moves, int previews, long settleNanos) {}

    /** The window's drag benchmark, handed over by {@code Main} so that this package never touches the toolkit. */
    @FunctionalInterface
    public interface Dragging {
        /**
         * The first drag (the panel opened once the window had priced the design's ticks), after an edit of the design,
         * on another design opened under the panel and dragged at once, and on it once the panel has priced its ticks.
         */
        Drag[] drag(int blocks, long seed, double seconds, PrintWriter progress) throws Exception;
    }

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3", description = "Length of each drag in seconds (default: 3).")
    double seconds;

    @Mixin GeneratedDesignOptions design;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    private final Dragging dragging;

    public WhatIfDragBench(Dragging dragging) { this.dragging = dragging; }

    @Override
    public Integer call() throws Exception {
        design.check(GeneratedDesignOptions.WINDOW_MAX_BLOCKS);
        if (!(seconds >= 0.5 && seconds <= 60)) throw new BadInputException("--seconds must be from 0.5 to 60, not " + seconds);
        PrintWriter out = spec.commandLine().getOut();
        Drag[] drags;
        try {
            drags = dragging.drag(design.blocks, design.seed, seconds, out);
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        out.printf("What-if traffic slider dragged a tick a frame, %d blocks (seed %d), %.1f s a drag%n", design.blocks, design.seed, seconds);
        print(out, "first drag, panel opened on a quiet design", drags[0]);
        print(out, "after an edit of the design", drags[1]);
        print(out, "another design, dragged at once", drags[2]);
        print(out, "its ticks priced ahead", drags[3]);
        out.flush();
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, String when, Drag d) {
        out.printf("%-44s %5.1f frames a second, %5.1f new previews a second (%d moves); where it stopped shown %.1f ms after%n",
                when + ":", d.frames() / d.seconds(), d.previews() / d.seconds(), d.moves(), d.settleNanos() / 1e6);
    }
}
