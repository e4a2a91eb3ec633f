package dev.costbench.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the key-size column shows them: "10M", "1.5K", "0.25", "1,200". */
public final class SizeText {
    private SizeText() {}

    /** A plain decimal without trailing zeros, at most two decimals: 2 → "2", 0.125 → "0.13". */
    public static String plain(BigDecimal v) {
        BigDecimal r = v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v;
        return r.stripTrailingZeros().toPlainString();
    }

    /** A catalog rate as published, every digit kept: 0.17952 → "0.17952". */
    public static String rate(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    /** A count with a K/M/B suffix: 10,000,000 → "10M", 1,500 → "1.5K", 950 → "950". */
    public static String count(long n) {
        if (n >= 1_000_000_000L) return scaled(n, 1_000_000_000L, "B");
        if (n >= 1_000_000L) return scaled(n, 1_000_000L, "M");
        if (n >= 10_000L) return scaled(n, 1_000L, "K");
        if (n < 0) return String.format(Locale.US, "%,d", n);
        // below 10,000 by hand: String.format would build a Formatter and parse its pattern for every block priced
        return n < 1_000 ? Long.toString(n) : n / 1_000 + "," + (n % 1_000 + 1_000 + "").substring(1);
    }

    private static String scaled(long n, long unit, String suffix) {
        return plain(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP)) + suffix;
    }
}
