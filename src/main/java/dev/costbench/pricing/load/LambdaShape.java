package dev.costbench.pricing.load;

import dev.costbench.model.LoadProfile;
import dev.costbench.pricing.Money;

import java.math.BigDecimal;

/**
 * A Lambda function's load profile: only its shape counts. Each hour's value is divided by the week's mean so
 * the month's requests stay what the function says; hour h then carries requests × value ÷ Σ values of a week.
 * Without a profile every hour carries the same share.
 */
public final class LambdaShape {
    private final double[] values;
    private final double total;
    /** Each hour's share of the week, worked out once: the usage reader asks for every hour of every function. */
    private final BigDecimal[] shares;

    private LambdaShape(double[] values, double total) {
        this.values = values;
        this.total = total;
        this.shares = new BigDecimal[values.length];
        BigDecimal sum = BigDecimal.valueOf(total);
        for (int h = 0; h < values.length; h++) shares[h] = Money.divide(BigDecimal.valueOf(values[h]), sum);
    }

    public static LambdaShape of(LoadProfile profile) {
        double[] v = new double[LoadHours.HOURS];
        double total = 0;
        boolean none = profile == null || profile.isNone();
        for (int h = 0; h < v.length; h++) {
            v[h] = none ? 1 : profile.hours().get(h);
            total += v[h];
        }
        if (total == 0) {  // an all-zero profile says nothing about the shape: spread evenly
            java.util.Arrays.fill(v, 1);
            total = v.length;
        }
        return new LambdaShape(v, total);
    }

    /** Hour {@code h}'s share of a week's requests: value ÷ Σ values (the 168 shares add up to 1). */
    public BigDecimal weekShare(int hour) { return shares[hour]; }

    /** Hour {@code h}'s load relative to the week's mean: value × 168 ÷ Σ values (1 for a flat load). */
    public BigDecimal relativeToMean(int hour) {
        return Money.divide(BigDecimal.valueOf(values[hour] * LoadHours.HOURS), BigDecimal.valueOf(total));
    }

    /** The month's requests if the quietest (or busiest) hour's rate ran all month. */
    public long requestsAtHourAllMonth(long requestsPerMonth, boolean quietest) {
        int pick = 0;
        for (int h = 1; h < values.length; h++)
            if (quietest ? values[h] < values[pick] : values[h] > values[pick]) pick = h;
        return SteadyLoad.round(BigDecimal.valueOf(requestsPerMonth).multiply(relativeToMean(pick)));
    }
}
