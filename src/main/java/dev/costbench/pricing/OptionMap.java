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

    private final Object[] values;

    private OptionMap(Object[] values) { this.values = values; }

    /** The value of every option, worked out by {@code valueOf}. */
    public static <V> OptionMap<V> of(Function<? super PurchaseOption, ? extends V> valueOf) {
        List<PurchaseOption> all = PurchaseOption.ALL;
        Object[] values = new Object[all.size()];
        for (int i = 0; i < values.length; i++) values[i] = valueOf.apply(all.get(i));
        return new OptionMap<>(values);
    }

    /** The value under {@code option}. */
    @SuppressWarnings("unchecked")
    public V get(PurchaseOption option) { return (V) values[Objects.requireNonNull(option, "option").index()]; }

    /** The value under the option at {@code index} in {@link PurchaseOption#ALL}. */
    @SuppressWarnings("unchecked")
    public V at(int index) { return (V) values[index]; }

    public int size() { return values.length; }

    /** The values in {@link PurchaseOption#ALL} order. */
    public List<V> values() {
        return new AbstractList<>() {
            @Override public V get(int i) { return at(i); }
            @Override public int size() { return values.length; }
        };
    }

    /** The options of one family with their values, in {@link PurchaseOption#ALL} order. */
    public List<Entry<V>> family(PurchaseFamily family) {
        return PurchaseOption.ALL.stream().filter(o -> o.family() == family).map(o -> new Entry<>(o, get(o))).toList();
    }

    @Override public Iterator<Entry<V>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override public boolean hasNext() { return next < values.length; }

            @Override public Entry<V> next() {
                if (next >= values.length) throw new NoSuchElementException();
                int i = next++;
                return new Entry<>(PurchaseOption.ALL.get(i), at(i));
            }
        };
    }

    @Override public boolean equals(Object o) { return o instanceof OptionMap<?> m && java.util.Arrays.equals(values, m.values); }

    @Override public int hashCode() { return java.util.Arrays.hashCode(values); }

    @Override public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Entry<V> e : this) out.append(out.length() > 1 ? ", " : "").append(e.option().key()).append('=').append(e.value());
        return out.append('}').toString();
    }
}
