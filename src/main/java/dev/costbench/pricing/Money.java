package dev.costbench.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Money conventions: USD in BigDecimal, 730 hours a month (AWS's own), rounding only for display. */
public final class Money {
    private Money() {}

    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    public static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8760);
    /** Enough digits that a sum of thousands of lines is still exact to the cent. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    public static BigDecimal divide(BigDecimal a, BigDecimal b) { return a.divide(b, PRECISION); }

    public static BigDecimal cents(BigDecimal v) { return v.setScale(2, RoundingMode.HALF_UP); }

    /** "$1,234.56" */
    public static String format(BigDecimal v) {
        return (v.signum() < 0 ? "-$" : "$") + String.format("%,.2f", cents(v.abs()));
    }
}
