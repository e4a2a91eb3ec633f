package dev.costbench.workshop;

import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optimizer on hand-built hourly usage, checked against hand arithmetic and against a brute-force search over
 * commitments in $0.01 steps that applies AWS's rule itself (below, independent of the optimizer's sweep).
 */
class SavingsPlanOptimizerTest {
    static final SavingsPlanKey COMPUTE_1Y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
    static final SavingsPlanKey EC2_1Y = new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.NO_UPFRONT);

    static PlanUsage usage(String key, String od, String sp, IntFunction<Integer> unitsAt) {
        List<BigDecimal> units = new ArrayList<>();
        for (int h = 0; h < 168; h++) units.add(BigDecimal.valueOf(unitsAt.apply(h)));
        return new PlanUsage(key, key, PlanUsage.Service.EC2, key.substring(0, 2), "us-east-1", "instances", new BigDecimal(od),
                Map.of(COMPUTE_1Y, new BigDecimal(sp), EC2_1Y, new BigDecimal(sp)), units, Set.of("b1"));
    }

    static SavingsPlanSizing optimize(PlanUsage... usages) {
        return new SavingsPlanOptimizer(HourlyUsage.of("us-east-1", List.of(usages))).optimize(COMPUTE_1Y);
    }

    @Test
    void flatLoadIsCoveredCompletely() {
        // 10 units all week at $1.00 On-Demand, $0.60 under the plan: covering all of it needs 10 × 0.60 = $6.00/h
        SavingsPlanSizing s = optimize(usage("m5", "1.00", "0.60", h -> 10));
        assertEquals(new BigDecimal("6.000"), s.commitmentPerHour());
        // 6 × 730 = 4,380 a month against 10 × 730 = 7,300 On-Demand: 2,920 saved, 100% covered and used
        assertCents("4380", s.exact().monthlyCost());
        assertCents("7300", s.exact().onDemandMonthly());
        assertCents("2920", s.exact().savingVsOnDemand());
        assertEquals(new BigDecimal("100.00"), s.exact().coveragePct());
        assertEquals(new BigDecimal("100.00"), s.exact().utilizationPct());
        // break-even utilization = plan rate ÷ On-Demand rate = 60%
        assertEquals(new BigDecimal("60.00"), s.exact().breakEvenUtilizationPct());
        assertBruteForceAgrees(s, usage("m5", "1.00", "0.60", h -> 10));
    }

    @Test
    void shortPeaksAreLeftOnDemand() {
        // 10 units for 50 hours, 2 units for 118: above $1.20/h (2 × 0.60) an extra dollar pays 168 hours but saves
        // 1 ÷ 0.60 of On-Demand in only 50 of them: slope 168 − 50/0.6 = 84.7 > 0, so the optimum is $1.20
        PlanUsage u = usage("m5", "1.00", "0.60", h -> h % 24 >= 8 && h % 24 < 18 && h / 24 < 5 ? 10 : 2);
        SavingsPlanSizing s = optimize(u);
        assertEquals(new BigDecimal("1.200"), s.commitmentPerHour());
        // a week: 168 × 1.20 + 50 × (10 − 2) × 1.00 = 201.60 + 400 = 601.60; a month × 730/168 = 2,614.10
        assertCents("2614.10", s.exact().monthlyCost());
        // On-Demand (50 × 10 + 118 × 2) × 730/168 = 3,198.10; covered 168 × 2 × 730/168 = 1,460
        assertCents("3198.10", s.exact().onDemandMonthly());
        assertEquals(new BigDecimal("45.65"), s.exact().coveragePct());  // 336 ÷ 736
        assertEquals(new BigDecimal("100.00"), s.exact().utilizationPct());
        assertBruteForceAgrees(s, u);
    }

    @Test
    void longPeaksAreWorthCovering() {
        // 10 units for 120 hours, 2 for 48: above $1.20 the slope is 168 − 120/0.6 = −32, so cover the peak: $6.00
        PlanUsage u = usage("m5", "1.00", "0.60", h -> h < 120 ? 10 : 2);
        SavingsPlanSizing s = optimize(u);
        assertEquals(new BigDecimal("6.000"), s.commitmentPerHour());
        // a week: 168 × 6 = 1,008 paid, all usage covered; a month 1,008 × 730/168 = 4,380
        assertCents("4380", s.exact().monthlyCost());
        // used: 120 × 6 + 48 × 1.2 = 777.6 of 1,008 = 77.14%
        assertEquals(new BigDecimal("77.14"), s.exact().utilizationPct());
        assertBruteForceAgrees(s, u);
    }

    @Test
    void theDeepestDiscountIsCoveredFirst() {
        // A: 4 units all week, $1.00 → $0.50 (50% off): $2.00/h covers it.
        // B: 10 units for 20 hours else 1, $1.00 → $0.80 (20% off): the next $0.80 covers B's floor.
        // slopes: below 2.00: 168 − 168 × 2 = −168; 2.00–2.80: 168 − 168 × 1.25 = −42; above 2.80: 168 − 20 × 1.25 = 143
        PlanUsage a = usage("a1", "1.00", "0.50", h -> 4);
        PlanUsage b = usage("b1", "1.00", "0.80", h -> h < 20 ? 10 : 1);
        SavingsPlanSizing s = optimize(b, a);
        assertEquals(new BigDecimal("2.800"), s.commitmentPerHour());
        // a week: 168 × 2.80 + 20 × 9 × 1.00 = 470.40 + 180 = 650.40; a month × 730/168 = 2,826.14
        assertCents("2826.14", s.exact().monthlyCost());
        // covered 168 × 4 + 168 × 1 = 840 of 1,020 On-Demand a week; used all of it: break-even = 470.4 ÷ 840 = 56%
        assertEquals(new BigDecimal("56.00"), s.exact().breakEvenUtilizationPct());
        assertBruteForceAgrees(s, a, b);
    }

    @Test
    void anOptimumBetweenCentsIsReportedExactlyAndRounded() {
        // 7 units at $0.333 under the plan: the optimum is 7 × 0.333 = $2.331, bought as $2.331
        PlanUsage u = usage("m5", "0.50", "0.333", h -> 7);
        SavingsPlanSizing s = optimize(u);
        assertExactly("2.331", s.exact().commitmentPerHour());
        assertEquals(new BigDecimal("2.331"), s.commitmentPerHour());
        // the cent grid cannot reach $2.331: the brute force finds no lower cost than the exact optimum
        BigDecimal brute = bruteForce(List.of(u))[1];
        assertTrue(s.exact().monthlyCost().compareTo(brute) <= 0);
        // 2.331 × 730 = 1,701.63
        assertCents("1701.63", s.exact().monthlyCost());
    }

    @Test
    void spikyLoadWithManyLevelsMatchesTheBruteForce() {
        // three usages, spikes of different heights every few hours
        PlanUsage a = usage("a1", "0.40", "0.28", h -> h % 7 == 0 ? 9 : 3);
        PlanUsage b = usage("b1", "0.20", "0.12", h -> h % 5 == 0 ? 20 : h % 3 == 0 ? 6 : 1);
        PlanUsage c = usage("c1", "1.00", "0.71", h -> h >= 100 && h < 140 ? 5 : 0);
        assertBruteForceAgrees(optimize(a, b, c), a, b, c);
    }

    @Test
    void aHandSetCommitmentGetsTheSameFigures() {
        PlanUsage u = usage("m5", "1.00", "0.60", h -> h % 24 >= 8 && h % 24 < 18 && h / 24 < 5 ? 10 : 2);
        SavingsPlanSizing s = new SavingsPlanOptimizer(HourlyUsage.of("us-east-1", List.of(u))).evaluate(COMPUTE_1Y, new BigDecimal("5"));
        // a week: 168 × 5 = 840 paid; peak hours: 5 covers 5 ÷ 0.6 = 8.333 of 10 → 1.667 On-Demand × 50 = 83.33;
        // week 923.33 → a month × 730/168 = 4,012.10
        assertCents("4012.10", s.exact().monthlyCost());
        // used: 50 × 5 + 118 × 1.2 = 391.6 of 840 = 46.62%
        assertEquals(new BigDecimal("46.62"), s.exact().utilizationPct());
        assertTrue(s.exact().savingVsOnDemand().signum() < 0, "more than On-Demand");
        assertThrows(IllegalArgumentException.class, () -> new SavingsPlanOptimizer(HourlyUsage.of("us-east-1", List.of(u)))
                .evaluate(COMPUTE_1Y, new BigDecimal("-1")));
    }

    @Test
    void ec2InstancePlansAreSizedPerFamily() {
        PlanUsage m5 = usage("m5", "1.00", "0.60", h -> 10);
        PlanUsage c5 = usage("c5", "1.00", "0.50", h -> 4);
        SavingsPlanSizing s = new SavingsPlanOptimizer(HourlyUsage.of("us-east-1", List.of(m5, c5))).optimize(EC2_1Y);
        // m5 $6.00 + c5 $2.00 = $8.00/h
        assertEquals(2, s.scopes().size());
        assertEquals("c5", s.scopes().get(0).name());
        assertEquals(new BigDecimal("8.000"), s.commitmentPerHour());
        assertCents("5840", s.exact().monthlyCost());   // 8 × 730
        assertThrows(IllegalArgumentException.class, () ->
                new SavingsPlanOptimizer(HourlyUsage.of("us-east-1", List.of(m5, c5))).evaluate(EC2_1Y, BigDecimal.ONE));
    }

    @Test
    void theCurveMarksTheOptimum() {
        SavingsPlanSizing s = optimize(usage("a1", "1.00", "0.50", h -> 4), usage("b1", "1.00", "0.80", h -> h < 20 ? 10 : 1));
        SavingsPlanSizing.Scope scope = s.scopes().get(0);
        CostCurvePoint best = scope.curve().get(scope.optimumIndex());
        assertTrue(best.optimum());
        assertExactly("2.8", best.commitmentPerHour());
        assertCents("2826.14", best.monthlyCost());
        assertExactly("0", scope.curve().get(0).commitmentPerHour());
        for (CostCurvePoint p : scope.curve()) assertTrue(p.monthlyCost().compareTo(best.monthlyCost()) >= 0);
    }

    // ---- the brute force: AWS's rule applied hour by hour at every commitment from $0 in $0.01 steps ----

    private static void assertBruteForceAgrees(SavingsPlanSizing s, PlanUsage... usages) {
        BigDecimal[] brute = bruteForce(List.of(usages));
        assertEquals(0, brute[0].compareTo(s.exact().commitmentPerHour().setScale(2, RoundingMode.HALF_UP)),
                () -> "brute force " + brute[0] + " optimizer " + s.exact().commitmentPerHour());
        assertCents(brute[1].setScale(2, RoundingMode.HALF_UP).toPlainString(), s.exact().monthlyCost());
    }

    /** {best commitment, its monthly cost} over commitments 0, 0.01, … up to the busiest hour's full plan cost. */
    private static BigDecimal[] bruteForce(List<PlanUsage> usages) {
        List<PlanUsage> byDiscount = new ArrayList<>(usages);
        byDiscount.sort(Comparator.comparing(u -> u.planRate(COMPUTE_1Y).divide(u.onDemandRate(), MathContext.DECIMAL128)));
        BigDecimal peak = BigDecimal.ZERO;
        for (int h = 0; h < 168; h++) {
            BigDecimal all = BigDecimal.ZERO;
            for (PlanUsage u : usages) all = all.add(u.unitsPerHour().get(h).multiply(u.planRate(COMPUTE_1Y)));
            peak = peak.max(all);
        }
        BigDecimal best = null, bestCost = null;
        for (BigDecimal c = BigDecimal.ZERO; c.compareTo(peak.add(new BigDecimal("0.01"))) <= 0; c = c.add(new BigDecimal("0.01"))) {
            BigDecimal week = BigDecimal.ZERO;
            for (int h = 0; h < 168; h++) {
                BigDecimal left = c;
                week = week.add(c);
                for (PlanUsage u : byDiscount) {
                    BigDecimal units = u.unitsPerHour().get(h), sp = u.planRate(COMPUTE_1Y), od = u.onDemandRate();
                    BigDecimal coverable = left.divide(sp, MathContext.DECIMAL128).min(units);
                    left = left.subtract(coverable.multiply(sp));
                    week = week.add(units.subtract(coverable).multiply(od));
                }
            }
            BigDecimal month = week.multiply(BigDecimal.valueOf(730)).divide(BigDecimal.valueOf(168), MathContext.DECIMAL128);
            if (bestCost == null || month.setScale(6, RoundingMode.HALF_UP).compareTo(bestCost.setScale(6, RoundingMode.HALF_UP)) < 0) {
                best = c;
                bestCost = month;
            }
        }
        return new BigDecimal[]{best, bestCost};
    }

    static void assertCents(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).setScale(2, RoundingMode.HALF_UP), actual.setScale(2, RoundingMode.HALF_UP),
                () -> "was " + actual.toPlainString());
    }

    static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " was " + actual.toPlainString());
    }
}
