package dev.costbench.pricing.rates;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.pricing.Money;

import java.math.BigDecimal;

/**
 * One Reserved Instance offer for one instance type, with its upfront fee already spread over the term's
 * months (worked out once per type, not once per block).
 */
public record ReservedTerms(ReservedKey key, ReservedRate rate, BigDecimal amortizedPerInstance,
                            BigDecimal hourlyPerInstanceMonth, int termMonths) {

    public static ReservedTerms of(ReservedKey key, ReservedRate rate) {
        int months = key.term().months();
        return new ReservedTerms(key, rate, Money.bounded(Money.divide(rate.upfront(), BigDecimal.valueOf(months))),
                rate.hourly().multiply(Money.HOURS_PER_MONTH), months);
    }

    public boolean hasUpfront() { return rate.upfront().signum() != 0; }

    public boolean hasHourly() { return rate.hourly().signum() != 0; }

    /** Whether the offer has an hourly line: all but all-upfront, so an offer of nothing at all still shows its line. */
    public boolean billsHourly() { return hasHourly() || !hasUpfront(); }
}
