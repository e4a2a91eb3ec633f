package dev.costbench.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The window's own benchmark, handed to the command line by {@code Main} so that this package never
 * touches the window's toolkit: it returns, per timed edit, the nanoseconds from the edit to the new total on screen.
 */
@FunctionalInterface
public interface WindowBenchmark {
    List<Long> editToTotalNanos(int blocks, long seed, int edits, int warmUp, long pauseMillis, PrintWriter progress) throws Exception;
}
