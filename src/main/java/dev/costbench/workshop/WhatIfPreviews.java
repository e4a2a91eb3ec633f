package dev.costbench.workshop;

import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The What-if preview of the design on screen: the design beside its changed copy ({@link ScenarioComparison}),
 * remembered by what-if (the traffic multiplier and the other settings) while the design and the engine are the same
 * objects. A slider dragged back over a tick it has shown gets that tick's comparison back without pricing anything;
 * a tick not shown before is priced as ever (the engine reuses the costs of the blocks the what-if left as they were).
 * <p>
 * Scenarios and engines are immutable in what they price, so a remembered comparison is the comparison worked out
 * again. What is kept is the comparison's rows (a block's monthly figure per scenario), not the engine's block costs:
 * about 0.4 KB a block, bounded by {@link #MAX_ROWS}. Thread-safe; the pricing runs outside the lock.
 */
public final class WhatIfPreviews {
    /** Rows kept over all the remembered comparisons: the slider's 16 ticks of a 10,000-block design, and more. */
    static final int MAX_ROWS = 200_000;

    private Scenario base;
    private PricingEngine engine;
    /** Least recently shown first. */
    private final LinkedHashMap<Object, ScenarioComparison> byWhatIf = new LinkedHashMap<>(32, 0.75f, true);
    private int rows;
    private long priced;

    /**
     * {@code base} beside {@code changed}, priced by {@code engine}; {@code whatIf} says what {@code changed} does to
     * {@code base} (equal values for equal what-ifs, e.g. a record of the settings), so the comparison can be remembered
     * under it. {@code changed} is built only when the comparison is not remembered.
     */
    public ScenarioComparison of(Scenario base, Object whatIf, Supplier<CommittedScenario> changed, PricingEngine engine) {
        synchronized (this) {
            if (base != this.base || engine != this.engine) {
                // another design (any edit) or another catalog: nothing remembered holds for it
                byWhatIf.clear();
                rows = 0;
                this.base = base;
                this.engine = engine;
            }
            ScenarioComparison kept = byWhatIf.get(whatIf);
            if (kept != null) return kept;
        }
        ScenarioComparison priced = ScenarioComparison.of(List.of(CommittedScenario.of(base), changed.get()), engine);
        synchronized (this) {
            this.priced++;
            if (base == this.base && engine == this.engine && !byWhatIf.containsKey(whatIf)) {
                byWhatIf.put(whatIf, priced);
                rows += priced.rows().size();
                for (Iterator<Map.Entry<Object, ScenarioComparison>> i = byWhatIf.entrySet().iterator(); rows > MAX_ROWS && i.hasNext(); ) {
                    rows -= i.next().getValue().rows().size();
                    i.remove();
                }
            }
        }
        return priced;
    }

    /** Whether the comparison of {@code whatIf} on {@code base}, priced by {@code engine}, is remembered. */
    public synchronized boolean has(Scenario base, Object whatIf, PricingEngine engine) {
        return base == this.base && engine == this.engine && byWhatIf.containsKey(whatIf);
    }

    /** How many comparisons are remembered. */
    public synchronized int size() { return byWhatIf.size(); }

    /** How many comparisons have been priced since this was made (the rest came from memory). */
    public synchronized long priced() { return priced; }
}
