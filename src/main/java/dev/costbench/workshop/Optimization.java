package dev.costbench.workshop;

import dev.costbench.pricing.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic conventions of the workshop figures: 34 significant digits where a division is unavoidable. */
final class Optimization {
    private Optimization() {}

    static final MathContext CONTEXT = MathContext.DECIMAL128;
    static final BigDecimal WEEK_HOURS = BigDecimal.valueOf(168);
    static final BigDecimal MONTH_HOURS = Money.HOURS_PER_MONTH;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A week's total (Σ over the 168 hours) as a month: × 730 ÷ 168. */
    static BigDecimal monthOf(BigDecimal weekTotal) {
        return weekTotal.multiply(MONTH_HOURS).divide(WEEK_HOURS, CONTEXT);
    }

    /** part ÷ whole in percent, two decimals; null when the whole is 0. */
    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
