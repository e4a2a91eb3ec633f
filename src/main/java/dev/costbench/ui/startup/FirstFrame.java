package dev.costbench.ui.startup;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.function.BooleanSupplier;

/** Runs something once a window has painted a frame that shows what it should, e.g. to start the heavy work after it. */
public final class FirstFrame {
    /** Pulses after the ready one: the first renders the ready frame, the second starts once that render is done. */
    private static final int PULSES_AFTER_READY = 2;

    private FirstFrame() {}

    /** Watches {@code scene}'s pulses until {@code ready} holds on a laid-out, showing window, then runs {@code then} after it is painted. */
    public static void afterPainted(Scene scene, BooleanSupplier ready, Runnable then) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing() || !ready.getAsBoolean()) {
                // a window with nothing changing gets no more pulses; keep looking until it is ready
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(check[0]);
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses < PULSES_AFTER_READY) return;
                    stop();
                    then.run();
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(check[0]);
    }
}
