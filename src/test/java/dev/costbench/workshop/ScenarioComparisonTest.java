package dev.costbench.workshop;

import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.workshop.SavingsPlanOptimizerTest.assertCents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScenarioComparisonTest {

    @Test
    void rowsMatchByIdThenNameAndFlagChanges() {
        Scenario a = Workshop.scenario("A", AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4),
                LambdaFunction.of("fn", "thumbs", 1024, 10_000_000, new BigDecimal("100")),
                AutoScalingGroup.of("old", "batch", "m5.large", 1, 1, 1));
        Scenario b = Workshop.scenario("B", AutoScalingGroup.of("web", "web", "m5.xlarge", 8, 8, 8).withPosition(400, 10),
                LambdaFunction.of("fn-2", "thumbs", 1024, 10_000_000, new BigDecimal("100")).withId("fn-2"),
                AutoScalingGroup.of("new", "cache", "m5.large", 2, 2, 2));
        ScenarioComparison c = ScenarioComparison.ofScenarios(List.of(a, b), Workshop.ENGINE);

        assertEquals(List.of("A", "B"), c.scenarios());
        ScenarioComparison.Row web = c.rows().get(0);
        // 4 × 0.192 × 730 = 560.64; 8 × = 1,121.28
        assertCents("560.64", web.costs().get(0));
        assertCents("1121.28", web.costs().get(1));
        assertCents("560.64", web.differences().get(1));
        assertEquals(ScenarioComparison.Change.CHANGED, web.changes().get(1));

        // matched by name; its id differs, so it is changed, at the same cost (10M requests: 2.00 + 16.67)
        ScenarioComparison.Row fn = c.rows().get(1);
        assertEquals("thumbs", fn.name());
        assertCents("18.67", fn.costs().get(1));
        assertCents("0", fn.differences().get(1));

        ScenarioComparison.Row old = c.rows().get(2);
        assertEquals(ScenarioComparison.Change.REMOVED, old.changes().get(1));
        assertNull(old.costs().get(1));
        assertCents("-70.08", old.differences().get(1));  // 1 × 0.096 × 730 gone

        ScenarioComparison.Row added = c.rows().get(3);
        assertEquals(ScenarioComparison.Change.ADDED, added.changes().get(1));
        assertCents("140.16", added.costs().get(1));     // 2 × 0.096 × 730

        // totals 560.64 + 18.67 + 70.08 = 649.39; 1,121.28 + 18.67 + 140.16 = 1,280.11
        assertCents("649.39", c.totals().get(0));
        assertCents("1280.11", c.totals().get(1));
        assertCents("630.72", c.differences().get(1));
    }

    @Test
    void aMovedBlockIsTheSame() {
        Scenario a = Workshop.scenario("A", AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4));
        Scenario b = Workshop.scenario("B", AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4).withPosition(300, 300));
        assertEquals(ScenarioComparison.Change.SAME, ScenarioComparison.ofScenarios(List.of(a, b), Workshop.ENGINE).rows().get(0).changes().get(1));
    }

    @Test
    void aCommitmentIsAppliedToTheTotal() {
        Scenario a = Workshop.scenario("A", AutoScalingGroup.of("web", "web", "m5.large", 4, 4, 4));
        SavingsPlanKey plan = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        CommittedScenario committed = WhatIf.commitment(a, SavingsPlanCommitment.compute(plan, new BigDecimal("0.20")));
        ScenarioComparison c = ScenarioComparison.of(List.of(CommittedScenario.of(a), committed), Workshop.ENGINE);
        // $0.20/h at $0.06912 an instance-hour covers 0.20 × 0.096 / 0.06912 = $0.27778 of On-Demand an hour;
        // an hour costs 0.20 + (4 × 0.096 − 0.27778) = 0.30622; a month × 730 = 223.54 against 280.32 On-Demand
        assertCents("280.32", c.rows().get(0).costs().get(1));   // the block itself runs On-Demand
        ScenarioComparison.Row commitment = c.rows().get(1);
        assertEquals(ScenarioComparison.COMMITMENT_ROW, commitment.blockId());
        assertCents("-56.78", commitment.costs().get(1));
        assertEquals(ScenarioComparison.Change.ADDED, commitment.changes().get(1));
        assertCents("223.54", c.totals().get(1));
        assertCents("-56.78", c.differences().get(1));
    }

    @Test
    void twoToFourScenarios() {
        Scenario a = Workshop.scenario("A");
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.ofScenarios(List.of(a), Workshop.ENGINE));
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.ofScenarios(List.of(a, a, a, a, a), Workshop.ENGINE));
    }

    /** A block whose price is missing adds nothing to its total, and the total says how many it lacks. */
    @Test
    void aTotalWithAMissingPriceSaysSo() {
        // the test catalog has no price for u-6tb1.metal: that group is missing, the other priced
        Scenario base = Workshop.scenario("Base", AutoScalingGroup.of("web", "web", "m5.large", 2, 2, 2),
                AutoScalingGroup.of("big", "in-memory", "u-6tb1.metal", 1, 1, 1));
        Scenario doubled = new WhatIf(Workshop.CATALOG).traffic(base, 2);
        ScenarioComparison c = ScenarioComparison.ofScenarios(List.of(base, doubled), Workshop.ENGINE);
        assertNull(c.rows().get(1).costs().get(0), "the in-memory group is missing");
        assertEquals(List.of(1, 1), c.missing());
        assertEquals(false, c.complete());
        // 2 × 0.096 × 730 = 140.16, and 280.32 at twice the traffic
        assertCents("140.16", c.totals().get(0));
        assertEquals("$140.16 + 1 missing", c.totalText(0));
        assertEquals("$280.32 + 1 missing", c.totalText(1));

        Scenario priced = Workshop.scenario("Priced", AutoScalingGroup.of("web", "web", "m5.large", 2, 2, 2));
        ScenarioComparison whole = ScenarioComparison.ofScenarios(List.of(priced, new WhatIf(Workshop.CATALOG).traffic(priced, 2)), Workshop.ENGINE);
        assertEquals(List.of(0, 0), whole.missing());
        assertEquals("$280.32", whole.totalText(1));
    }
}
