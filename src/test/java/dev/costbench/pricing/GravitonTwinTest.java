package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GravitonTwinTest {

    @Test
    void m5XlargeTwinIsM8gXlargeWithItsSaving() {
        GravitonTwin twin = one(AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4)).graviton();
        assertTrue(twin.available());
        assertEquals("m5.xlarge", twin.fromType());
        assertEquals("m8g.xlarge", twin.twinType());
        // m9g.xlarge ($0.19568) is newer but dearer than m5.xlarge ($0.192); m8g.xlarge ($0.17952) is not
        assertEquals("m5.xlarge → m8g.xlarge: the newest Graviton generation of the m family at size xlarge"
                + " (at least 4 vCPU · 16 GiB) whose On-Demand price ($0.17952/h) is not above m5.xlarge's ($0.192/h)",
                twin.rule());
        // 4 × 0.17952 × 730 = 524.1984; saving (0.192 − 0.17952) × 730 × 4 = 36.4416 = 6.5% of 560.64
        assertExactly("524.1984", twin.options().get(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("36.4416", twin.savingMonthly());
        assertExactly("6.50", twin.savingPct());
        assertEquals(26, twin.options().size());
        // the catalog has no Spot price for m8g.xlarge: the twin's Spot option is missing, not zero
        OptionCost spot = twin.options().get(PurchaseOption.SPOT);
        assertEquals(OptionCost.Status.MISSING, spot.status());
        assertEquals("ec2 spot m8g.xlarge in us-east-1", spot.missing().get(0).describe());
    }

    @Test
    void gravitonTypeOnTheBlockOverridesTheChoice() {
        GravitonTwin twin = one(AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4).withGravitonType("m6g.xlarge")).graviton();
        assertEquals("m6g.xlarge", twin.twinType());
        assertEquals("m5.xlarge → m6g.xlarge: set on the block (gravitonType)", twin.rule());
        // 4 × 0.154 × 730 = 449.68; saving 560.64 − 449.68 = 110.96 = 19.79%
        assertExactly("110.96", twin.savingMonthly());
        assertExactly("19.79", twin.savingPct());
    }

    @Test
    void anX86GravitonTypeIsRefused() {
        GravitonTwin twin = one(AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4).withGravitonType("c5.xlarge")).graviton();
        assertFalse(twin.available());
        assertEquals("gravitonType c5.xlarge is not an arm64 (Graviton) type", twin.reason());
    }

    @Test
    void anArm64BlockHasNoTwin() {
        GravitonTwin twin = one(AutoScalingGroup.of("web", "web", "m7g.xlarge", 4, 4, 4)).graviton();
        assertFalse(twin.available());
        assertEquals("m7g.xlarge is already Graviton (arm64)", twin.reason());
        assertNull(twin.savingMonthly());
    }

    @Test
    void attributeSuffixAndPriceCeilingPickTheGeneration() {
        // m5d.xlarge ($0.226): m8gd.xlarge ($0.23064) is dearer, m7gd.xlarge ($0.2136) is the newest not above it
        assertEquals("m7gd.xlarge", one(AutoScalingGroup.of("a", "a", "m5d.xlarge", 1, 1, 1)).graviton().twinType());
        assertEquals("m8g.large", one(AutoScalingGroup.of("a", "a", "m5.large", 1, 1, 1)).graviton().twinType());
        assertEquals("c8g.xlarge", one(AutoScalingGroup.of("a", "a", "c5.xlarge", 1, 1, 1)).graviton().twinType());
    }

    @Test
    void whenEveryCandidateCostsMoreTheCheapestIsTaken() {
        PriceCatalog only = PriceCatalog.builder().region("us-east-1")
                .instanceType(new InstanceType("m5.xlarge", "m5", "xlarge", 4, new BigDecimal("16"), Set.of(Architecture.X86_64), "Intel", 58, true))
                .instanceType(new InstanceType("m9g.xlarge", "m9g", "xlarge", 4, new BigDecimal("16"), Set.of(Architecture.ARM64), "Graviton5", 118, true))
                .onDemand("us-east-1", "m5.xlarge", new Rate(new BigDecimal("0.192"), "hour", ReferenceCatalog.OD))
                .onDemand("us-east-1", "m9g.xlarge", new Rate(new BigDecimal("0.19568"), "hour", ReferenceCatalog.OD))
                .build();
        CostReport r = new PricingEngine(only).price(new Scenario("s", "us-east-1",
                List.of(AutoScalingGroup.of("a", "a", "m5.xlarge", 1, 1, 1)), List.of(), PurchaseOption.ON_DEMAND, false));
        GravitonTwin twin = r.blocks().get(0).graviton();
        assertEquals("m9g.xlarge", twin.twinType());
        assertTrue(twin.rule().contains("so the cheapest candidate ($0.19568/h)"), twin.rule());
        // the twin costs more: (0.192 − 0.19568) × 730 = −2.6864
        assertExactly("-2.6864", twin.savingMonthly());
    }

    @Test
    void savingIsUnderTheBlocksChosenOptionAndAbsentWhenTheTwinLacksThatPrice() {
        // EKS spot nodes are bought at Spot; the catalog has no Spot price for m8g.xlarge, so no saving is claimed
        BlockCost b = one(EksNodeGroup.managed("ng", "ng", "c", "m5.xlarge", 3).withCapacityType(EksNodeGroup.CapacityType.SPOT));
        assertEquals(PurchaseOption.SPOT, b.chosenOption());
        assertTrue(b.graviton().available());
        assertNull(b.graviton().savingMonthly());
    }

    @Test
    void anArm64FargateTwinIsComparedAtFargateSpotToo() {
        // x86 Fargate tasks bought at Fargate Spot: 10 × 0.01458 × 730 + 20 × 0.0016 × 730 = 129.794
        // Fargate Spot runs arm64 on ECS; the arm64 Spot rates are estimated as x86 Spot × arm ÷ x86 On-Demand:
        // 10 × 0.01458 × (0.03238 ÷ 0.04048) × 730 + 20 × 0.0016 × (0.00356 ÷ 0.004445) × 730 = 85.1367 + 18.7090 = 103.8457
        // saving 129.794 − 103.8457 = 25.95
        BlockCost b = one(EcsService.fargate("s", "s", BigDecimal.ONE, new BigDecimal("2"), 10).withPurchaseOption(PurchaseOption.SPOT));
        assertEquals(PurchaseOption.SPOT, b.chosenOption());
        assertEquals(OptionCost.Status.PRICED, b.graviton().options().get(PurchaseOption.SPOT).status());
        Pricing.assertCents("25.95", b.graviton().savingMonthly());
    }

    @Test
    void gravitonTotalUsesEachTwinUnderTheChosenOption() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false, AutoScalingGroup.of("web", "web", "m5.xlarge", 4, 4, 4),
                AutoScalingGroup.of("arm", "arm", "m7g.xlarge", 1, 1, 1));
        // web on m8g.xlarge: 524.1984; arm has no twin and counts as itself: 0.1632 × 730 = 119.136
        assertExactly("643.3344", r.gravitonChosenMonthly());
    }
}
