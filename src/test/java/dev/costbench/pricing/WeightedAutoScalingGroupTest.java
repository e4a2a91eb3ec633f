package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto Scaling groups with several weighted instance types (mixed-instances policy overrides), and the gp3 IOPS and
 * throughput of Auto Scaling groups and fixed EC2 instances. Rates: the test catalog's us-east-1 (m5.large $0.096,
 * Spot $0.0537; m5.xlarge $0.192, Spot $0.0792) and the shipped catalog's eu-west-1.
 */
class WeightedAutoScalingGroupTest {

    private static AutoScalingGroup group(int desired, int base, int pct, AutoScalingGroup.OnDemandAllocation allocation,
                                          InstanceOverride... types) {
        return AutoScalingGroup.of("web", "web", types[0].instanceType(), 0, desired, 2 * desired)
                .withMixedPolicy(base, pct).withOverrides(List.of(types)).withOnDemandAllocation(allocation);
    }

    @Test
    void prioritizedOnDemandOnTheFirstTypeSpotSpreadEvenlyInstancesRoundedUp() {
        BlockCost b = one(group(10, 2, 50, AutoScalingGroup.OnDemandAllocation.PRIORITIZED,
                new InstanceOverride("m5.xlarge", 2), new InstanceOverride("m5.large", 1)));
        // 10 units: On-Demand 2 + ceil(50% × 8) = 6 units, Spot 4 units.
        // On-Demand on m5.xlarge (listed first): ceil(6 / 2) = 3 × 0.192 × 730 = 420.48
        // Spot 4 units over 2 types, 2 each: m5.xlarge ceil(2 / 2) = 1 × 0.0792 × 730 = 57.816;
        //   m5.large ceil(2 / 1) = 2 × 0.0537 × 730 = 78.402
        // 420.48 + 57.816 + 78.402 = 556.698
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("556.698", od.monthlyEffective());
        assertEquals("10 capacity units: 4 × m5.xlarge + 2 × m5.large (3 on Spot)", b.keySize());
    }

    @Test
    void lowestPriceRunsOnDemandOnTheCheapestTypePerUnit() {
        InstanceOverride large = new InstanceOverride("m5.large", 1), xlarge = new InstanceOverride("m5.xlarge", 3);
        // per unit: m5.large 0.096 / 1 = 0.096, m5.xlarge 0.192 / 3 = 0.064 → lowest-price picks m5.xlarge
        // 10 units, base 2, 50% → 6 On-Demand units: ceil(6 / 3) = 2 × 0.192 × 730 = 280.32
        // Spot 4 units, 2 each: m5.large 2 × 0.0537 × 730 = 78.402; m5.xlarge ceil(2 / 3) = 1 × 0.0792 × 730 = 57.816
        // 280.32 + 78.402 + 57.816 = 416.538
        BlockCost lowest = one(group(10, 2, 50, AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE, large, xlarge));
        assertExactly("416.538", option(lowest, PurchaseOption.ON_DEMAND).monthlyEffective());
        // prioritized keeps m5.large, the first listed: 6 × 0.096 × 730 = 420.48 + 78.402 + 57.816 = 556.698
        BlockCost prioritized = one(group(10, 2, 50, AutoScalingGroup.OnDemandAllocation.PRIORITIZED, large, xlarge));
        assertExactly("556.698", option(prioritized, PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void aWeightAboveTheUnitsLeftOvershootsAndIsBilled() {
        // 5 units all On-Demand on m5.xlarge of weight 2: AWS launches ceil(5 / 2) = 3 instances (6 units)
        // 3 × 0.192 × 730 = 420.48
        BlockCost b = one(group(5, 0, 100, AutoScalingGroup.OnDemandAllocation.PRIORITIZED, new InstanceOverride("m5.xlarge", 2)));
        assertExactly("420.48", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void reservedCoversTheOnDemandTypeAndAnUnusedTypeAddsNothing() {
        // 4 units all On-Demand on m5.large (first); m5.xlarge launches nothing. 1y Standard No Upfront m5.large:
        // 4 × 0.06 × 730 = 175.20 (m5.xlarge has no reserved rate in the test catalog, and needs none)
        BlockCost b = one(group(4, 0, 100, AutoScalingGroup.OnDemandAllocation.PRIORITIZED,
                new InstanceOverride("m5.large", 1), new InstanceOverride("m5.xlarge", 2)));
        OptionCost ri = option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertTrue(ri.isPriced(), ri::reason);
        assertCents("175.20", ri.monthlyEffective());
    }

    @Test
    void theRangeCountsCapacityUnitsAtMinAndMax() {
        AutoScalingGroup g = group(4, 0, 100, AutoScalingGroup.OnDemandAllocation.PRIORITIZED, new InstanceOverride("m5.xlarge", 2))
                .withCounts(1, 4, 7);
        BlockCost b = one(g);
        // min 1 unit → 1 instance: 140.16; desired 4 → 2: 280.32; max 7 → ceil(7 / 2) = 4: 560.64 (× 0.192 × 730)
        assertCents("140.16", b.range().min());
        assertCents("280.32", b.chosen().monthlyEffective());
        assertCents("560.64", b.range().max());
    }

    @Test
    void underALoadProfileEachLevelIsSplitAndAReservationCoversTheQuietestLevel() {
        // 84 hours a week at 4 units, 84 at 8; all On-Demand on m5.large (first, weight 1); m5.xlarge runs nothing
        java.util.List<Double> hours = new java.util.ArrayList<>();
        for (int h = 0; h < 168; h++) hours.add(h < 84 ? 4.0 : 8.0);
        AutoScalingGroup g = group(6, 0, 100, AutoScalingGroup.OnDemandAllocation.PRIORITIZED,
                new InstanceOverride("m5.large", 1), new InstanceOverride("m5.xlarge", 2))
                .withCounts(4, 6, 8).withLoadProfile(new dev.costbench.model.LoadProfile("custom", hours));
        BlockCost b = one(g);
        // week's average (84 × 4 + 84 × 8) ÷ 168 = 6 instances × 0.096 × 730 = 420.48
        assertExactly("420.48", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        // 1y Standard No Upfront reserves the quietest level's 4: 4 × 0.06 × 730 = 175.20, the other 2 On-Demand
        // 2 × 0.096 × 730 = 140.16 → 315.36
        assertCents("315.36", option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront")).monthlyEffective());
        // range: the quietest and busiest hour as if all month, 4 and 8 × 0.096 × 730
        assertCents("280.32", b.range().min());
        assertCents("560.64", b.range().max());
    }

    @Test
    void theGravitonTwinRunsEachTypesTwinAtTheSameWeight() {
        BlockCost b = one(group(4, 0, 100, AutoScalingGroup.OnDemandAllocation.PRIORITIZED,
                new InstanceOverride("m5.large", 1), new InstanceOverride("m5.xlarge", 2)));
        // m5.large → m8g.large ($0.08976), m5.xlarge → m8g.xlarge (newest arm64 of the size not above the x86 price)
        assertEquals("m8g.large, m8g.xlarge", b.graviton().twinType());
        // 4 units On-Demand on the first type: 4 × 0.096 × 730 = 280.32; twin 4 × 0.08976 × 730 = 262.0992
        // saving 280.32 − 262.0992 = 18.2208
        assertExactly("18.2208", b.graviton().savingMonthly());
    }

    @Test
    void weightedGroupInEuWest1WithTheShippedCatalog() {
        // eu-west-1 (shipped catalog): c5.2xlarge $0.384, Spot $0.18816; m5.xlarge $0.214, Spot $0.09416;
        // c5.xlarge $0.192, Spot $0.09408
        AutoScalingGroup g = group(9, 1, 25, AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE,
                new InstanceOverride("c5.2xlarge", 2), new InstanceOverride("m5.xlarge", 1), new InstanceOverride("c5.xlarge", 1));
        BlockCost b = new PricingEngine(CatalogLoader.bundled()).price(new Scenario("eu", "eu-west-1", List.of(g), List.of(),
                PurchaseOption.ON_DEMAND, false)).blocks().get(0);
        // 9 units: On-Demand 1 + ceil(25% × 8) = 3 units, Spot 6 units.
        // lowest price per unit: c5.2xlarge 0.384 / 2 = 0.192, m5.xlarge 0.214, c5.xlarge 0.192: a tie goes to the one
        //   listed first, c5.2xlarge: ceil(3 / 2) = 2 × 0.384 × 730 = 560.64
        // Spot 6 units over 3 types, 2 each: c5.2xlarge 1 × 0.18816 × 730 = 137.3568; m5.xlarge 2 × 0.09416 × 730
        //   = 137.4736; c5.xlarge 2 × 0.09408 × 730 = 137.3568
        // 560.64 + 137.3568 + 137.4736 + 137.3568 = 972.8272
        assertExactly("972.8272", b.option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void groupAndFixedInstancesPayGp3IopsAndThroughputAboveTheBaseline() {
        EbsVolume volume = new EbsVolume(100, 6_000, 250);
        // 3 × m5.large: 3 × 0.096 × 730 = 210.24; gp3 3 × 100 GB × 0.08 = 24; (6,000 − 3,000) × 3 × 0.005 = 45;
        // (250 − 125) × 3 × 0.04 = 15 → 210.24 + 84 = 294.24 (https://aws.amazon.com/ebs/pricing/)
        BlockCost asg = one(AutoScalingGroup.of("a", "a", "m5.large", 3, 3, 3).withEbs(volume));
        assertExactly("294.24", option(asg, PurchaseOption.ON_DEMAND).monthlyEffective());
        BlockCost fixed = one(new Ec2Instances("i", "i", 0, 0, null, "m5.large", 3, 0, null).withEbs(volume));
        assertExactly("294.24", option(fixed, PurchaseOption.ON_DEMAND).monthlyEffective());
        // EBS is the same under a commitment: 3 × 0.06 × 730 = 131.40 + 84 = 215.40
        assertCents("215.40", option(asg, PurchaseOption.parse("reserved/1y/standard/no-upfront")).monthlyEffective());
    }
}
