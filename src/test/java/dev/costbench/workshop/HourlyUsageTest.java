package dev.costbench.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.workshop.SavingsPlanOptimizerTest.assertCents;
import static dev.costbench.workshop.SavingsPlanOptimizerTest.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HourlyUsageTest {
    static final SavingsPlanKey COMPUTE_1Y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);

    private final Scenario scenario = Workshop.scenario("Shop",
            AutoScalingGroup.of("web", "web", "m5.large", 2, 4, 10).withLoadProfile(LoadProfilePresets.businessHours(10, 2)),
            EcsService.fargate("api", "api", BigDecimal.ONE, new BigDecimal("2"), 4),
            LambdaFunction.of("fn", "fn", 1024, 10_000_000, new BigDecimal("100")),
            AutoScalingGroup.of("ri", "reserved", "m5.large", 1, 1, 1).withPurchaseOption(PurchaseOption.parse("reserved/1y/standard/no-upfront")),
            EksNodeGroup.managed("spot", "spot nodes", "prod", "m5.xlarge", 3).withCapacityType(EksNodeGroup.CapacityType.SPOT));

    private final HourlyUsage usage = HourlyUsage.of(scenario, Workshop.ENGINE);

    @Test
    void spendPerHourFollowsTheProfiles() {
        // Monday 09:00 (hour 9): 10 × m5.large 0.096 = 0.96 + 4 Fargate tasks × (0.04048 + 2 × 0.004445) = 0.19748
        // + Lambda 1M GB-s a month spread evenly: 1,000,000 ÷ 730 × 0.0000166667 = 0.0228311
        assertCents("1.18", usage.computeEligibleOnDemand().get(9));
        // Monday 00:00: 2 × 0.096 = 0.192 + 0.19748 + 0.02283
        assertCents("0.41", usage.computeEligibleOnDemand().get(0));
        // EC2 Instance plans cover only the m5 instances
        assertExactly("0.96", usage.ec2InstanceEligibleOnDemand().get(9));
        assertExactly("0.192", usage.ec2InstanceEligibleByFamily().get("m5").get(0));
    }

    @Test
    void reservedAndSpotBlocksAreLeftOut() {
        assertEquals(List.of("ri", "spot"), usage.excluded().stream().map(HourlyUsage.ExcludedBlock::blockId).toList());
    }

    @Test
    void eachBlocksCoverableSpendMatchesTheEnginesOnDemandLines() {
        // web: 736/168 × 0.096 × 730 = 307.02, as the engine prices it
        assertCents("307.02", usage.eligibleMonthlyByBlock().get("web"));
        assertCents(Workshop.ENGINE.price(scenario).block("web").option(PurchaseOption.ON_DEMAND).monthlyEffective().toPlainString(),
                usage.eligibleMonthlyByBlock().get("web"));
        // fn: the duration only, 16.67 (requests are never covered)
        assertCents("16.67", usage.eligibleMonthlyByBlock().get("fn"));
    }

    @Test
    void usagesCarryTheirRatesAndPlanRates() {
        PlanUsage m5 = usage.usages().stream().filter(u -> u.key().equals("ec2:m5.large")).findFirst().orElseThrow();
        assertExactly("0.096", m5.onDemandRate());
        assertExactly("0.06912", m5.planRate(COMPUTE_1Y));
        assertExactly("28", m5.discountPct(COMPUTE_1Y));
        assertEquals("m5", m5.family());
        assertTrue(m5.eligibleFor(SavingsPlanType.EC2_INSTANCE));
    }

    @Test
    void theOptimizerCoversTheFloorOfThisScenario() {
        // plan rates are 72% of On-Demand everywhere. Floor every hour: 2 × 0.06912 + 4 × (0.029146 + 2 × 0.0032004)
        // = 0.13824 + 0.1421872 = $0.2804272/h. Above it only the web peak's 50 hours: 168 − 50 ÷ 0.72 > 0, so stop.
        // (The Lambda has no plan rate in this catalog, so nothing covers it.)
        SavingsPlanSizing s = new SavingsPlanOptimizer(usage).optimize(COMPUTE_1Y);
        assertExactly("0.2804272", s.exact().commitmentPerHour());
        assertEquals(new BigDecimal("0.280"), s.commitmentPerHour());
        assertEquals(new BigDecimal("100.00"), s.exact().utilizationPct());
    }
}
