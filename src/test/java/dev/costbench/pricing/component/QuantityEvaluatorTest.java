package dev.costbench.pricing.component;

import dev.costbench.pricing.asg.MixedInstancesSplit;
import dev.costbench.pricing.lambda.DurationTiers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's figures come from evaluating the rules: hand-worked cases of each operation. */
class QuantityEvaluatorTest {

    private static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " was " + actual.toPlainString());
    }

    @Test
    void aMixedInstancesGroupRoundsItsOnDemandShareUp() {
        // 7 instances, base 1, 50 % above: 1 + ceil(0.5 × 6) = 4 On-Demand, 3 on Spot
        MixedInstancesSplit.Rules r = MixedInstancesSplit.rules(7, 1, 50, null);
        assertExactly("4", r.onDemand().value());
        assertExactly("3", r.spot().value());
        // 8 instances: 1 + ceil(0.5 × 7 = 3.5) = 5 On-Demand
        assertExactly("5", MixedInstancesSplit.rules(8, 1, 50, null).onDemand().value());
        // fewer instances than the base: all On-Demand, min(2, 3 + ceil(0.5 × max(2 − 3, 0))) = 2
        assertExactly("2", MixedInstancesSplit.rules(2, 3, 50, null).onDemand().value());
        assertEquals(new MixedInstancesSplit(4, 3), MixedInstancesSplit.of(7, 1, 50));
    }

    @Test
    void durationTiersAreBandsOfTheBillableGbSeconds() {
        // x86: 20B GB-s = 6B in the first tier, 9B in the second, the 5B above 15B in the third
        BigDecimal[] t = DurationTiers.X86.split(new BigDecimal("20000000000"));
        assertExactly("6000000000", t[0]);
        assertExactly("9000000000", t[1]);
        assertExactly("5000000000", t[2]);
        // arm64: 7B GB-s all in the first tier (7.5B), nothing above
        BigDecimal[] arm = DurationTiers.ARM.split(new BigDecimal("7000000000"));
        assertExactly("7000000000", arm[0]);
        assertExactly("0", arm[1]);
        assertExactly("0", arm[2]);
    }

    @Test
    void quotientsKeepTenPlacesAndSettingsChooseTheirBranch() {
        Quantity third = Quantity.div(Quantity.Constant.of(1), Quantity.Constant.of(3));
        assertExactly("0.3333333333", third.value());
        Quantity.Input requests = Quantity.Input.number("requests", "Requests", "per month", null, 1_500_000);
        Quantity used = Quantity.min(requests, Quantity.Constant.of(1_000_000));
        assertExactly("1000000", new Quantity.If(Quantity.LAMBDA_FREE_TIER, true, used, Quantity.Constant.of(0)).value());
        assertExactly("0", new Quantity.If(Quantity.LAMBDA_FREE_TIER, false, used, Quantity.Constant.of(0)).value());
        // a named figure keeps the value it was built with: 1.5M − 1M = 500,000
        assertExactly("500000", Quantity.Named.of("billable", "Billable", "requests", null, Quantity.sub(requests, used)).value());
    }
}
