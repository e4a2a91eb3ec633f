package dev.costbench.ui;

import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prices the scenario on screen off the UI thread. One worker thread; while it prices, newer edits
 * replace the waiting one, and a result is shown only if no newer edit came in (latest edit wins).
 */
public final class Repricer implements AutoCloseable {
    /** {@code readAhead}: ids of the blocks whose costs a view will read in full (the selected block). */
    private record Job(long generation, Scenario scenario, Set<String> readAhead) {}

    /** A job's outcome: its report, or the problem that stopped it. */
    private record Result(long generation, CostReport report, String problem) {}

    private final Function<Scenario, CostReport> pricer;
    private final Consumer<Runnable> uiThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "costbench-reprice");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> waiting = new AtomicReference<>();
    private final AtomicLong latest = new AtomicLong();
    /** Whether the worker is pricing a job now. */
    private final AtomicBoolean pricing = new AtomicBoolean();
    /** The last job the worker finished, for a caller that waits for it; guarded by itself. */
    private final Object finishedLock = new Object();
    private Result finished;

    private final ReadOnlyObjectWrapper<CostReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** {@code uiThread} runs a result on the JavaFX thread (Platform::runLater in the app). */
    public Repricer(Function<Scenario, CostReport> pricer, Consumer<Runnable> uiThread) {
        this.pricer = pricer;
        this.uiThread = uiThread;
    }

    /** Call on the UI thread after every change of the scenario on screen. Never blocks. */
    public void reprice(Scenario scenario) { reprice(scenario, Set.of()); }

    /**
     * As {@link #reprice(Scenario)}; the worker also works out, before the report reaches the UI thread, what the
     * views read of the blocks {@code readAhead} names beyond their totals ({@link BlockCost#readAhead}: the
     * inspector's cost lines, the Graviton twin's cost), which the engine otherwise leaves until first read.
     */
    public void reprice(Scenario scenario, Set<String> readAhead) {
        Job job = new Job(latest.incrementAndGet(), scenario, Set.copyOf(readAhead));
        busy.set(true);
        if (waiting.getAndSet(job) == null) worker.execute(this::priceWaiting);
    }

    /**
     * As {@link #reprice(Scenario, Set)}, then, when the worker was free, waits up to {@code quick} for the price and
     * shows it at once: an edit and its new total then reach the screen in the same frame, not the total a frame
     * later. When the worker is still pricing an earlier job, or the price takes longer, it arrives as usual.
     */
    public void repriceShowingQuickly(Scenario scenario, Set<String> readAhead, Duration quick) {
        boolean free = !pricing.get() && waiting.get() == null;
        reprice(scenario, readAhead);
        if (!free) return;
        try {
            awaitLatest(quick);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void priceWaiting() {
        pricing.set(true);
        try {
            price(waiting.getAndSet(null));
        } finally {
            pricing.set(false);
        }
    }

    private void price(Job job) {
        if (job == null) return;
        CostReport result = null;
        String problem = "";
        try {
            result = pricer.apply(job.scenario());
            for (String id : job.readAhead()) {
                BlockCost cost = result.block(id);
                if (cost != null) cost.readAhead();
            }
        } catch (RuntimeException e) {
            problem = "Could not price scenario '" + job.scenario().name() + "': " + e.getMessage();
        }
        Result done = new Result(job.generation(), result, problem);
        synchronized (finishedLock) {
            finished = done;
            finishedLock.notifyAll();
        }
        uiThread.accept(() -> show(done));
    }

    private void show(Result done) {
        if (done.generation() != latest.get()) return;
        if (done.report() != null) report.set(done.report());
        error.set(done.problem());
        busy.set(false);
    }

    /**
     * On the UI thread: waits up to {@code timeout} for the price of the latest edit and shows it at once, not a
     * pulse later. The window does so before its first frame, so that frame shows the design priced and is laid
     * out once; a price that takes longer arrives as usual.
     */
    public void awaitLatest(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Result done;
        synchronized (finishedLock) {
            while (finished == null || finished.generation() != latest.get()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return;
                TimeUnit.NANOSECONDS.timedWait(finishedLock, left);
            }
            done = finished;
        }
        show(done);
    }

    public ReadOnlyObjectProperty<CostReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public CostReport report() { return report.get(); }

    @Override
    public void close() { worker.shutdownNow(); }
}
