package dev.costbench.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The window's own benchmark, handed to the command line by {@code Main} so that this package never
 * touches the window's toolkit.
 */
@FunctionalInterface
public interface WindowBenchmark {
    /**
     * Per timed edit, the nanoseconds from the edit to the new total on screen ({@code design}); and, at the same
     * pace in a bare JavaFX window of one label, from setting its text to the frame that shows it ({@code bare}):
     * what any JavaFX window takes, as it draws at most one frame a pulse.
     */
    record Samples(List<Long> design, List<Long> bare) {}

    Samples editToTotalNanos(int blocks, long seed, int edits, int warmUp, long pauseMillis, PrintWriter progress) throws Exception;
}
