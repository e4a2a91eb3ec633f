package dev.costbench.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Money conventions: USD in BigDecimal, 730 hours a month (AWS's own), rounding only for display. */
public final class Money {
    private Money() {}

    /** The currency of every figure the engine gives (ISO 4217), as the CSV files state it. */
    public static final String CURRENCY = "USD";

    /** AWS's month for hourly prices, kept with the terms it makes up ({@link dev.costbench.model.purchase.Term}). */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(dev.costbench.model.purchase.Term.HOURS_PER_MONTH);
    public static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8760);
    /** Enough digits that a sum of thousands of lines is still exact to the cent. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * Decimal places the engine keeps in figures it derives (option sums, amortized fees, quotients): a ten-
     * billionth of a dollar, far below a cent, and short enough that summing a thousand blocks stays in fast
     * long arithmetic. Cost lines' quantity × unit price stay exact.
     */
    public static final int SCALE = 10;

    public static BigDecimal divide(BigDecimal a, BigDecimal b) { return a.divide(b, PRECISION); }

    /** {@code v} kept to {@link #SCALE} decimal places (banker's rounding), unchanged when it is shorter. */
    public static BigDecimal bounded(BigDecimal v) {
        return v.scale() > SCALE ? v.setScale(SCALE, RoundingMode.HALF_EVEN) : v;
    }

    public static BigDecimal cents(BigDecimal v) { return v.setScale(2, RoundingMode.HALF_UP); }

    /** "$1,234.56" in US notation on every system, since the amounts are US dollars. */
    public static String format(BigDecimal v) {
        return (v.signum() < 0 ? "-$" : "$") + String.format(Locale.US, "%,.2f", cents(v.abs()));
    }
}
