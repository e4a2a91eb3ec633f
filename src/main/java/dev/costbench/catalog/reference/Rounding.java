package dev.costbench.catalog.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How estimated figures are rounded before they go into the catalog (docs/pricing-data.md, "Rounding"). */
final class Rounding {
    private Rounding() {}

    /** Working precision for ratios and products before the final rounding. */
    static final MathContext WORKING = MathContext.DECIMAL128;

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_UP);

    /** Upfront fees: to the cent. */
    static BigDecimal cents(BigDecimal v) { return tidy(v.setScale(2, RoundingMode.HALF_UP)); }

    /** Estimated hourly and unit rates: six significant digits (finer than the estimate's own accuracy). */
    static BigDecimal sixDigits(BigDecimal v) { return tidy(v.round(SIX_DIGITS)); }

    /** Ratios shown in rules and used in estimates: four decimal places. */
    static BigDecimal fourPlaces(BigDecimal v) { return v.setScale(4, RoundingMode.HALF_UP); }

    /** Drops trailing zeros so the file stays short, without going to exponent form. */
    static BigDecimal tidy(BigDecimal v) {
        if (v.signum() == 0) return BigDecimal.ZERO;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) { return a.divide(b, WORKING); }

    /** A fraction as a percentage with two decimals, for rule texts. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
