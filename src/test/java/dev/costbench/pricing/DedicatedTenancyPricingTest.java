package dev.costbench.pricing;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dedicated Instances and Dedicated Hosts against the shipped catalog. Rates: m5.large shared On-Demand $0.096 an hour
 * in us-east-1 and $0.107 in eu-west-1 (https://aws.amazon.com/ec2/pricing/on-demand/), Dedicated = × 1.1
 * ({@code DedicatedRates}, AWS's ratio: the offer files' Dedicated m5.large rows are $0.106 in us-west-2 and $0.118 in
 * eu-west-1, 0.096 × 1.1 and 0.107 × 1.1 to AWS's rounding); the Dedicated per-region fee $2 an hour
 * (https://aws.amazon.com/ec2/pricing/dedicated-instances/); gp3 $0.08 and $0.088 per GB-month; 730 hours a month.
 */
class DedicatedTenancyPricingTest {
    private static final PriceCatalog SHIPPED = CatalogLoader.bundled();
    private static final PricingEngine ENGINE = new PricingEngine(SHIPPED);
    private static final PurchaseOption RI_1Y_STD_NO_UPFRONT =
            PurchaseOption.of(new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT));
    private static final PurchaseOption RI_1Y_CONVERTIBLE =
            PurchaseOption.of(new ReservedKey(Term.ONE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT));

    private static CostReport report(PricingEngine engine, String region, Block... blocks) {
        return engine.price(new Scenario("dedicated", region, List.of(blocks), List.of(), PurchaseOption.ON_DEMAND, false));
    }

    private static Ec2Instances fleet(String id, String type, int n, Tenancy tenancy) {
        return new Ec2Instances(id, id, 0, 0, null, type, n, 20, null, tenancy, Map.of());
    }

    @Test
    void dedicatedInstancesInUsEast1PayTheDedicatedRateAndTheRegionFee() {
        // 3 × 0.096 × 1.1 = 3 × 0.1056 × 730 = 231.264; EBS 60 GB × 0.08 = 4.80; fee 2 × 730 = 1,460   total 1,696.064
        BlockCost b = report(ENGINE, "us-east-1", fleet("web", "m5.large", 3, Tenancy.DEDICATED)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1696.064", od.monthlyEffective());
        assertExactly("231.264", line(od, "ec2.instances").monthly());
        assertExactly("1460", line(od, "ec2.dedicated_fee").monthly());
        // the instance rate is an estimate by the × 1.1 rule; the us-east-1 fee is AWS's figure
        assertEquals(Basis.ESTIMATED, od.basis());
        assertEquals(Basis.PUBLISHED, line(od, "ec2.dedicated_fee").provenance().basis());
        assertEquals("3 × m5.large as Dedicated Instances", b.keySize());
    }

    @Test
    void dedicatedInstancesInEuWest1() {
        // 3 × 0.107 × 1.1 = 3 × 0.1177 × 730 = 257.763; EBS 60 × 0.088 = 5.28; fee 1,460 (estimated)   total 1,723.043
        BlockCost b = report(ENGINE, "eu-west-1", fleet("web", "m5.large", 3, Tenancy.DEDICATED)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1723.043", od.monthlyEffective());
        assertEquals(Basis.ESTIMATED, line(od, "ec2.dedicated_fee").provenance().basis());
    }

    @Test
    void thePublishedDedicatedRateWinsOverTheEstimate() {
        // x2iedn.32xlarge Dedicated is in the catalog at AWS's 29.344 (shared 26.676 × 1.1 = 29.3436 would be the estimate)
        // 29.344 × 730 = 21,421.12; 20 GB × 0.08 = 1.60; fee 1,460   total 22,882.72
        OptionCost od = option(report(ENGINE, "us-east-1", fleet("mem", "x2iedn.32xlarge", 1, Tenancy.DEDICATED)).blocks().get(0),
                PurchaseOption.ON_DEMAND);
        assertExactly("22882.72", od.monthlyEffective());
        assertEquals(Basis.PUBLISHED, line(od, "ec2.instances").provenance().basis());
    }

    @Test
    void theRegionFeeIsPaidOnceByTheFirstDedicatedBlock() {
        // shared web (3 × 0.096 × 730 + 4.80 = 215.04), dedicated a (1,696.064 with the fee), dedicated b (231.264 + 4.80 = 236.064)
        CostReport r = report(ENGINE, "us-east-1", fleet("web", "m5.large", 3, Tenancy.DEFAULT),
                fleet("a", "m5.large", 3, Tenancy.DEDICATED),
                new AutoScalingGroup("b", "b", 0, 0, null, "m5.large", 3, 3, 3, 0, 100, 20, null, null, Tenancy.DEDICATED, Map.of()));
        assertExactly("215.04", r.block("web").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("1696.064", r.block("a").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        OptionCost b = r.block("b").option(PurchaseOption.ON_DEMAND);
        assertExactly("236.064", b.monthlyEffective());
        assertExactly("0", line(b, "ec2.dedicated_fee").quantity());
        // 215.04 + 1,696.064 + 236.064 = 2,147.168: one fee of 1,460 in the scenario
        assertExactly("2147.168", r.totals().get(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void reservedInstancesDiscountTheInstancesNotTheFeeAndSpotDoesNotApply() {
        // m5.large RI 1y standard no upfront 0.06 an hour shared → 0.066 dedicated: 3 × 0.066 × 730 = 144.54; EBS 4.80; fee 1,460
        BlockCost b = report(ENGINE, "us-east-1", fleet("web", "m5.large", 3, Tenancy.DEDICATED)).blocks().get(0);
        assertExactly("1609.34", option(b, RI_1Y_STD_NO_UPFRONT).monthlyEffective());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
    }

    @Test
    void aDedicatedGroupsRangeMovesOnlyItsInstances() {
        // expected 3 × 77.088 + 1,460 = 1,691.264 (no EBS); min 2: − 77.088 = 1,614.176; max 5: + 2 × 77.088 = 1,845.44
        AutoScalingGroup g = new AutoScalingGroup("g", "g", 0, 0, null, "m5.large", 2, 3, 5, 0, 100, 0, null, null, Tenancy.DEDICATED, Map.of());
        BlockCost b = report(ENGINE, "us-east-1", g).blocks().get(0);
        assertExactly("1691.264", b.range().expected());
        assertExactly("1614.176", b.range().min());
        assertExactly("1845.44", b.range().max());
    }

    @Test
    void aSpotShareOnDedicatedHardwareIsBoughtUnderTheOptionWithAWarning() {
        // 50 % above a base of 0 would put 1 of 2 on Spot; dedicated, both are On-Demand: 2 × 77.088 + 1,460 = 1,614.176
        AutoScalingGroup g = new AutoScalingGroup("g", "g", 0, 0, null, "m5.large", 2, 2, 2, 0, 50, 0, null, null, Tenancy.DEDICATED, Map.of());
        CostReport r = report(ENGINE, "us-east-1", g);
        assertExactly("1614.176", r.blocks().get(0).option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Spot share does not apply")), r.warnings().toString());
    }

    @Test
    void dedicatedHostsWithoutARateInTheCatalogAreMissingNotFree() {
        BlockCost b = report(ENGINE, "us-east-1", fleet("web", "m5.large", 3, Tenancy.HOST)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertEquals(OptionCost.Status.MISSING, od.status());
        assertEquals("ec2 dedicated host on-demand m5 in us-east-1", od.missing().get(0).describe());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, RI_1Y_CONVERTIBLE).status());
        assertEquals(OptionCost.Status.MISSING, option(b, RI_1Y_STD_NO_UPFRONT).status());
        // m5's largest size has 96 vCPU, m5.large 2: 48 per host, so 3 instances take 1 host
        assertEquals("3 × m5.large on 1 Dedicated Host (48 per host)", b.keySize());
    }

    @Test
    void dedicatedHostsAtAnImportedRatePayWholeHosts() {
        // eu-west-1 m5 host at 5.65 a host-hour (the importer's fixture rate). m5.4xlarge has 16 vCPU: 96 ÷ 16 = 6 per host,
        // AWS's own example; 100 instances need ceil(100 ÷ 6) = 17 hosts: 17 × 5.65 × 730 = 70,116.50; EBS 100 × 20 × 0.088 = 176
        PriceCatalog withHost = SHIPPED.toBuilder().serviceRate("eu-west-1", ServiceRates.EC2_HOST, "m5",
                new Rate(new BigDecimal("5.65"), "hour", new Provenance("fixture", "host fixture", "2025-03-01", Basis.PUBLISHED, null))).build();
        BlockCost b = report(new PricingEngine(withHost), "eu-west-1", fleet("db", "m5.4xlarge", 100, Tenancy.HOST)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("17", line(od, "ec2.hosts").quantity());
        assertExactly("70292.5", od.monthlyEffective());
        // no Dedicated per-region fee on hosts
        assertTrue(od.lines().stream().noneMatch(l -> l.component().equals("ec2.dedicated_fee")));
    }

    @Test
    void hostsUnderALoadProfileAreThoseOfTheBusiestHour() {
        // a profile between 2 and 60 m5.4xlarge: the busiest hour needs ceil(60 ÷ 6) = 10 hosts, paid all month
        java.util.List<Double> hours = new java.util.ArrayList<>();
        for (int h = 0; h < LoadProfile.HOURS_PER_WEEK; h++) hours.add(h % 24 < 12 ? 2.0 : 60.0);
        AutoScalingGroup g = new AutoScalingGroup("g", "g", 0, 0, null, "m5.4xlarge", 2, 10, 60, 0, 100, 0, null,
                new LoadProfile("custom", hours), Tenancy.HOST, Map.of());
        PriceCatalog withHost = SHIPPED.toBuilder().serviceRate("us-east-1", ServiceRates.EC2_HOST, "m5",
                new Rate(new BigDecimal("5.069"), "hour", new Provenance("fixture", "host fixture", "2025-03-01", Basis.PUBLISHED, null))).build();
        OptionCost od = option(report(new PricingEngine(withHost), "us-east-1", g).blocks().get(0), PurchaseOption.ON_DEMAND);
        // 10 × 5.069 × 730 = 37,003.70
        assertExactly("10", line(od, "ec2.hosts").quantity());
        assertExactly("37003.7", od.monthlyEffective());
    }
}
