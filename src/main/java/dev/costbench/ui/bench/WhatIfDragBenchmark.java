package dev.costbench.ui.bench;

import dev.costbench.workshop.WhatIfWorker;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.workshop.WhatIfPanel;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A facilitator dragging the What-if traffic slider in the real window: opens a generated design and its What-if
 * panel, then moves the slider to a new tick every frame (the fastest a drag can move it) for a number of seconds,
 * straight after the panel opens, after it has priced the slider's ticks ahead, and after an edit of the design, and
 * counts the frames the window drew and the previews it showed. {@code costbench bench what-if} runs it.
 */
public final class WhatIfDragBenchmark {
    private WhatIfDragBenchmark() {}

    /**
     * One drag: its length, the frames drawn, the slider's moves, the previews shown (a new figure on screen), and
     * the time from the drag's last move to the preview of where it stopped.
     */
    public record Drag(double seconds, int frames, int moves, int previews, long settleNanos) {}

    /**
     * The first drag, the panel opened once the window had priced the design's ticks (the code not yet compiled; how
     * long the pricing took after the design was on screen), after an edit of the design (each tick carried across it),
     * on another design opened under the open panel and dragged at once (every tick new, the code compiled), and on that
     * design once the panel has priced its ticks ahead.
     */
    public record Drags(Drag openedOnQuietDesign, long ticksPricedNanos, Drag afterEdit, Drag atOnce, Drag pricedAhead) {}

    /** The ticks a drag moves through: from 1 up to the top, down to the bottom and back to 1, one tick a frame. */
    static List<Double> sweep(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        for (double t = 1; t < max - 1e-9; t += step) ticks.add(t);
        for (double t = max; t > min + 1e-9; t -= step) ticks.add(t);
        for (double t = min; t < 1 - 1e-9; t += step) ticks.add(t);
        return ticks;
    }

    public static Drags measure(int blocks, long seed, double seconds, PrintWriter out) throws Exception {
        BenchWindow.Opened opened = BenchWindow.open(SyntheticDesign.generate(blocks, seed));
        var workbench = opened.window().workbench();
        var worker = opened.window().workshop().whatIfWorker();
        // a facilitator opens the design, talks, then opens What-if: the window prices its ticks meanwhile
        long onScreen = System.nanoTime();
        BenchWindow.waitFor(() -> worker.ticksRemembered(WhatIfWorker.Settings.none(workbench.scenario()), workbench.engine()), 300);
        long ticksPriced = System.nanoTime() - onScreen;
        out.printf("Design: %d blocks; its What-if traffic ticks priced %.1f s after it was on screen; What-if panel open%n",
                blocks, ticksPriced / 1e9);
        AtomicReference<WhatIfPanel> panel = new AtomicReference<>();
        BenchWindow.onFx(() -> panel.set(opened.window().workshop().whatIf()));
        Drag quiet = drag(panel.get(), seconds);

        // an edit makes every tick new: one more instance in the first Auto Scaling group
        var before = workbench.report();
        BenchWindow.onFx(() -> workbench.scenario().blocks().stream().filter(b -> b instanceof AutoScalingGroup).findFirst()
                .map(b -> (AutoScalingGroup) b)
                .ifPresent(g -> workbench.execute(new EditBlock("Benchmark edit", g.withCounts(g.min(), g.desired() + 1,
                        Math.max(g.max(), g.desired() + 1))))));
        BenchWindow.waitFor(() -> workbench.report() != before, 120);
        Drag afterEdit = drag(panel.get(), seconds);

        // another design under the open panel, dragged at once: no tick of it is priced yet
        var shown = workbench.report();
        Project second = new Project("Benchmark, second design", List.of(SyntheticDesign.generate(blocks, seed + 1)));
        long opening = System.nanoTime();
        BenchWindow.onFx(() -> workbench.open(second, null, "Benchmark"));
        long onUi = System.nanoTime() - opening;
        BenchWindow.waitFor(() -> workbench.report() != shown, 120);
        out.printf("Second design: %d blocks (seed %d), opened under the panel (%.0f ms on the UI thread, priced %.0f ms after)%n",
                blocks, seed + 1, onUi / 1e6, (System.nanoTime() - opening - onUi) / 1e6);
        Drag atOnce = drag(panel.get(), seconds);
        BenchWindow.waitFor(() -> panel.get().ticksPricedAhead(), 300);
        Drag ahead = drag(panel.get(), seconds);
        BenchWindow.onFx(() -> {
            panel.get().close();
            workbench.close();
            opened.stage().close();
        });
        return new Drags(quiet, ticksPriced, afterEdit, atOnce, ahead);
    }

    /** Moves the slider a tick a frame for {@code seconds}, then waits for the preview of where it stopped. */
    private static Drag drag(WhatIfPanel panel, double seconds) throws Exception {
        List<Double> ticks = sweep(WhatIfWorker.TRAFFIC_MIN, WhatIfWorker.TRAFFIC_MAX, WhatIfWorker.TRAFFIC_STEP);
        Label preview = (Label) panel.root().lookup("#what-if-preview");
        long[] previews = {0}, moves = {0}, frames = {0}, lastMove = {0}, settled = {0};
        String[] lastShown = {preview.getText()};
        CountDownLatch stopped = new CountDownLatch(1), settledLatch = new CountDownLatch(1);
        ChangeListener<String> shown = (o, a, text) -> {
            if (text.equals(WhatIfPanel.PRICING) || text.equals(lastShown[0])) return;
            lastShown[0] = text;
            if (stopped.getCount() > 0) previews[0]++;
            else if (settled[0] == 0 && panel.showsTraffic(panel.traffic())) {
                settled[0] = System.nanoTime() - lastMove[0];
                settledLatch.countDown();
            }
        };
        long nanos = (long) (seconds * 1e9);
        long[] start = {0};
        AnimationTimer mover = new AnimationTimer() {
            @Override public void handle(long now) {
                if (start[0] == 0) start[0] = System.nanoTime();
                frames[0]++;
                if (System.nanoTime() - start[0] >= nanos) {
                    stop();
                    stopped.countDown();
                    return;
                }
                panel.setTraffic(ticks.get((int) (moves[0]++ % ticks.size())));
                lastMove[0] = System.nanoTime();
            }
        };
        BenchWindow.onFx(() -> {
            preview.textProperty().addListener(shown);
            mover.start();
        });
        stopped.await();
        // the slider stopped: its preview may already be on screen, or still being priced
        BenchWindow.onFx(() -> {
            if (settled[0] == 0 && panel.showsTraffic(panel.traffic())) {
                settled[0] = Math.max(1, System.nanoTime() - lastMove[0]);
                settledLatch.countDown();
            }
        });
        if (!settledLatch.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the What-if preview never showed where the drag stopped");
        BenchWindow.onFx(() -> preview.textProperty().removeListener(shown));
        return new Drag(seconds, (int) frames[0], (int) moves[0], (int) previews[0], settled[0]);
    }
}
