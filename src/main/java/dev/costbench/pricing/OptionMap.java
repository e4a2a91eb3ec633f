package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * One value per purchase option, held in an array at {@link PurchaseOption#index()} and sized by
 * {@link PurchaseOption#ALL}: the engine builds two of these per block on every reprice, and a hash map per block
 * was a third of the time. Looked up by the option itself, never by its key, so a new option needs no edit here.
 * Immutable; iterates in {@link PurchaseOption#ALL} order.
 */
public final class OptionMap<V> implements Iterable<OptionMap.Entry<V>> {

    /** One option and its value. */
    public record Entry<V>(PurchaseOption option, V value) {}

    /** A value not worked out yet, in a map made while {@link #later} runs. */
    private static final Object UNSET = new Object();
    /** Whether {@link #of} on this thread leaves each value to be worked out when first read (see {@link #later}). */
    private static final ThreadLocal<Boolean> LATER = new ThreadLocal<>();

    /** The values worked out, or {@link #UNSET}; null in a map {@link #over} a maker, which works each out at every read. */
    private final Object[] values;
    /** Works out a value still {@link #UNSET}; null once every value is known (or in a map made whole). */
    private volatile Function<? super PurchaseOption, ? extends V> valueOf;

    /** What {@link #made} made this map from, kept for the engine to read the figures behind it; else null. */
    private final Function<? super PurchaseOption, ? extends V> maker;

    private OptionMap(Object[] values, Function<? super PurchaseOption, ? extends V> valueOf) {
        this(values, valueOf, null);
    }

    private OptionMap(Object[] values, Function<? super PurchaseOption, ? extends V> valueOf,
                      Function<? super PurchaseOption, ? extends V> maker) {
        this.values = values;
        this.valueOf = valueOf;
        this.maker = maker;
    }

    /**
     * Each option's value worked out by {@code maker} when first read, whatever the thread; {@code maker} is kept
     * ({@link #maker()}), so its owner can read what it holds without making the values.
     */
    static <V> OptionMap<V> made(Function<? super PurchaseOption, ? extends V> maker) {
        Object[] values = new Object[PurchaseOption.ALL.size()];
        java.util.Arrays.fill(values, UNSET);
        return new OptionMap<>(values, maker, maker);
    }

    /**
     * Each option's value worked out by {@code maker} at every read, never kept: for a maker that reads what it holds
     * rather than prices (the engine's compact figures, where keeping the values read made a block's kept cost a
     * fifth larger). {@code maker} is kept ({@link #maker()}).
     */
    static <V> OptionMap<V> over(Function<? super PurchaseOption, ? extends V> maker) {
        return new OptionMap<>(null, null, maker);
    }

    Function<? super PurchaseOption, ? extends V> maker() { return maker; }

    /** Whether the value at {@code index} is worked out already (reading it costs nothing). */
    boolean known(int index) { return values == null || values[index] != UNSET; }

    /** Sets the value at {@code index} of a map just {@link #made}, before any other thread can see it. */
    void seed(int index, V value) { values[index] = value; }

    /**
     * The value of every option, worked out by {@code valueOf}: at once, or, in a map made while {@link #later}
     * runs, each when first read.
     */
    public static <V> OptionMap<V> of(Function<? super PurchaseOption, ? extends V> valueOf) {
        List<PurchaseOption> all = PurchaseOption.ALL;
        Object[] values = new Object[all.size()];
        if (LATER.get() != null) {
            java.util.Arrays.fill(values, UNSET);
            return new OptionMap<>(values, valueOf);
        }
        for (int i = 0; i < values.length; i++) values[i] = valueOf.apply(all.get(i));
        return new OptionMap<>(values, null);
    }

    /**
     * What {@code making} makes, with every option map made meanwhile on this thread working each option's value out
     * only when it is first read. The engine prices a block's Graviton twin this way: the totals read the twin
     * under one or two options, and the other options (some 24 of 26) are priced only if a view asks for them. So
     * {@code valueOf} must be a function of what it captured alone (the pricers' option functions are); a value is
     * worked out once, under the map's lock, so a builder the function reuses from one option to the next is safe.
     */
    public static <T> T later(java.util.function.Supplier<T> making) {
        Boolean was = LATER.get();
        LATER.set(Boolean.TRUE);
        try {
            return making.get();
        } finally {
            if (was == null) LATER.remove();
        }
    }

    /** The value under {@code option}. */
    public V get(PurchaseOption option) { return at(Objects.requireNonNull(option, "option").index()); }

    /** The value under the option at {@code index} in {@link PurchaseOption#ALL}. */
    @SuppressWarnings("unchecked")
    public V at(int index) {
        if (values == null) return maker.apply(PurchaseOption.ALL.get(index));
        Object v = values[index];
        return v != UNSET ? (V) v : workOut(index);
    }

    @SuppressWarnings("unchecked")
    private synchronized V workOut(int index) {
        Object v = values[index];
        if (v == UNSET) {
            // worked out outside any later(): a map the value makes is made whole
            Boolean was = LATER.get();
            LATER.remove();
            try {
                v = valueOf.apply(PurchaseOption.ALL.get(index));
            } finally {
                if (was != null) LATER.set(was);
            }
            values[index] = v;
        }
        return (V) v;
    }

    /** Every value worked out (for comparing maps). */
    private synchronized Object[] all() {
        if (values == null) {
            Object[] all = new Object[size()];
            for (int i = 0; i < all.length; i++) all[i] = at(i);
            return all;
        }
        if (valueOf != null) {
            for (int i = 0; i < values.length; i++) at(i);
            valueOf = null;
        }
        return values;
    }

    public int size() { return PurchaseOption.ALL.size(); }

    /** The values in {@link PurchaseOption#ALL} order. */
    public List<V> values() {
        return new AbstractList<>() {
            @Override public V get(int i) { return at(i); }
            @Override public int size() { return OptionMap.this.size(); }
        };
    }

    /** The options of one family with their values, in {@link PurchaseOption#ALL} order. */
    public List<Entry<V>> family(PurchaseFamily family) {
        return PurchaseOption.ALL.stream().filter(o -> o.family() == family).map(o -> new Entry<>(o, get(o))).toList();
    }

    @Override public Iterator<Entry<V>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override public boolean hasNext() { return next < size(); }

            @Override public Entry<V> next() {
                if (next >= size()) throw new NoSuchElementException();
                int i = next++;
                return new Entry<>(PurchaseOption.ALL.get(i), at(i));
            }
        };
    }

    @Override public boolean equals(Object o) { return o instanceof OptionMap<?> m && java.util.Arrays.equals(all(), m.all()); }

    @Override public int hashCode() { return java.util.Arrays.hashCode(all()); }

    @Override public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Entry<V> e : this) out.append(out.length() > 1 ? ", " : "").append(e.option().key()).append('=').append(e.value());
        return out.append('}').toString();
    }
}
