package dev.costbench.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One Savings Plan over the usage it can cover (all of it for a Compute plan, one family for an EC2 Instance plan),
 * applied the way AWS bills it: every hour the commitment pays for usage at the plan's rates, highest discount
 * percentage first, until it is used up; the rest runs On-Demand; unused commitment is still paid.
 * <p>
 * Why the optimum is exact: in one hour the cost is commitment + uncovered On-Demand, which falls with slope
 * −(On-Demand rate ÷ plan rate) of the usage being covered and is flat once the hour is covered; summed over the
 * week it is convex and piecewise linear, with breakpoints where an hour finishes covering one usage. The
 * optimum is the first breakpoint after which the week's slope is no longer negative.
 */
final class PlanScope {
    private static final int HOURS = HourlyUsage.HOURS;
    /** The chart gets at most this many points of the cost curve, the optimum always among them. */
    static final int CURVE_POINTS = 240;

    private final String name;
    private final BigDecimal[] od, plan, ratio;
    /** [hour][usage]: units in that hour, usages ordered by discount, highest first. */
    private final BigDecimal[][] units;
    private final BigDecimal weekOnDemand;
    private final BigDecimal bestRatePerOnDemand;

    PlanScope(String name, List<BigDecimal> onDemandRates, List<BigDecimal> planRates, List<List<BigDecimal>> unitsPerHour) {
        this.name = name;
        int n = onDemandRates.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // plan ÷ On-Demand ascending is discount descending; compare by cross-multiplying, exactly
        Arrays.sort(order, Comparator.comparing((Integer i) -> i, (a, b) ->
                planRates.get(a).multiply(onDemandRates.get(b)).compareTo(planRates.get(b).multiply(onDemandRates.get(a)))));
        od = new BigDecimal[n];
        plan = new BigDecimal[n];
        ratio = new BigDecimal[n];
        units = new BigDecimal[HOURS][n];
        BigDecimal week = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            od[k] = onDemandRates.get(i);
            plan[k] = planRates.get(i);
            ratio[k] = plan[k].signum() == 0 ? null : od[k].divide(plan[k], Optimization.CONTEXT);
            for (int h = 0; h < HOURS; h++) {
                units[h][k] = unitsPerHour.get(i).get(h);
                week = week.add(units[h][k].multiply(od[k]));
            }
        }
        weekOnDemand = week;
        bestRatePerOnDemand = n == 0 || od[0].signum() == 0 ? null : plan[0].divide(od[0], Optimization.CONTEXT);
    }

    String name() { return name; }

    /** The figures at {@code commitment} $/hour, evaluated hour by hour. */
    PlanFigures evaluate(BigDecimal commitment) {
        BigDecimal covered = BigDecimal.ZERO, used = BigDecimal.ZERO;
        for (int h = 0; h < HOURS; h++) {
            BigDecimal left = commitment;
            for (int k = 0; k < od.length && left.signum() > 0; k++) {
                BigDecimal u = units[h][k];
                if (u.signum() == 0) continue;
                BigDecimal atPlan = u.multiply(plan[k]);
                if (left.compareTo(atPlan) >= 0) {
                    covered = covered.add(u.multiply(od[k]));
                    used = used.add(atPlan);
                    left = left.subtract(atPlan);
                } else {
                    covered = covered.add(left.multiply(ratio[k], Optimization.CONTEXT));
                    used = used.add(left);
                    left = BigDecimal.ZERO;
                }
            }
        }
        BigDecimal weekCost = commitment.multiply(Optimization.WEEK_HOURS).add(weekOnDemand).subtract(covered);
        BigDecimal breakEven = covered.signum() > 0 ? Optimization.pct(used, covered)
                : bestRatePerOnDemand == null ? null : bestRatePerOnDemand.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return new PlanFigures(commitment, Optimization.monthOf(weekCost), Optimization.monthOf(weekOnDemand),
                Optimization.monthOf(covered), Optimization.monthOf(used), breakEven);
    }

    /** A breakpoint: in one hour, the commitment at which one usage is fully covered, and how the hour's slope rises there. */
    private record Breakpoint(BigDecimal commitment, BigDecimal slopeRise) {}

    /** The cost-minimizing commitment and the cost curve at the breakpoints. */
    Optimum optimize() {
        List<Breakpoint> points = new ArrayList<>();
        BigDecimal slope = Optimization.WEEK_HOURS;  // d(week cost)/d(commitment): 168 hours of commitment …
        for (int h = 0; h < HOURS; h++) {
            BigDecimal reach = BigDecimal.ZERO;
            BigDecimal current = null;
            for (int k = 0; k < od.length; k++) {
                BigDecimal u = units[h][k];
                if (u.signum() == 0 || ratio[k] == null) continue;
                if (current == null) slope = slope.subtract(ratio[k]);  // … less the On-Demand each $ covers
                else points.add(new Breakpoint(reach, current.subtract(ratio[k])));
                current = ratio[k];
                reach = reach.add(u.multiply(plan[k]));
            }
            if (current != null) points.add(new Breakpoint(reach, current));
        }
        points.sort(Comparator.comparing(Breakpoint::commitment));

        List<BigDecimal[]> curve = new ArrayList<>();
        BigDecimal at = BigDecimal.ZERO, weekCost = weekOnDemand;
        curve.add(new BigDecimal[]{at, weekCost});
        BigDecimal best = slope.signum() >= 0 ? BigDecimal.ZERO : null;
        int bestIndex = best == null ? -1 : 0;
        for (int i = 0; i < points.size(); ) {
            BigDecimal next = points.get(i).commitment();
            weekCost = weekCost.add(slope.multiply(next.subtract(at)));
            at = next;
            while (i < points.size() && points.get(i).commitment().compareTo(next) == 0) slope = slope.add(points.get(i++).slopeRise());
            curve.add(new BigDecimal[]{at, weekCost});
            if (best == null && slope.signum() >= 0) {
                best = at;
                bestIndex = curve.size() - 1;
            }
        }
        if (best == null) {  // no usage at all
            best = BigDecimal.ZERO;
            bestIndex = 0;
        }
        return new Optimum(best, thin(curve, bestIndex));
    }

    /** The cost curve for a chart: monthly cost at each breakpoint, thinned to at most {@link #CURVE_POINTS}. */
    private static Curve thin(List<BigDecimal[]> week, int bestIndex) {
        int step = Math.max(1, (week.size() + CURVE_POINTS - 1) / CURVE_POINTS);
        List<CostCurvePoint> out = new ArrayList<>();
        int optimum = 0;
        for (int i = 0; i < week.size(); i++) {
            boolean keep = i % step == 0 || i == week.size() - 1 || i == bestIndex;
            if (!keep) continue;
            if (i == bestIndex) optimum = out.size();
            out.add(new CostCurvePoint(week.get(i)[0], Optimization.monthOf(week.get(i)[1]), i == bestIndex));
        }
        return new Curve(out, optimum);
    }

    record Curve(List<CostCurvePoint> points, int optimumIndex) {}

    record Optimum(BigDecimal commitment, Curve curve) {}
}
