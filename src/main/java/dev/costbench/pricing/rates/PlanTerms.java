package dev.costbench.pricing.rates;

import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.RateRef;

import java.math.BigDecimal;

/**
 * A Savings Plan rate split by payment. The commitment is the SP rate for every hour of the term; no upfront
 * pays it hourly, all upfront pays the whole term (rate × 8760 × years) before it starts, partial upfront pays
 * half of each. Everything here is a multiplication, so the hot path never divides.
 *
 * @param recurringRate     the part of the rate still paid as used (rate, rate ÷ 2, or 0)
 * @param recurringPerCapacityUnit that part for one unit running all month: recurringRate × 730
 * @param upfrontShareRate  the part of the rate prepaid (0, rate ÷ 2, or rate)
 * @param upfrontPerCapacityUnit prepaid for one unit running the whole term: upfrontShareRate × hours in the term
 * @param amortizedPerCapacityUnit that prepayment spread over the term, per month: upfrontShareRate × 730
 * @param upfrontPerUsageUnit prepaid for one unit of monthly usage over the term: upfrontShareRate × term months
 */
public record PlanTerms(SavingsPlanKey key, Rate rate, BigDecimal recurringRate, BigDecimal recurringPerCapacityUnit,
                        BigDecimal upfrontShareRate, BigDecimal upfrontPerCapacityUnit,
                        BigDecimal amortizedPerCapacityUnit, BigDecimal upfrontPerUsageUnit, int termMonths) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public static PlanTerms of(SavingsPlanKey key, Rate rate) {
        BigDecimal r = rate.usd();
        BigDecimal recurring, share;
        switch (key.payment()) {
            case NO_UPFRONT -> { recurring = r; share = BigDecimal.ZERO; }
            case PARTIAL_UPFRONT -> { recurring = r.multiply(HALF); share = recurring; }
            default -> { recurring = BigDecimal.ZERO; share = r; }
        }
        int months = key.term().months();
        return new PlanTerms(key, rate, recurring, recurring.multiply(Money.HOURS_PER_MONTH), share,
                share.multiply(BigDecimal.valueOf(key.term().hours())),
                share.multiply(Money.HOURS_PER_MONTH),
                share.multiply(BigDecimal.valueOf(months)), months);
    }

    /** The part of the rate paid as used, as a share of it: 1 (no upfront), ½ (partial) or 0 (all upfront). */
    public BigDecimal recurringShare() {
        return switch (key.payment()) {
            case NO_UPFRONT -> BigDecimal.ONE;
            case PARTIAL_UPFRONT -> HALF;
            case ALL_UPFRONT -> BigDecimal.ZERO;
        };
    }

    /** The part of the rate prepaid, as a share of it: 0 (no upfront), ½ (partial) or 1 (all upfront). */
    public BigDecimal upfrontShare() { return BigDecimal.ONE.subtract(recurringShare()); }

    public boolean hasRecurring() { return recurringRate.signum() != 0; }

    public boolean hasUpfront() { return upfrontShareRate.signum() != 0; }

    /** One of a plan's two lines: its component code, its text, and the rate it cites. */
    public record Part(String code, String description, RateRef rate) {}

    /**
     * {@code count} units of capacity running all month under this plan, as its payment splits the commitment: the
     * prepaid part for the whole term ({@code upfront}) when the payment has one, and the part paid as used
     * ({@code recurring}) when it has one.
     */
    public void addRunning(OptionLines out, Quantity count, String unit, Part upfront, Part recurring) {
        if (hasUpfront())
            out.add(CostLine.upfront(upfront.code(), upfront.description(), count, unit, upfront.rate(),
                    upfrontPerCapacityUnit, termMonths, amortizedPerCapacityUnit));
        if (hasRecurring())
            out.add(CostLine.hourly(recurring.code(), recurring.description(), count, unit, recurring.rate(),
                    recurringRate, recurringPerCapacityUnit));
    }

    /** As {@link #addRunning(OptionLines, Quantity, String, Part, Part)}, for a count that is a figure, not a rule. */
    public void addRunning(OptionLines out, BigDecimal count, String unit, String upfrontCode, String upfrontDescription,
                           String code, String description) {
        if (hasUpfront())
            out.add(CostLine.upfront(upfrontCode, upfrontDescription, count, unit, upfrontPerCapacityUnit, termMonths,
                    amortizedPerCapacityUnit, rate.provenance()));
        if (hasRecurring())
            out.add(CostLine.hourly(code, description, count, unit, recurringRate, recurringPerCapacityUnit, rate.provenance()));
    }

    /**
     * {@code quantity} units of usage a month (GB-seconds, requests, instance-hours used) under this plan: the
     * prepaid part, paid once for the term's months of such usage, when the payment has one, and the part paid as
     * used when it has one.
     */
    public void addUsed(OptionLines out, Quantity quantity, String unit, Part upfront, Part recurring) {
        if (hasUpfront())
            out.add(CostLine.upfront(upfront.code(), upfront.description(), quantity, unit, upfront.rate(),
                    upfrontPerUsageUnit, termMonths, upfrontShareRate));
        if (hasRecurring())
            out.add(CostLine.monthly(recurring.code(), recurring.description(), quantity, unit, recurring.rate(), recurringRate));
    }
}
