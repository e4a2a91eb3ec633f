package dev.costbench.workshop;

import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * Each what-if also keeps, across edits of the design, what it last priced ({@link Carry}): its own engine
 * ({@link PricingEngine#apart()}) and its changed blocks. After a one-block edit the what-if's changed copy takes
 * the blocks it had for every block the edit left as it was, the same objects, so its engine reprices it by
 * difference (the edited block) instead of every block, and so does every tick priced ahead.
 * <p>
 * Scenarios and engines are immutable in what they price, so a remembered comparison is the comparison worked out
 * again. What is kept is the comparison's rows (a block's monthly figure per scenario), bounded by {@link #MAX_ROWS},
 * and the carried block costs, bounded by {@link #MAX_CARRIED_BLOCKS}. Thread-safe; the pricing runs outside the lock.
 */
public final class WhatIfPreviews {
    /** Rows kept over all the remembered comparisons: the slider's 16 ticks of a 10,000-block design, and more. */
    static final int MAX_ROWS = 200_000;
    /**
     * Blocks carried across edits over all what-ifs: the slider's 16 ticks of a 5,000-block design, within an eighth
     * of the heap at about 2 KB a carried block (a 512 MB heap carries 32,768: six ticks of 5,000 blocks).
     */
    static final int MAX_CARRIED_BLOCKS = (int) Math.min(80_000, Runtime.getRuntime().maxMemory() / 8 / 2048);

    private Scenario base;
    private PricingEngine engine;
    /** Least recently shown first. */
    private final LinkedHashMap<Object, ScenarioComparison> byWhatIf = new LinkedHashMap<>(32, 0.75f, true);
    /** What each what-if priced last, of whichever design; least recently priced first. */
    private final LinkedHashMap<Object, Carry> carried = new LinkedHashMap<>(32, 0.75f, true);
    private final int maxCarriedBlocks;
    private int rows;
    private int carriedBlocks;
    private long priced;

    /**
     * What a what-if priced last: the design then, its changed copy, and the engine that priced both (and so
     * remembers them). Used by one pricing at a time: it is taken out while a pricing runs.
     */
    private record Carry(PricingEngine engine, Scenario base, Scenario changed) {
        /**
         * Whether {@code now} keeps any block of the design this carry priced: an edit keeps all but the blocks it
         * touched. Another design (or another scenario of it) keeps none, and its engine would price the design on
         * screen all over again, where the window's has priced it already.
         */
        boolean follows(Scenario now) {
            // an edit keeps the blocks before it in their places and those after it at the same distance from the end
            List<Block> was = base.blocks(), is = now.blocks();
            int shift = was.size() - is.size();
            for (int i = 0; i < is.size(); i++) {
                if (i < was.size() && was.get(i) == is.get(i)) return true;
                int j = i + shift;
                if (j >= 0 && j < was.size() && was.get(j) == is.get(i)) return true;
            }
            return false;
        }

        /**
         * {@code changed} with the blocks this carry had for the blocks of {@code now} it had as well (the same
         * objects in the design, giving equal blocks under the what-if), so an engine finds them unchanged.
         */
        Scenario reuse(Scenario now, Scenario changed) {
            List<Block> was = base.blocks(), wasChanged = this.changed.blocks(), blocks = now.blocks(), out = changed.blocks();
            // the what-ifs change blocks one for one, in order; anything else is priced as it comes
            if (was.size() != wasChanged.size() || blocks.size() != out.size()) return changed;
            Map<Block, Block> before = new IdentityHashMap<>(was.size() * 2);
            for (int i = 0; i < was.size(); i++) before.put(was.get(i), wasChanged.get(i));
            List<Block> kept = new ArrayList<>(out.size());
            int reused = 0;
            for (int i = 0; i < out.size(); i++) {
                Block b = before.get(blocks.get(i));
                if (b != null && b != out.get(i) && b.equals(out.get(i))) {
                    kept.add(b);
                    reused++;
                } else kept.add(out.get(i));
            }
            return reused == 0 ? changed : changed.withBlocks(kept);
        }
    }

    public WhatIfPreviews() { this(MAX_CARRIED_BLOCKS); }

    /** With another bound on the blocks carried across edits (for tests of the bound). */
    WhatIfPreviews(int maxCarriedBlocks) { this.maxCarriedBlocks = maxCarriedBlocks; }

    /**
     * {@code base} beside {@code changed}, priced by {@code engine}; {@code whatIf} says what {@code changed} does to
     * {@code base} (equal values for equal what-ifs, e.g. a record of the settings), so the comparison can be remembered
     * under it. {@code changed} is built only when the comparison is not remembered.
     */
    public ScenarioComparison of(Scenario base, Object whatIf, Supplier<CommittedScenario> changed, PricingEngine engine) {
        Carry carry;
        PricingEngine seed;
        synchronized (this) {
            if (engine != this.engine) {
                // another catalog: nothing priced or carried holds for it
                carried.clear();
                carriedBlocks = 0;
            }
            if (base != this.base || engine != this.engine) {
                // another design (any edit): no comparison holds for it, but what each what-if priced helps price it
                byWhatIf.clear();
                rows = 0;
                this.base = base;
                this.engine = engine;
            }
            ScenarioComparison kept = byWhatIf.get(whatIf);
            if (kept != null) return kept;
            carry = carried.remove(whatIf);
            if (carry != null) carriedBlocks -= carry.changed().blocks().size();
            // a what-if priced for the first time starts from what the last one of this design remembers: the design,
            // and blocks of another tick that came out alike (a count of 1 is 2 at ×1.25 and at ×1.5); with none, from
            // the window's engine, which has priced the design (one of another design would price it all again)
            seed = engine;
            for (Carry c : carried.reversed().values())
                if (c.base() == base) {
                    seed = c.engine();
                    break;
                }
        }
        CommittedScenario built = changed.get();
        PricingEngine pricing;
        if (carry != null && carry.follows(base)) {
            pricing = carry.engine();
            built = new CommittedScenario(carry.reuse(base, built.scenario()), built.commitment());
        } else pricing = seed.apart();
        ScenarioComparison priced = ScenarioComparison.of(List.of(CommittedScenario.of(base), built), pricing);
        synchronized (this) {
            this.priced++;
            if (engine == this.engine) carry(whatIf, new Carry(pricing, base, built.scenario()));
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

    /**
     * Keeps {@code carry} for its what-if within {@link #MAX_CARRIED_BLOCKS}, making room by dropping what-ifs not
     * priced for the design now (least recently priced first), never one that is: the panel prices every tick ahead
     * after each edit, nearest first, and dropping the oldest would drop the nearest ticks to make room for the far ones.
     */
    private void carry(Object whatIf, Carry carry) {
        int size = carry.changed().blocks().size();
        for (Iterator<Map.Entry<Object, Carry>> i = carried.entrySet().iterator(); carriedBlocks + size > maxCarriedBlocks && i.hasNext(); ) {
            Carry c = i.next().getValue();
            if (c.base() == carry.base()) continue;
            carriedBlocks -= c.changed().blocks().size();
            i.remove();
        }
        // a design larger than the bound alone is carried by one what-if
        if (carriedBlocks + size > maxCarriedBlocks && !carried.isEmpty()) return;
        carried.put(whatIf, carry);
        carriedBlocks += size;
    }

    /** Whether the comparison of {@code whatIf} on {@code base}, priced by {@code engine}, is remembered. */
    public synchronized boolean has(Scenario base, Object whatIf, PricingEngine engine) {
        return base == this.base && engine == this.engine && byWhatIf.containsKey(whatIf);
    }

    /** How many comparisons are remembered. */
    public synchronized int size() { return byWhatIf.size(); }

    /** How many comparisons have been priced since this was made (the rest came from memory). */
    public synchronized long priced() { return priced; }

    /** The changed copy {@code whatIf} priced last, carried across edits; null when it carries none. */
    synchronized Scenario carried(Object whatIf) {
        Carry c = carried.get(whatIf);
        return c == null ? null : c.changed();
    }
}
