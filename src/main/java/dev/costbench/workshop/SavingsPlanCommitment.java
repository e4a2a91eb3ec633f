package dev.costbench.workshop;

import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;

import java.math.BigDecimal;

/**
 * A Savings Plan commitment a facilitator sets on a scenario: the plan, $ per hour, and for an EC2 Instance plan
 * the instance family it covers ({@code scope}; null for a Compute plan).
 */
public record SavingsPlanCommitment(SavingsPlanKey plan, BigDecimal perHour, String scope) {

    public SavingsPlanCommitment {
        if (plan == null) throw new IllegalArgumentException("a commitment names its Savings Plan");
        if (perHour == null || perHour.signum() < 0)
            throw new IllegalArgumentException("a commitment is $0 an hour or more, not " + perHour);
        if (plan.type() == SavingsPlanType.EC2_INSTANCE && (scope == null || scope.isBlank()))
            throw new IllegalArgumentException("an EC2 Instance Savings Plan covers one instance family: name it");
        if (plan.type() == SavingsPlanType.COMPUTE) scope = "compute";
    }

    public static SavingsPlanCommitment compute(SavingsPlanKey plan, BigDecimal perHour) {
        return new SavingsPlanCommitment(plan, perHour, null);
    }

    /** "Compute SP 1y no-upfront $5/h" */
    public String label() {
        return (plan.type() == SavingsPlanType.COMPUTE ? "Compute SP " : "EC2 Instance SP " + scope + " ") + plan.term().key()
                + " " + plan.payment().key() + " $" + perHour.stripTrailingZeros().toPlainString() + "/h";
    }
}
