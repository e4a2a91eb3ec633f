package dev.costbench.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.SavingsPlanKey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A Savings Plan sized for a scenario: the commitment that minimizes the month's cost of the usage the plan can
 * cover, or the figures of a commitment set by hand. A Compute plan has one scope (all coverable usage); an EC2
 * Instance plan has one scope per instance family, since each such plan covers one family in one region, and the
 * totals add them up.
 *
 * @param exact   figures at the exact optimal (or hand-set) commitment
 * @param rounded figures at the commitment rounded to $0.001/hour, as it would be bought and shown
 */
public record SavingsPlanSizing(SavingsPlanKey plan, List<Scope> scopes, PlanFigures exact, PlanFigures rounded) {

    /** Commitments are bought and shown to a tenth of a cent per hour. */
    public static final int COMMITMENT_DECIMALS = 3;

    /**
     * One plan purchase: {@code name} is {@code compute} or the EC2 instance family, with its cost curve for a chart
     * ({@code curve.get(optimumIndex)} is the optimum).
     */
    public record Scope(String name, PlanFigures exact, PlanFigures rounded, List<CostCurvePoint> curve, int optimumIndex) {}

    public SavingsPlanSizing {
        scopes = List.copyOf(scopes);
    }

    /** The commitment to buy, rounded to $0.001/hour (the sum over the scopes' rounded commitments). */
    public BigDecimal commitmentPerHour() { return rounded.commitmentPerHour(); }

    /**
     * Paid before the term starts at the rounded commitment: all upfront prepays commitment × the term's hours,
     * partial upfront half of that, no upfront nothing (its commitment is billed hourly).
     */
    public BigDecimal upfront() {
        BigDecimal termHours = BigDecimal.valueOf(plan.term().hours());
        BigDecimal all = rounded.commitmentPerHour().multiply(termHours);
        return switch (plan.payment()) {
            case NO_UPFRONT -> BigDecimal.ZERO;
            case PARTIAL_UPFRONT -> all.divide(BigDecimal.valueOf(2));
            case ALL_UPFRONT -> all;
        };
    }

    /** The purchase option this plan is. */
    public PurchaseOption option() { return PurchaseOption.of(plan); }

    static BigDecimal round(BigDecimal commitment) { return commitment.setScale(COMMITMENT_DECIMALS, RoundingMode.HALF_UP); }

}
