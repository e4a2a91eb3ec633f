package dev.costbench.workshop;

import java.math.BigDecimal;

/**
 * What a Savings Plan commitment does to the usage it can cover, for a month (730 hours; each hour of the week
 * counted 730 ÷ 168 times).
 *
 * @param commitmentPerHour       the commitment in $ per hour (effective hourly rate: for upfront payments the
 *                                prepayment spread over the term's hours)
 * @param monthlyCost             commitment × 730 (paid whether used or not) + the On-Demand cost of what it leaves uncovered
 * @param onDemandMonthly         the same usage all On-Demand
 * @param coveredOnDemandMonthly  the On-Demand-equivalent spend the commitment covers
 * @param usedCommitmentMonthly   the part of the commitment that covers usage (the rest is unused)
 * @param breakEvenUtilizationPct the utilization below which this plan would cost more than On-Demand: the
 *                                covered usage's plan cost ÷ its On-Demand cost (1 − its average discount)
 */
public record PlanFigures(BigDecimal commitmentPerHour, BigDecimal monthlyCost, BigDecimal onDemandMonthly,
                          BigDecimal coveredOnDemandMonthly, BigDecimal usedCommitmentMonthly,
                          BigDecimal breakEvenUtilizationPct) {

    /** On-Demand − the plan's monthly cost (negative when the plan costs more). */
    public BigDecimal savingVsOnDemand() { return onDemandMonthly.subtract(monthlyCost); }

    /** Covered On-Demand-equivalent spend ÷ all eligible On-Demand-equivalent spend, in percent (2 decimals). */
    public BigDecimal coveragePct() {
        BigDecimal p = Optimization.pct(coveredOnDemandMonthly, onDemandMonthly);
        return p == null ? BigDecimal.ZERO.setScale(2) : p;
    }

    /** Used commitment ÷ commitment, in percent (2 decimals); 0 with no commitment. */
    public BigDecimal utilizationPct() {
        BigDecimal p = Optimization.pct(usedCommitmentMonthly, commitmentPerHour.multiply(Optimization.MONTH_HOURS));
        return p == null ? BigDecimal.ZERO.setScale(2) : p;
    }

    /** The commitment paid each month: commitment × 730. */
    public BigDecimal commitmentMonthly() { return commitmentPerHour.multiply(Optimization.MONTH_HOURS); }

    /** Figures of two scopes bought together (EC2 Instance plans for two families). */
    PlanFigures plus(PlanFigures o) {
        BigDecimal covered = coveredOnDemandMonthly.add(o.coveredOnDemandMonthly);
        BigDecimal used = usedCommitmentMonthly.add(o.usedCommitmentMonthly);
        BigDecimal breakEven = covered.signum() == 0 ? minOrNull(breakEvenUtilizationPct, o.breakEvenUtilizationPct)
                : Optimization.pct(used, covered);
        return new PlanFigures(commitmentPerHour.add(o.commitmentPerHour), monthlyCost.add(o.monthlyCost),
                onDemandMonthly.add(o.onDemandMonthly), covered, used, breakEven);
    }

    static PlanFigures none() {
        BigDecimal z = BigDecimal.ZERO;
        return new PlanFigures(z, z, z, z, z, null);
    }

    private static BigDecimal minOrNull(BigDecimal a, BigDecimal b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.min(b);
    }
}
