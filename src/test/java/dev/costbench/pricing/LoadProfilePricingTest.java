package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertMonthly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind with a load profile: hour-weighted costs and the range at the quietest and busiest hour. */
class LoadProfilePricingTest {

    /** Mon–Fri 08–18 (50 of 168 hours) at {@code peak}, else {@code floor}; written out rather than taken from the presets. */
    static LoadProfile businessHours(double peak, double floor) {
        List<Double> hours = new ArrayList<>();
        for (int h = 0; h < 168; h++) hours.add(h / 24 < 5 && h % 24 >= 8 && h % 24 < 18 ? peak : floor);
        return new LoadProfile("business-hours", hours);
    }

    @Test
    void autoScalingGroupCostsTheHourWeightedAverageCount() {
        BlockCost b = one(AutoScalingGroup.of("web", "web", "m5.xlarge", 2, 4, 10).withLoadProfile(businessHours(10, 2)));
        // (50 × 10 + 118 × 2) ÷ 168 = 736 ÷ 168 = 4.381 instances × $0.192 × 730 = 614.03
        assertMonthly("614.03", option(b, PurchaseOption.ON_DEMAND));
        // range: the quietest hour all month 2 × 0.192 × 730 = 280.32; the busiest 10 × 0.192 × 730 = 1,401.60
        assertCents("280.32", b.range().min());
        assertCents("614.03", b.range().expected());
        assertCents("1401.60", b.range().max());
        assertEquals("4.38 × m5.xlarge on average (profile 2–10)", b.keySize());
    }

    @Test
    void reservedInstancesCoverTheCountRunningEveryHourAndTheRestRunsOnDemand() {
        BlockCost b = one(AutoScalingGroup.of("web", "web", "m5.large", 2, 4, 10).withLoadProfile(businessHours(10, 2)));
        OptionCost ri = option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        // 2 reserved × 0.06 × 730 = 87.60; above them (736 − 336) ÷ 168 = 2.381 × 0.096 × 730 = 166.86; 254.46
        assertMonthly("254.46", ri);
        Pricing.assertExactly("2", line(ri, "ri.hourly").quantity());
    }

    @Test
    void theMixedPolicySplitsEveryHour() {
        AutoScalingGroup asg = AutoScalingGroup.of("web", "web", "m5.xlarge", 2, 4, 10).withMixedPolicy(1, 50)
                .withLoadProfile(businessHours(10, 2));
        // 10 → 1 + ceil(50% × 9) = 6 On-Demand, 4 Spot; 2 → 1 + ceil(50% × 1) = 2 On-Demand
        // On-Demand (50 × 6 + 118 × 2) ÷ 168 = 536/168 × 0.192 × 730; Spot 200/168 × 0.0792 × 730; 516.01
        assertMonthly("516.01", option(one(asg), PurchaseOption.ON_DEMAND));
    }

    @Test
    void fargateServiceTasksFollowTheProfile() {
        EcsService s = EcsService.fargate("api", "api", BigDecimal.ONE, new BigDecimal("2"), 4).withLoadProfile(businessHours(10, 2));
        BlockCost b = one(s);
        // a task: 0.04048 + 2 × 0.004445 = 0.04937 an hour; 736/168 tasks × 0.04937 × 730 = 157.89
        assertMonthly("157.89", option(b, PurchaseOption.ON_DEMAND));
        // 2 tasks all month 72.08; 10 tasks 360.40
        assertCents("72.08", b.range().min());
        assertCents("360.40", b.range().max());
    }

    @Test
    void eksNodesFollowTheProfileAndTheClusterFeeDoesNot() {
        EksNodeGroup g = EksNodeGroup.managed("n", "nodes", "prod", "m5.xlarge", 3).withLoadProfile(businessHours(10, 2));
        // 614.03 for the nodes (as the ASG above) + 0.10 × 730 = 73 cluster fee
        BlockCost b = one(g);
        assertMonthly("687.03", option(b, PurchaseOption.ON_DEMAND));
        // 2 nodes 280.32 + 73
        assertCents("353.32", b.range().min());
    }

    @Test
    void batchProfileIsJobsRunningAtOnce() {
        BatchQueue q = new BatchQueue("q", "etl", 0, 0, null, BatchQueue.Compute.EC2, "m5.xlarge", 1000, new BigDecimal("2"),
                new BigDecimal("4"), new BigDecimal("30"), Architecture.X86_64, null, businessHours(5, 0));
        // 2 jobs per m5.xlarge; 5 jobs → ceil(5/2) = 3 instances for 50 hours a week = 150 instance-hours a week;
        // a month 150 × 730 ÷ 168 = 651.79 instance-hours × 0.192 = 125.14
        assertMonthly("125.14", option(one(q), PurchaseOption.ON_DEMAND));
    }

    @Test
    void lambdaProfileIsAShapeThatKeepsTheMonthsRequests() {
        LambdaFunction f = LambdaFunction.of("f", "fn", 1024, 10_000_000, new BigDecimal("100")).withLoadProfile(businessHours(10, 2));
        BlockCost b = one(f);
        // 10M × $0.20/M = 2.00; 10M × 0.1 s × 1 GB = 1M GB-s × 0.0000166667 = 16.67; 18.67 with or without the profile
        assertMonthly("18.67", option(b, PurchaseOption.ON_DEMAND));
        // quietest hour: 2 of a mean 736/168 → 10M × 336/736 = 4,565,217 requests: 0.913 + 7.609 = 8.52
        assertCents("8.52", b.range().min());
        // busiest: 10M × 1680/736 = 22,826,087 requests: 4.565 + 38.043 = 42.61
        assertCents("42.61", b.range().max());
    }
}
