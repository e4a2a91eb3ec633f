package dev.costbench.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.workshop.SavingsPlanOptimizerTest.assertCents;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WhatIfTest {
    private final WhatIf whatIf = new WhatIf(Workshop.CATALOG);

    private final Scenario base = Workshop.scenario("Base",
            AutoScalingGroup.of("web", "web", "m5.xlarge", 2, 3, 5).withLoadProfile(LoadProfilePresets.businessHours(10, 2)),
            EcsService.fargate("api", "api", BigDecimal.ONE, new BigDecimal("2"), 10),
            EksNodeGroup.managed("nodes", "nodes", "prod", "m5.xlarge", 3),
            LambdaFunction.of("fn", "fn", 1024, 10_000_000, new BigDecimal("100")));

    @Test
    void trafficScalesCountsRoundingUp() {
        Scenario s = whatIf.traffic(base, 1.5);
        AutoScalingGroup web = (AutoScalingGroup) s.block("web").orElseThrow();
        // 2, 3, 5 × 1.5 = 3, 4.5 → 5, 7.5 → 8; profile 10 → 15 and 2 → 3
        assertEquals(List.of(3, 5, 8), List.of(web.min(), web.desired(), web.max()));
        assertEquals(15.0, web.loadProfile().hours().get(9));
        assertEquals(3.0, web.loadProfile().hours().get(0));
        assertEquals(15, ((EcsService) s.block("api").orElseThrow()).tasks());
        assertEquals(5, ((EksNodeGroup) s.block("nodes").orElseThrow()).desired());      // 4.5 → 5
        assertEquals(15_000_000, ((LambdaFunction) s.block("fn").orElseThrow()).requestsPerMonth());
        assertEquals("Base · traffic ×1.5", s.name());
        assertEquals(3, ((AutoScalingGroup) base.block("web").orElseThrow()).desired(), "the given scenario is untouched");
    }

    @Test
    void spotShareSetsEachKindsSpotSetting() {
        Scenario s = whatIf.spotShare(base, 60);
        AutoScalingGroup web = (AutoScalingGroup) s.block("web").orElseThrow();
        assertEquals(0, web.onDemandBase());
        assertEquals(40, web.onDemandPercentAboveBase());
        assertEquals(List.of(new CapacityProviderShare("FARGATE", 0, 40), new CapacityProviderShare("FARGATE_SPOT", 0, 60)),
                ((EcsService) s.block("api").orElseThrow()).capacityProviders());
        assertEquals(EksNodeGroup.CapacityType.SPOT, ((EksNodeGroup) s.block("nodes").orElseThrow()).capacityType());

        // 10 Fargate tasks: 10 × 40/100 = 4 on FARGATE, 6 on FARGATE_SPOT
        // 4 × (0.04048 + 2 × 0.004445) × 730 = 144.16; 6 × (0.01458 + 2 × 0.0016) × 730 = 77.88; 222.04
        CostReport r = Workshop.ENGINE.price(s);
        assertCents("222.04", r.block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void gravitonSwitchesEveryBlockToItsTwinAndBack() {
        Scenario on = whatIf.graviton(base, true);
        // m5.xlarge → m8g.xlarge: newest Graviton xlarge priced at or below $0.192 (m9g is $0.19568)
        assertEquals("m8g.xlarge", ((AutoScalingGroup) on.block("web").orElseThrow()).instanceType());
        assertEquals("m8g.xlarge", ((EksNodeGroup) on.block("nodes").orElseThrow()).instanceType());
        assertEquals(Architecture.ARM64, ((EcsService) on.block("api").orElseThrow()).architecture());
        assertEquals(Architecture.ARM64, ((LambdaFunction) on.block("fn").orElseThrow()).architecture());
        assertEquals("Base · Graviton", on.name());

        Scenario off = whatIf.graviton(on, false);
        assertEquals("m5.xlarge", ((AutoScalingGroup) off.block("web").orElseThrow()).instanceType());
        assertEquals(Architecture.X86_64, ((LambdaFunction) off.block("fn").orElseThrow()).architecture());
    }

    @Test
    void commitmentKeepsTheDesignAndNamesThePlan() {
        SavingsPlanKey plan = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        CommittedScenario c = WhatIf.commitment(base, SavingsPlanCommitment.compute(plan, new BigDecimal("5")));
        assertEquals("Base · Compute SP 1y no-upfront $5/h", c.name());
        assertEquals(base.blocks(), c.scenario().blocks());
    }
}
