package dev.costbench.ui.bench;

import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.session.Session;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.app.Theme;
import dev.costbench.ui.app.UserSettings;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** What the window benchmarks share: the toolkit started (headless where there is no display) and work on its thread. */
final class BenchWindow {
    private BenchWindow() {}

    /** The window a benchmark opened, and its stage. */
    record Opened(MainWindow window, Stage stage) {}

    /**
     * Starts the toolkit (Monocle when there is no display and it is on the class path), opens {@code scenario} in
     * the window with the shipped catalog and a user folder of its own, and waits for its first price.
     */
    static Opened open(Scenario scenario) throws Exception {
        useHeadlessScreenIfNeeded();
        Session session = Session.shipped();
        startToolkit();
        var home = Files.createTempDirectory("costbench-bench");
        AtomicReference<Opened> opened = new AtomicReference<>();
        onFx(() -> {
            Theme.LIGHT.apply();
            Workbench workbench = new Workbench(session, new Project("Benchmark", List.of(scenario)));
            MainWindow w = new MainWindow(workbench, new UserSettings(home));
            Stage stage = new Stage();
            w.show(stage, 1400, 900);
            opened.set(new Opened(w, stage));
        });
        waitFor(() -> opened.get().window().workbench().report() != null, 120);
        return opened.get();
    }

    static void startToolkit() throws InterruptedException {
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

    static void useHeadlessScreenIfNeeded() {
        boolean noDisplay = System.getenv("DISPLAY") == null && System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (!noDisplay) return;
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        } catch (ClassNotFoundException e) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    static void onFx(Runnable action) throws InterruptedException {
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

    static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
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
