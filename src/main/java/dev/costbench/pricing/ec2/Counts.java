package dev.costbench.pricing.ec2;

import java.math.BigDecimal;

/** Instance counts as BigDecimal, shared for the small counts every block uses instead of allocated per line. */
final class Counts {
    private Counts() {}

    private static final BigDecimal[] SMALL = new BigDecimal[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = BigDecimal.valueOf(i);
    }

    static BigDecimal of(int n) { return n >= 0 && n < SMALL.length ? SMALL[n] : BigDecimal.valueOf(n); }
}
