package dev.costbench.ui.bench;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.app.Theme;
import dev.costbench.ui.app.UserSettings;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.cost.CostRow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long an architect waits, in the real window, from an edit to the cost panel showing the new total.
 * Opens a generated design of {@code --blocks} blocks (500 by default), then repeatedly raises one Auto
 * Scaling group's desired count through the command stack and times until the panel's total label reads
 * the figure worked out beforehand by the engine. Prints the median and 90th percentile.
 * <p>
 * Runs under headless Monocle when it is on the class path and there is no display (or with {@code --headless}).
 */
public final class EditToTotalBenchmark {
    private EditToTotalBenchmark() {}

    public static void main(String[] args) throws Exception {
        int blocks = intArg(args, "--blocks", 500);
        int edits = intArg(args, "--edits", 40);
        int warmup = intArg(args, "--warmup", 5);
        useHeadlessScreenIfNeeded(Arrays.asList(args).contains("--headless"));
        PrintWriter out = new PrintWriter(System.out, true);
        List<Long> samples = measure(blocks, 42, edits, warmup, out);
        out.printf("Edit to total shown, %d edits after %d warm-up: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                edits, warmup, ms(percentile(samples, 50)), ms(percentile(samples, 90)), ms(percentile(samples, 0)),
                ms(percentile(samples, 100)));
        Platform.exit();
    }

    /**
     * Opens a generated design of {@code blocks} blocks in the window and returns, for each of {@code edits}
     * timed edits, the nanoseconds from the edit to the cost panel showing the new total. Starts the JavaFX
     * toolkit (Monocle when there is no display and it is on the class path); the caller exits it.
     */
    public static List<Long> measure(int blocks, long seed, int edits, int warmup, PrintWriter out) throws Exception {
        useHeadlessScreenIfNeeded(false);
        PriceCatalog catalog = CatalogLoader.bundled();
        Scenario scenario = SyntheticDesign.generate(blocks, seed);
        AutoScalingGroup target = scenario.blocks().stream().filter(b -> b instanceof AutoScalingGroup)
                .map(b -> (AutoScalingGroup) b).findFirst()
                .orElseThrow(() -> new IllegalStateException("the generated design has no Auto Scaling group to edit"));
        out.printf("Design: %d blocks, %d connections; editing '%s' (%s)%n", scenario.blocks().size(),
                scenario.connections().size(), target.name(), target.instanceType());

        // the totals each edit must produce, worked out before the clock runs
        PricingEngine engine = new PricingEngine(catalog);
        List<Block> editedBlocks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Long> engineNanos = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            int desired = target.desired() + 1 + i;
            AutoScalingGroup edited = target.withCounts(target.min(), desired, Math.max(target.max(), desired));
            long t0 = System.nanoTime();
            var report = engine.price(scenario.withBlock(edited));
            engineNanos.add(System.nanoTime() - t0);
            editedBlocks.add(edited);
            expected.add(CostRow.chosenTotal(report).text());
        }
        out.printf("Engine alone: median %.1f ms a reprice%n", ms(percentile(engineNanos.subList(warmup, engineNanos.size()), 50)));

        startToolkit();
        Path home = Files.createTempDirectory("costbench-bench");
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Theme.LIGHT.apply();
            Workbench workbench = new Workbench(catalog, new Project("Benchmark", List.of(scenario)));
            MainWindow w = new MainWindow(workbench, new UserSettings(home));
            stage.set(new Stage());
            w.show(stage.get(), 1400, 900);
            window.set(w);
        });
        Label total = (Label) window.get().root().lookup("#cost-total");
        waitFor(() -> window.get().workbench().report() != null, 120);

        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            String want = expected.get(i);
            Block edited = editedBlocks.get(i);
            CountDownLatch shown = new CountDownLatch(1);
            AtomicLong start = new AtomicLong(), end = new AtomicLong();
            ChangeListener<String> watch = (o, a, text) -> {
                if (text.contains(want) && end.get() == 0) {
                    end.set(System.nanoTime());
                    shown.countDown();
                }
            };
            onFx(() -> {
                total.textProperty().addListener(watch);
                start.set(System.nanoTime());
                window.get().workbench().execute(new EditBlock("Benchmark edit", edited));
            });
            if (!shown.await(120, TimeUnit.SECONDS))
                throw new IllegalStateException("the cost panel never showed " + want + " (it shows " + total.getText() + ")");
            onFx(() -> total.textProperty().removeListener(watch));
            if (i >= warmup) samples.add(end.get() - start.get());
        }
        onFx(() -> {
            window.get().workbench().close();
            stage.get().close();
        });
        return samples;
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError noDisplay) {
            throw new IllegalStateException("the window benchmark needs a display (or Monocle on the class path to run headless): "
                    + noDisplay.getMessage());
        }
        started.await();
        Platform.setImplicitExit(false);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
        return sorted.get(Math.min(rank, sorted.size()) - 1);
    }

    private static double ms(long nanos) { return nanos / 1e6; }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        return fallback;
    }

    private static void useHeadlessScreenIfNeeded(boolean asked) {
        boolean noDisplay = System.getenv("DISPLAY") == null && System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (!(asked || noDisplay)) return;
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        } catch (ClassNotFoundException e) {
            if (asked) throw new IllegalStateException("--headless needs Monocle (org.testfx:openjfx-monocle) on the class path");
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) throw failure.get();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            onFx(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) return;
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out after " + seconds + " s");
    }
}
