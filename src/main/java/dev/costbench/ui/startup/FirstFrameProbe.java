package dev.costbench.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.function.BooleanSupplier;

/**
 * The start-up benchmark's probe in a child process: prints a line when the window's first frame is painted,
 * another when the frame it was started for (the priced design) is painted, and then closes the application.
 */
public final class FirstFrameProbe {
    /** Set (to any value) on a child process the start-up benchmark launches. */
    public static final String PROPERTY = "costbench.firstFrameProbe";
    /** Printed when the window's first frame is on screen. */
    public static final String FIRST = "costbench: first frame painted";
    /** Printed when the frame the window was opened for is on screen; the process then ends. */
    public static final String READY = "costbench: ready frame painted";
    /** Printed after {@link #READY}, followed by the CPU time in milliseconds the process has used on all its threads. */
    public static final String CPU = "costbench: CPU until then, ms: ";

    private FirstFrameProbe() {}

    public static boolean requested() { return System.getProperty(PROPERTY) != null; }

    /** Reports the first painted frame of {@code scene}, if the probe was requested. */
    public static void first(Scene scene) {
        if (requested()) FirstFrame.afterPainted(scene, () -> true, () -> say(FIRST));
    }

    /** Reports the first painted frame of {@code scene} on which {@code ready} holds and exits, if the probe was requested. */
    public static void ready(Scene scene, BooleanSupplier ready) {
        if (requested()) FirstFrame.afterPainted(scene, ready, () -> {
            say(READY);
            // CPU rather than wall time: what a start costs, whatever else the machine is doing
            ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> say(CPU + cpu.toMillis()));
            Platform.exit();
        });
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
