package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.Basis;
import dev.costbench.model.AutoScalingGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoScalingGroupPricingTest {

    @Test
    void fourM5XlargeOnDemand() {
        BlockCost b = one(AutoScalingGroup.of("web", "web", "m5.xlarge", 2, 4, 8));
        // 4 × $0.192 × 730 h = $560.64
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("560.64", od.monthlyEffective());
        assertExactly("0", od.upfront());
        CostLine l = line(od, "ec2.instances");
        assertExactly("4", l.quantity());
        assertExactly("0.192", l.unitPrice());
        assertEquals(Charge.HOURLY, l.charge());
        assertEquals("4 × m5.xlarge", b.keySize());
        assertEquals(PurchaseOption.ON_DEMAND, b.chosenOption());
    }

    @ParameterizedTest(name = "2 × m5.large {0}")
    @CsvSource({
            // key,                              upfront, recurring, effective
            // 2 × $0.06 × 730
            "reserved/1y/standard/no-upfront,         0,  87.60,  87.60",
            // 2 × $252; 2 × $0.029 × 730 = 42.34; + 504 / 12 = 42
            "reserved/1y/standard/partial-upfront,  504,  42.34,  84.34",
            // 2 × $494 = 988; 988 / 12 = 82.333
            "reserved/1y/standard/all-upfront,      988,   0.00,  82.33",
            // 2 × $0.071 × 730
            "reserved/1y/convertible/no-upfront,      0, 103.66, 103.66",
            // 2 × $294 = 588; 2 × $0.034 × 730 = 49.64; + 588 / 12 = 49
            "reserved/1y/convertible/partial-upfront, 588, 49.64, 98.64",
            // 2 × $577 = 1154; 1154 / 12 = 96.1667
            "reserved/1y/convertible/all-upfront,  1154,   0.00,  96.17",
            // 2 × $0.041 × 730
            "reserved/3y/standard/no-upfront,         0,  59.86,  59.86",
            // 2 × $505 = 1010; 2 × $0.019 × 730 = 27.74; + 1010 / 36 = 28.0556
            "reserved/3y/standard/partial-upfront, 1010,  27.74,  55.80",
            // 2 × $949 = 1898; 1898 / 36 = 52.7222
            "reserved/3y/standard/all-upfront,     1898,   0.00,  52.72",
            // 2 × $0.049 × 730
            "reserved/3y/convertible/no-upfront,      0,  71.54,  71.54",
            // 2 × $592 = 1184; 2 × $0.023 × 730 = 33.58; + 1184 / 36 = 32.8889
            "reserved/3y/convertible/partial-upfront, 1184, 33.58, 66.47",
            // 2 × $1161 = 2322; 2322 / 36 = 64.5
            "reserved/3y/convertible/all-upfront,  2322,   0.00,  64.50",
    })
    void everyReservedOfferOfM5Large(String key, String upfront, String recurring, String effective) {
        OptionCost ri = option(one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2)), PurchaseOption.parse(key));
        assertCents(upfront, ri.upfront());
        assertCents(recurring, ri.monthlyRecurring());
        assertCents(effective, ri.monthlyEffective());
        assertEquals(Basis.PUBLISHED, ri.basis());
    }

    @Test
    void reservedUpfrontIsAnUpfrontLinePerInstanceWithTheTerm() {
        OptionCost ri = option(one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2)), PurchaseOption.parse("reserved/3y/standard/partial-upfront"));
        CostLine fee = line(ri, "ri.upfront");
        assertEquals(Charge.UPFRONT, fee.charge());
        assertExactly("2", fee.quantity());
        assertExactly("505", fee.unitPrice());
        assertEquals(36, fee.termMonths());
        assertExactly("1010", fee.upfront());
        CostLine hourly = line(ri, "ri.hourly");
        assertExactly("0.019", hourly.unitPrice());
        // all upfront: the fee only, no $0 hourly line; the Spot part stands at 0 instances, for an edit to raise
        OptionCost all = option(one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2)), PurchaseOption.parse("reserved/1y/standard/all-upfront"));
        assertEquals(List.of("ri.upfront", "ec2.spot"), all.lines().stream().map(CostLine::component).toList());
        assertExactly("0", line(all, "ec2.spot").quantity());
    }

    @ParameterizedTest(name = "Compute SP 1y {0}")
    @CsvSource({
            // 2 × $0.06912 × 730 = 100.9152, paid hourly
            "no-upfront,        0.00,  100.92, 100.92",
            // half of 2 × 0.06912 × 8760 = 605.4912 upfront; half hourly 2 × 0.03456 × 730 = 50.4576
            "partial-upfront, 605.49,   50.46, 100.92",
            // the whole year's commitment 2 × 0.06912 × 8760 = 1210.9824 upfront
            "all-upfront,    1210.98,    0.00, 100.92",
    })
    void computeSavingsPlanPaymentOptions(String payment, String upfront, String recurring, String effective) {
        OptionCost sp = option(one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2)), PurchaseOption.parse("savings-plan/compute/1y/" + payment));
        assertCents(upfront, sp.upfront());
        assertCents(recurring, sp.monthlyRecurring());
        assertCents(effective, sp.monthlyEffective());
        assertEquals(Basis.ESTIMATED, sp.basis(), "the SP rate is an estimate, so the option is");
    }

    @Test
    void savingsPlanAllUpfrontLineCarriesTheTermCommitmentPerInstance() {
        OptionCost sp = option(one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2)), PurchaseOption.parse("savings-plan/compute/1y/all-upfront"));
        CostLine l = line(sp, "sp.upfront");
        // $0.06912 × 8760 h = $605.4912 per instance for the year
        assertExactly("605.4912", l.unitPrice());
        assertExactly("2", l.quantity());
        assertEquals(12, l.termMonths());
    }

    @Test
    void missingSavingsPlanRateIsReportedNotZero() {
        BlockCost b = one(AutoScalingGroup.of("a", "a", "m5.large", 2, 2, 2));
        OptionCost sp = option(b, PurchaseOption.parse("savings-plan/compute/3y/no-upfront"));
        assertEquals(OptionCost.Status.MISSING, sp.status());
        assertNull(sp.monthlyEffective());
        assertEquals("savings-plan compute/3y/no-upfront m5.large in us-east-1", sp.missing().get(0).describe());
        assertTrue(b.missing().contains(sp.missing().get(0)));
    }

    @Test
    void missingReservedRateOfAnotherType() {
        OptionCost ri = option(one(AutoScalingGroup.of("a", "a", "m5.xlarge", 4, 4, 4)), PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertEquals(OptionCost.Status.MISSING, ri.status());
        assertEquals("ec2 reserved 1y/standard/no-upfront m5.xlarge in us-east-1", ri.missing().get(0).describe());
        assertTrue(ri.reason().contains("m5.xlarge"));
    }

    @Test
    void spotPricesEveryInstanceAtSpot() {
        // 4 × $0.0792 × 730 = 231.264
        OptionCost spot = option(one(AutoScalingGroup.of("a", "a", "m5.xlarge", 4, 4, 4)), PurchaseOption.SPOT);
        assertExactly("231.264", spot.monthlyEffective());
        assertEquals(List.of("ec2.spot"), spot.lines().stream().map(CostLine::component).toList());
    }

    @Test
    void mixedPolicySplitsOnDemandAndSpot() {
        // 10 instances, base 2, 25% above: On-Demand 2 + ceil(0.25 × 8) = 4, Spot 6
        // 4 × 0.192 × 730 = 560.64; 6 × 0.0792 × 730 = 346.896; total 907.536
        BlockCost b = one(AutoScalingGroup.of("a", "a", "m5.xlarge", 10, 10, 10).withMixedPolicy(2, 25));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("907.536", od.monthlyEffective());
        assertExactly("4", line(od, "ec2.instances").quantity());
        assertExactly("6", line(od, "ec2.spot").quantity());
        assertEquals("10 × m5.xlarge (6 on Spot)", b.keySize());
    }

    @Test
    void mixedPolicyOnDemandPartTakesTheReservedOffer() {
        // 5 instances, base 1, 50% above: On-Demand 1 + ceil(0.5 × 4) = 3 on RI, 2 on Spot
        // upfront 3 × 252 = 756; recurring 3 × 0.029 × 730 = 63.51 + 2 × 0.0537 × 730 = 78.402 → 141.912
        // effective 141.912 + 756 / 12 = 204.912
        OptionCost ri = option(one(AutoScalingGroup.of("a", "a", "m5.large", 5, 5, 5).withMixedPolicy(1, 50)),
                PurchaseOption.parse("reserved/1y/standard/partial-upfront"));
        assertExactly("756", ri.upfront());
        assertExactly("141.912", ri.monthlyRecurring());
        assertCents("204.91", ri.monthlyEffective());
    }

    @Test
    void mixedPolicyRoundsTheOnDemandShareUp() {
        // 9 instances, base 2, 25% above: 2 + ceil(0.25 × 7 = 1.75) = 4 On-Demand, 5 Spot
        OptionCost od = option(one(AutoScalingGroup.of("a", "a", "m5.xlarge", 9, 9, 9).withMixedPolicy(2, 25)), PurchaseOption.ON_DEMAND);
        assertExactly("4", line(od, "ec2.instances").quantity());
        assertExactly("5", line(od, "ec2.spot").quantity());
    }

    @Test
    void gp3VolumesArePaidUnderEveryOption() {
        BlockCost b = one(AutoScalingGroup.of("a", "a", "m5.xlarge", 4, 4, 4).withEbsGbPerInstance(100));
        // 560.64 + 4 × 100 GB × $0.08 = 560.64 + 32 = 592.64
        assertExactly("592.64", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        // 231.264 + 32
        assertExactly("263.264", option(b, PurchaseOption.SPOT).monthlyEffective());
        CostLine ebs = line(option(b, PurchaseOption.SPOT), "ebs.gp3");
        assertExactly("400", ebs.quantity());
        assertEquals(Charge.MONTHLY, ebs.charge());
    }

    @Test
    void rangeRunsFromMinToMaxUnderTheChosenOption() {
        BlockCost b = one(AutoScalingGroup.of("a", "a", "m5.xlarge", 2, 4, 8).withEbsGbPerInstance(100));
        // min: 2 × 140.16 + 200 × 0.08 = 296.32; expected 592.64; max: 8 × 140.16 + 800 × 0.08 = 1185.28
        assertExactly("296.32", b.range().min());
        assertExactly("592.64", b.range().expected());
        assertExactly("1185.28", b.range().max());
    }

    @Test
    void desiredOutsideMinMaxIsAWarning() {
        BlockCost b = one(AutoScalingGroup.of("a", "a", "m5.xlarge", 2, 9, 8));
        assertEquals(List.of("desired 9 is outside min..max 2..8"), b.warnings());
    }
}
