package dev.costbench.pricing.load;

import dev.costbench.model.LoadProfile;
import dev.costbench.pricing.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A block's count (instances, tasks, nodes, concurrent jobs) in each of the week's 168 hours, held as the
 * distinct counts and how many hours run at each. A profile value is rounded up to a whole count (2.5 instances
 * means 3 were running). Without a profile the block runs its own count all week. Costs are hour-weighted: a
 * month runs each hour of the week 730 ÷ 168 times, so the month's average is Σ hours × f(count) ÷ 168.
 */
public final class LoadHours {
    public static final int HOURS = LoadProfile.HOURS_PER_WEEK;
    private static final BigDecimal WEEK = BigDecimal.valueOf(HOURS);

    private final int[] perHour;
    private final int[] counts;
    private final int[] hours;
    private final boolean profiled;

    /** A flat week without per-hour arrays: the engine asks for one of these per block on every reprice. */
    private LoadHours(int count) {
        this.perHour = null;
        this.profiled = false;
        this.counts = new int[]{count};
        this.hours = new int[]{HOURS};
    }

    private LoadHours(int[] perHour, boolean profiled) {
        this.perHour = perHour;
        this.profiled = profiled;
        int[] sorted = perHour.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
        counts = new int[distinct];
        hours = new int[distinct];
        for (int i = 0, d = -1; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) counts[++d] = sorted[i];
            hours[d]++;
        }
    }

    /** The profile's hours as whole counts, or {@code flatCount} every hour when the profile is {@link LoadProfile#NONE}. */
    public static LoadHours of(LoadProfile profile, int flatCount) {
        if (profile == null || profile.isNone()) return new LoadHours(Math.max(flatCount, 0));
        int[] perHour = new int[HOURS];
        for (int h = 0; h < HOURS; h++) perHour[h] = wholeCount(profile.hours().get(h));
        return new LoadHours(perHour, true);
    }

    /** A profile value as the whole count that was running: rounded up, 2.5 → 3; a hair above a whole number (1e-9) is that number. */
    public static int wholeCount(double value) {
        double nearest = Math.rint(value);
        if (Math.abs(value - nearest) < 1e-9) return (int) Math.min(nearest, Integer.MAX_VALUE);
        return (int) Math.min(Math.ceil(value), Integer.MAX_VALUE);
    }

    /** True when the count came from a load profile rather than the block's own count. */
    public boolean profiled() { return profiled; }

    /** True when every hour runs the same count. */
    public boolean flat() { return counts.length == 1; }

    public int count(int hour) { return perHour == null ? counts[0] : perHour[hour]; }

    public int min() { return counts[0]; }

    public int max() { return counts[counts.length - 1]; }

    /** The week's hour-weighted average of {@code f(count)}: Σ hours × f(count) ÷ 168 (exact when flat). */
    public BigDecimal average(IntUnaryOperator f) {
        if (counts.length == 1) return BigDecimal.valueOf(f.applyAsInt(counts[0]));
        long sum = 0;
        for (int i = 0; i < counts.length; i++) sum += (long) hours[i] * f.applyAsInt(counts[i]);
        return divideByWeek(BigDecimal.valueOf(sum));
    }

    /** The average count: Σ hours × count ÷ 168. */
    public BigDecimal average() { return average(c -> c); }

    /** Σ over the week's hours of {@code f(count)}, the total for one week. */
    public long weekTotal(IntUnaryOperator f) {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) sum += (long) hours[i] * f.applyAsInt(counts[i]);
        return sum;
    }

    /** {@code v} ÷ 168, exact when it divides, else to {@link Money#SCALE} decimals. */
    public static BigDecimal divideByWeek(BigDecimal v) {
        BigDecimal[] qr = v.divideAndRemainder(WEEK);
        if (qr[1].signum() == 0) return qr[0];
        return v.divide(WEEK, Money.SCALE, RoundingMode.HALF_EVEN);
    }

    /** How many distinct counts the week runs. */
    public int levels() { return counts.length; }

    /** The {@code i}-th distinct count, lowest first. */
    public int levelCount(int i) { return counts[i]; }

    /** Hours of the week that run the {@code i}-th distinct count. */
    public int levelHours(int i) { return hours[i]; }

    /** "2–10 over the week" style range text, or the single count. */
    public String rangeText() { return flat() ? Integer.toString(min()) : min() + "–" + max(); }
}
