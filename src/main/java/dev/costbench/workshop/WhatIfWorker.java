package dev.costbench.workshop;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Works out What-if previews on a thread of its own: the latest request first (a request not yet started is replaced
 * by a newer one, nothing queues), and while nothing is asked, the traffic slider's other ticks ahead, nearest first,
 * one tick at a time. It belongs to the window, not to the What-if panel, so the ticks of the design on screen can be
 * priced while the panel is closed and are remembered ({@link WhatIfPreviews}) when it opens: a tick not priced before
 * costs a full reprice of the changed copy, which a first drag at 5,000 blocks cannot wait for.
 */
public final class WhatIfWorker implements AutoCloseable {
    /** The traffic slider's range and step: its 16 ticks are what is priced ahead. */
    public static final double TRAFFIC_MIN = 0.25, TRAFFIC_MAX = 4, TRAFFIC_STEP = 0.25;

    /** The what-ifs chosen on a base scenario: a value, so a preview is remembered by it. */
    public record Settings(Scenario base, double traffic, Integer spot, boolean graviton) {
        /** The design as it is, as the panel opens on it. */
        public static Settings none(Scenario base) { return new Settings(base, 1, null, false); }

        public boolean any() { return traffic != 1 || spot != null || graviton; }

        /** What these settings and {@code commitment} do to the base, as a value to remember a preview by. */
        Object whatIf(SavingsPlanCommitment commitment) { return List.of(traffic, spot == null ? -1 : spot, graviton, commitment == null ? "" : commitment); }

        /** The base with these what-ifs applied: a pure function, so the worker can build the changed scenario. */
        public Scenario applied(WhatIf whatIf) {
            Scenario s = base;
            if (traffic != 1) s = whatIf.traffic(s, traffic);
            if (spot != null) s = whatIf.spotShare(s, spot);
            if (graviton) s = whatIf.graviton(s, true);
            return s;
        }

        Settings atTraffic(double t) { return new Settings(base, t, spot, graviton); }
    }

    /** One preview to work out: the settings at one moment, the commitment and the engine and catalog then. */
    public record Request(Settings settings, SavingsPlanCommitment commitment, PricingEngine engine, PriceCatalog catalog) {}

    /** Where a requested preview goes; called on the worker's thread. */
    public interface Answer {
        void priced(ScenarioComparison comparison);

        void failed(String why);
    }

    private record Asked(Request request, Answer answer) {}

    private final WhatIfPreviews previews = new WhatIfPreviews();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "costbench-what-if");
        t.setDaemon(true);
        return t;
    });

    public WhatIfWorker() {
        // a window that never asks again holds no thread
        worker.allowCoreThreadTimeOut(true);
    }
    private final AtomicReference<Asked> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** The request whose traffic ticks are priced while nothing else is asked; null when they all are. */
    private volatile Request ahead;
    /** Used on the caller's thread and the worker; a race only builds a second WhatIf of the same catalog. */
    private volatile WhatIf whatIf;
    private volatile PriceCatalog whatIfCatalog;

    /** Works out {@code r} and hands it to {@code a}, unless a newer request comes before it starts. */
    public void ask(Request r, Answer a) {
        latest.set(new Asked(r, a));
        schedule();
    }

    /** Prices the traffic ticks of {@code r} while nothing is asked, showing nothing (the design on screen, quiet). */
    public void priceAhead(Request r) {
        ahead = r;
        schedule();
    }

    /** Stops pricing ahead after the tick being priced (the design on screen changed). */
    public void stopPricingAhead() { ahead = null; }

    /** Whether nothing is being worked out and every traffic tick of the last request is remembered. */
    public boolean ticksPricedAhead() { return ahead == null && !scheduled.get() && latest.get() == null; }

    /** Whether every traffic tick of {@code settings} (no commitment), priced by {@code engine}, is remembered. */
    public boolean ticksRemembered(Settings settings, PricingEngine engine) {
        for (double t : ticks()) {
            Settings at = settings.atTraffic(t);
            if (!previews.has(at.base(), at.whatIf(null), engine)) return false;
        }
        return true;
    }

    /** The traffic slider's ticks, lowest first. */
    static List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = TRAFFIC_MIN; t <= TRAFFIC_MAX + 1e-9; t += TRAFFIC_STEP) ticks.add(t);
        return ticks;
    }

    /** The previews remembered (what was priced on request and ahead). */
    public WhatIfPreviews previews() { return previews; }

    /** The What-if of {@code catalog}, kept while the catalog stays (it works out Graviton twins once). */
    public WhatIf whatIf(PriceCatalog catalog) {
        WhatIf w = whatIf;
        if (w == null || whatIfCatalog != catalog) {
            w = new WhatIf(catalog);
            whatIf = w;
            whatIfCatalog = catalog;
        }
        return w;
    }

    /** The design under {@code settings} and the request's Savings Plan commitment, as the preview prices it. */
    private CommittedScenario changed(Settings settings, Request r) {
        Scenario changed = settings.applied(whatIf(r.catalog()));
        return r.commitment() == null ? CommittedScenario.of(changed) : WhatIf.commitment(changed, r.commitment());
    }

    private void schedule() {
        if (!scheduled.compareAndSet(false, true)) return;
        try {
            worker.execute(this::work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window closed: nothing is shown any more, so nothing is priced
        }
    }

    /** On the worker: the latest request until none waits, then one tick ahead at a time. */
    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            Asked a = latest.getAndSet(null);
            if (a == null && priceOneTickAhead()) continue;
            if (a == null) {
                scheduled.set(false);
                // a request that came after the last look but before the flag was down would otherwise wait
                if ((latest.get() != null || ahead != null) && scheduled.compareAndSet(false, true)) continue;
                return;
            }
            Request r = a.request();
            ahead = r;
            ScenarioComparison result;
            try {
                // a tick dragged back over gets its remembered comparison; a new one is priced
                result = previews.of(r.settings().base(), r.settings().whatIf(r.commitment()), () -> changed(r.settings(), r), r.engine());
            } catch (RuntimeException e) {
                ahead = null; // the request itself says why; nothing more to price ahead
                a.answer().failed(e.getMessage());
                continue;
            }
            a.answer().priced(result);
        }
    }

    /**
     * Prices the nearest traffic tick of the last request not yet remembered (same design, engine and other what-ifs);
     * false when every tick is. A request that comes meanwhile waits for this one tick only.
     */
    private boolean priceOneTickAhead() {
        Request r = ahead;
        if (r == null) return false;
        List<Double> ticks = ticks();
        ticks.sort(Comparator.comparingDouble(t -> Math.abs(t - r.settings().traffic())));
        for (double t : ticks) {
            Settings at = r.settings().atTraffic(t);
            Object key = at.whatIf(r.commitment());
            if (previews.has(at.base(), key, r.engine())) continue;
            try {
                previews.of(at.base(), key, () -> changed(at, r), r.engine());
            } catch (RuntimeException e) {
                if (ahead == r) ahead = null;
                return false;
            }
            return true;
        }
        if (ahead == r) ahead = null;
        return false;
    }

    @Override
    public void close() { worker.shutdownNow(); }
}
