package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A block's 26 option costs keyed by option key, in {@link PurchaseOption#ALL} order, held in an array: the
 * engine builds two of these per block on every reprice, and a hash map per block was a third of the time.
 * Immutable.
 */
public final class OptionMap extends AbstractMap<String, OptionCost> {
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (PurchaseOption o : PurchaseOption.ALL) INDEX.put(o.key(), o.index());
    }

    private final OptionCost[] costs;

    private OptionMap(OptionCost[] costs) { this.costs = costs; }

    /** Prices every option with {@code pricer}. */
    public static OptionMap of(Function<PurchaseOption, OptionCost> pricer) {
        List<PurchaseOption> all = PurchaseOption.ALL;
        OptionCost[] costs = new OptionCost[all.size()];
        for (int i = 0; i < costs.length; i++) costs[i] = pricer.apply(all.get(i));
        return new OptionMap(costs);
    }

    /** The cost under {@code option}, without a key lookup. */
    public OptionCost get(PurchaseOption option) { return costs[option.index()]; }

    /** The cost under the option at {@code index} in {@link PurchaseOption#ALL}. */
    public OptionCost at(int index) { return costs[index]; }

    @Override public OptionCost get(Object key) {
        Integer i = key instanceof String s ? INDEX.get(s) : null;
        return i == null ? null : costs[i];
    }

    @Override public boolean containsKey(Object key) { return key instanceof String s && INDEX.containsKey(s); }

    @Override public int size() { return costs.length; }

    @Override public Collection<OptionCost> values() {
        return new AbstractCollection<>() {
            @Override public Iterator<OptionCost> iterator() { return new Cursor<>(i -> costs[i]); }
            @Override public int size() { return costs.length; }
        };
    }

    @Override public Set<Entry<String, OptionCost>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Entry<String, OptionCost>> iterator() {
                return new Cursor<>(i -> new SimpleImmutableEntry<>(PurchaseOption.ALL.get(i).key(), costs[i]));
            }
            @Override public int size() { return costs.length; }
        };
    }

    private final class Cursor<T> implements Iterator<T> {
        private final IntFunction<T> at;
        private int next;

        Cursor(IntFunction<T> at) { this.at = at; }

        @Override public boolean hasNext() { return next < costs.length; }

        @Override public T next() {
            if (next >= costs.length) throw new NoSuchElementException();
            return at.apply(next++);
        }
    }
}
