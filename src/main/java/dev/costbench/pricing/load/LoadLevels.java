package dev.costbench.pricing.load;

import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * A load profile as rules: each distinct count of the week is an input (what the profile runs at that level) with
 * the hours a week it runs, so a block's month is Σ hours × f(count) ÷ 168 written once, for the engine and the
 * workbook alike. Editing a level's count moves the cost as editing every hour of the profile at that count would.
 */
public final class LoadLevels {
    /** The profile's field in the design file. */
    public static final String FIELD = "loadProfile";
    private static final Quantity WEEK = Quantity.Constant.of(LoadHours.HOURS);

    private final Quantity.Input[] counts;
    private final Quantity.Named[] hours;

    private LoadLevels(Quantity.Input[] counts, Quantity.Named[] hours) {
        this.counts = counts;
        this.hours = hours;
    }

    /** The levels of {@code load}, each a count of {@code unit} ("instances", "tasks", "jobs at once"). */
    public static LoadLevels of(LoadHours load, String unit, String preset) {
        int n = load.levels();
        Quantity.Input[] counts = new Quantity.Input[n];
        Quantity.Named[] hours = new Quantity.Named[n];
        for (int i = 0; i < n; i++) {
            int h = load.levelHours(i);
            counts[i] = Quantity.Input.number(field(i), "Load level " + (i + 1) + " (" + preset + ")", unit,
                    h + " hours a week run this count", load.levelCount(i));
            hours[i] = Quantity.Named.of(field(i) + ".hours", "Hours a week at load level " + (i + 1), "hours",
                    "of the week's 168", Quantity.Constant.of(h));
        }
        return new LoadLevels(counts, hours);
    }

    /** {@code loadProfile[1]}: the first level's count. */
    private static String field(int i) { return FIELD + "[" + (i + 1) + "]"; }

    public int size() { return counts.length; }

    /** The count running at level {@code i}. */
    public Quantity.Input count(int i) { return counts[i]; }

    /** A figure's name at level {@code i}: {@code od_instances[2]}. */
    public static String at(String field, int i) { return field + "[" + (i + 1) + "]"; }

    /** Σ hours × f(level): the week's total of what {@code perLevel} gives at each level. */
    public Quantity weekTotal(IntFunction<Quantity> perLevel) {
        Quantity sum = null;
        for (int i = 0; i < counts.length; i++) {
            Quantity term = Quantity.mul(hours[i], perLevel.apply(i));
            sum = sum == null ? term : Quantity.add(sum, term);
        }
        return sum == null ? Quantity.Constant.of(0) : sum;
    }

    /** The week's hour-weighted average of f: Σ hours × f(level) ÷ 168. */
    public Quantity average(IntFunction<Quantity> perLevel) { return Quantity.div(weekTotal(perLevel), WEEK); }

    /** A week's total over a month: × hours per month ÷ 168. */
    public static Quantity monthOf(Quantity weekTotal, BigDecimal hoursPerMonth) {
        return Quantity.div(Quantity.mul(weekTotal, new Quantity.Constant(hoursPerMonth)), WEEK);
    }

    /** The least of f over the levels (the quietest hour's, for a monotone f). */
    public Quantity quietest(IntFunction<Quantity> perLevel) {
        Quantity least = null;
        for (int i = 0; i < counts.length; i++) {
            Quantity q = perLevel.apply(i);
            least = least == null ? q : Quantity.min(least, q);
        }
        return least == null ? Quantity.Constant.of(0) : least;
    }
}
