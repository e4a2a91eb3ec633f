package dev.costbench.pricing.elb;

import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.Money;

import java.math.BigDecimal;

/**
 * Load balancer capacity units an hour: the largest of AWS's dimensions, each divided by what one unit covers.
 * ALB LCU: 25 new connections/s, 3,000 active connections/min, 1 GB processed/h, 1,000 rule evaluations/s.
 * NLB NLCU: 800 new connections/s, 100,000 active connections/min, 1 GB processed/h.
 */
public record CapacityUnits(BigDecimal units, String largestDimension) {

    public static CapacityUnits of(LoadBalancer lb) {
        boolean alb = lb.type() == LoadBalancer.Type.ALB;
        CapacityUnits best = new CapacityUnits(BigDecimal.ZERO, "no traffic set");
        best = larger(best, lb.newConnectionsPerSec(), alb ? 25 : 800, "new connections/s");
        best = larger(best, lb.activeConnectionsPerMin(), alb ? 3_000 : 100_000, "active connections/min");
        best = larger(best, lb.processedGbPerHour(), 1, "GB processed/h");
        if (alb) best = larger(best, lb.ruleEvaluationsPerSec(), 1_000, "rule evaluations/s");
        return best;
    }

    private static CapacityUnits larger(CapacityUnits best, BigDecimal value, int perUnit, String name) {
        if (value == null || value.signum() <= 0) return best;
        BigDecimal units = perUnit == 1 ? value : Money.bounded(Money.divide(value, BigDecimal.valueOf(perUnit)));
        return units.compareTo(best.units) > 0
                ? new CapacityUnits(units, value.stripTrailingZeros().toPlainString() + " " + name + " ÷ " + perUnit)
                : best;
    }
}
