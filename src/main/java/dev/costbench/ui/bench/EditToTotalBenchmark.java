package dev.costbench.ui.bench;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.session.Session;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.cost.CostRow;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long an architect waits, in the real window, from an edit to the cost panel showing the new total.
 * Opens a generated design, then repeatedly raises one Auto Scaling group's desired count through the command stack
 * and times until the panel's total label reads the figure worked out beforehand by the engine, laid out in a frame
 * (the first pulse after the label took the text: what is drawn next). {@code costbench bench ui} runs it.
 * <p>
 * Runs under headless Monocle when it is on the class path and there is no display.
 */
public final class EditToTotalBenchmark {
    private EditToTotalBenchmark() {}

    /** Per timed edit, nanoseconds to the new total on screen ({@code design}) and to a bare window's label ({@code bare}). */
    public record EditTimes(List<Long> design, List<Long> bare) {}

    /**
     * Opens a generated design of {@code blocks} blocks in the window and returns, for each of {@code edits}
     * timed edits, the nanoseconds from the edit to the cost panel showing the new total; then, with the window
     * closed, the same for a bare window's label ({@link #bareLabel}). Starts the JavaFX toolkit (Monocle when there
     * is no display and it is on the class path); the caller exits it.
     */
    public static EditTimes measure(int blocks, long seed, int edits, int warmup, long pauseMillis, PrintWriter out) throws Exception {
        Scenario scenario = SyntheticDesign.generate(blocks, seed);
        BenchWindow.Opened opened = BenchWindow.open(scenario);
        AtomicReference<MainWindow> window = new AtomicReference<>(opened.window());
        AtomicReference<Stage> stage = new AtomicReference<>(opened.stage());
        Label total = (Label) window.get().root().lookup("#cost-total");

        // an architect edits a block they can see, selected so that the inspector shows it
        AtomicReference<AutoScalingGroup> picked = new AtomicReference<>();
        BenchWindow.onFx(() -> {
            MainWindow w = window.get();
            picked.set(scenario.blocks().stream().filter(b -> b instanceof AutoScalingGroup)
                    .filter(b -> inView(w, b.id())).map(b -> (AutoScalingGroup) b).findFirst().orElse(null));
            if (picked.get() != null) w.workbench().select(java.util.Set.of(picked.get().id()));
        });
        AutoScalingGroup target = picked.get();
        if (target == null) throw new IllegalStateException("no Auto Scaling group of the generated design is in view to edit");
        out.printf("Design: %d blocks, %d connections; editing '%s' (%s), in view and selected%n", scenario.blocks().size(),
                scenario.connections().size(), target.name(), target.instanceType());

        // the totals each edit must produce, worked out before the clock runs
        // an engine of its own, so that working the figures out warms none of the window's remembered block costs
        PricingEngine engine = Session.shipped().engine();
        List<Scenario> editedScenarios = new ArrayList<>();
        List<Block> editedBlocks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            int desired = target.desired() + 1 + i;
            AutoScalingGroup edited = target.withCounts(target.min(), desired, Math.max(target.max(), desired));
            editedBlocks.add(edited);
            editedScenarios.add(scenario.withBlock(edited));
            expected.add(CostRow.chosenTotal(engine.price(editedScenarios.get(i))).text());
        }
        // the same reprices again, now that the engine's code is compiled: what the window's repricer does per edit
        List<Long> engineNanos = new ArrayList<>();
        for (Scenario s : editedScenarios) {
            long t0 = System.nanoTime();
            engine.price(s);
            engineNanos.add(System.nanoTime() - t0);
        }
        out.printf("Engine alone: median %.1f ms a reprice after an edit%n", ms(percentile(engineNanos, 50)));

        javafx.scene.Scene scene = stage.get().getScene();
        List<Long> samples = new ArrayList<>();
        List<Long> textSet = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            String want = expected.get(i);
            Block edited = editedBlocks.get(i);
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong start = new AtomicLong(), set = new AtomicLong(), end = new AtomicLong();
            // the frame that shows the total: the first pulse laid out after the label took the new text
            Runnable laidOut = new Runnable() {
                @Override public void run() {
                    end.set(System.nanoTime());
                    scene.removePostLayoutPulseListener(this);
                    shown.countDown();
                }
            };
            ChangeListener<String> watch = (o, a, text) -> {
                if (text.contains(want) && set.get() == 0) {
                    set.set(System.nanoTime());
                    scene.addPostLayoutPulseListener(laidOut);
                }
            };
            BenchWindow.onFx(() -> {
                total.textProperty().addListener(watch);
                start.set(System.nanoTime());
                window.get().workbench().execute(new EditBlock("Benchmark edit", edited));
            });
            if (!shown.await(120, TimeUnit.SECONDS))
                throw new IllegalStateException("the cost panel never showed " + want + " (it shows " + total.getText() + ")");
            BenchWindow.onFx(() -> total.textProperty().removeListener(watch));
            Thread.sleep(pauseMillis);
            if (i >= warmup) {
                samples.add(end.get() - start.get());
                textSet.add(set.get() - start.get());
            }
        }
        out.printf("Total label updated: median %.1f ms; laid out in the next frame: median %.1f ms%n",
                ms(percentile(textSet, 50)), ms(percentile(samples, 50)));
        BenchWindow.onFx(() -> {
            window.get().workbench().close();
            stage.get().close();
        });
        return new EditTimes(samples, bareLabel(edits, warmup, pauseMillis));
    }

    /**
     * The floor any JavaFX window has: in a bare window of one label, the time from setting its text to the first
     * pulse laid out after it, at the edits' pace. JavaFX lays out and draws on its pulse, at most 60 a second, so a
     * change made between two pulses waits for the next.
     */
    static List<Long> bareLabel(int edits, int warmup, long pauseMillis) throws InterruptedException {
        AtomicReference<Stage> stage = new AtomicReference<>();
        Label label = new Label("Total $0.00 a month");
        BenchWindow.onFx(() -> {
            stage.set(new Stage());
            stage.get().setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(label), 640, 480));
            stage.get().show();
        });
        javafx.scene.Scene scene = stage.get().getScene();
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong start = new AtomicLong(), end = new AtomicLong();
            Runnable laidOut = new Runnable() {
                @Override public void run() {
                    end.set(System.nanoTime());
                    scene.removePostLayoutPulseListener(this);
                    shown.countDown();
                }
            };
            String text = "Total $" + (1000 + i) + ".00 a month";
            BenchWindow.onFx(() -> {
                start.set(System.nanoTime());
                label.setText(text);
                scene.addPostLayoutPulseListener(laidOut);
            });
            if (!shown.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the bare window never drew a frame");
            Thread.sleep(pauseMillis);
            if (i >= warmup) samples.add(end.get() - start.get());
        }
        BenchWindow.onFx(() -> stage.get().close());
        return samples;
    }

    /** Whether the block's view is on the canvas and wholly inside its visible part. */
    private static boolean inView(MainWindow w, String blockId) {
        var view = w.canvas().view(blockId);
        if (view == null || view.getScene() == null) return false;
        var onCanvas = w.canvas().sceneToLocal(view.localToScene(view.getLayoutBounds()));
        return onCanvas.getMinX() >= 0 && onCanvas.getMinY() >= 0
                && onCanvas.getMaxX() <= w.canvas().getWidth() && onCanvas.getMaxY() <= w.canvas().getHeight();
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
        return sorted.get(Math.min(rank, sorted.size()) - 1);
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
