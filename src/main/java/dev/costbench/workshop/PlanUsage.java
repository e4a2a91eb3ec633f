package dev.costbench.workshop;

import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of usage a Savings Plan can cover, summed over the scenario's blocks, hour by hour: e.g. m5.xlarge
 * instances, Fargate x86 vCPU, Lambda x86 duration in the first tier. {@code unitsPerHour} has 168 values
 * (Monday 00:00 first) in {@code unit}s running (or used) in that hour; the On-Demand-equivalent spend of hour h is
 * units × {@code onDemandRate}. {@code planRates} holds the catalog's rate per unit under each Savings Plan that
 * covers this usage (Compute plans cover all of it, EC2 Instance plans only EC2 of {@code family}).
 *
 * @param key    stable id, e.g. {@code ec2:m5.xlarge}, {@code fargate:linux_x86_vcpu_hour}, {@code lambda:duration_x86_tier1}
 * @param family the EC2 instance family (an EC2 Instance Savings Plan's scope in the region), null for Fargate and Lambda
 */
public record PlanUsage(String key, String description, Service service, String family, String region, String unit,
                        BigDecimal onDemandRate, Map<SavingsPlanKey, BigDecimal> planRates, List<BigDecimal> unitsPerHour,
                        Set<String> blockIds) {

    public enum Service { EC2, FARGATE, LAMBDA }

    public PlanUsage {
        planRates = Map.copyOf(planRates);
        unitsPerHour = List.copyOf(unitsPerHour);
        blockIds = Set.copyOf(blockIds);
    }

    /** The On-Demand-equivalent spend in hour {@code h}: units × On-Demand rate. */
    public BigDecimal onDemandAt(int hour) { return unitsPerHour.get(hour).multiply(onDemandRate); }

    /** The rate under {@code plan}, or null when the plan does not cover this usage (or the catalog lacks it). */
    public BigDecimal planRate(SavingsPlanKey plan) { return planRates.get(plan); }

    /** The plan's discount on this usage: 1 − plan rate ÷ On-Demand rate, in percent; null when not covered. */
    public BigDecimal discountPct(SavingsPlanKey plan) {
        BigDecimal r = planRate(plan);
        if (r == null || onDemandRate.signum() == 0) return null;
        return BigDecimal.ONE.subtract(r.divide(onDemandRate, Optimization.CONTEXT)).movePointRight(2);
    }

    public boolean eligibleFor(SavingsPlanType type) { return type == SavingsPlanType.COMPUTE || service == Service.EC2; }
}
