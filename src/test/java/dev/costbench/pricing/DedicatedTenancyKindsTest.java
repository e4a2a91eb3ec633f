package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dedicated tenancy on the other EC2-backed kinds (an ECS service on EC2, an EKS managed node group, a Batch queue on
 * EC2), priced by the same rules as an Auto Scaling group (see {@code DedicatedTenancyPricingTest}): m5.large shared
 * On-Demand $0.096 an hour in us-east-1 and $0.107 in eu-west-1, Dedicated = × 1.1 (0.1056 and 0.1177); the Dedicated
 * per-region fee $2 an hour, 1,460 a month, paid once per scenario by the first Dedicated block whatever its kind; the
 * EKS standard cluster fee $0.10 an hour, 73 a month; 730 hours a month.
 */
class DedicatedTenancyKindsTest {
    private static final PriceCatalog SHIPPED = CatalogLoader.bundled();
    private static final PricingEngine ENGINE = new PricingEngine(SHIPPED);

    private static CostReport report(String region, Block... blocks) {
        return ENGINE.price(new Scenario("dedicated", region, List.of(blocks), List.of(), PurchaseOption.ON_DEMAND, false));
    }

    /** 4 tasks of 1 vCPU / 2 GB on m5.large (2 vCPU, 8 GiB): 2 a node by vCPU, so 2 instances. */
    private static EcsService ecs(String id, Tenancy tenancy) {
        return EcsService.fargate(id, id, BigDecimal.ONE, new BigDecimal("2"), 4).withEc2("m5.large").withTenancy(tenancy);
    }

    private static EksNodeGroup eks(String id, Tenancy tenancy) {
        return EksNodeGroup.managed(id, id, "main", "m5.large", 3).withTenancy(tenancy);
    }

    /** 1,000 jobs × 30 min of 1 vCPU / 2 GB on m5.large, 2 a node: 1,000 × 30 ÷ (60 × 2) = 250 instance-hours. */
    private static BatchQueue batch(String id, Tenancy tenancy) {
        return new BatchQueue(id, id, 0, 0, null, BatchQueue.Compute.EC2, "m5.large", 1000, BigDecimal.ONE,
                new BigDecimal("2"), new BigDecimal("30"), Architecture.X86_64, null, null).withTenancy(tenancy);
    }

    private static OptionCost onDemand(String region, Block b) {
        return option(report(region, b).blocks().get(0), PurchaseOption.ON_DEMAND);
    }

    // ---- ECS on EC2 ---------------------------------------------------------------------------------------

    @Test
    void anEcsServiceOnDedicatedInstancesInUsEast1() {
        // 2 × 0.1056 × 730 = 154.176; fee 1,460   total 1,614.176 (shared: 2 × 0.096 × 730 = 140.16)
        BlockCost b = report("us-east-1", ecs("api", Tenancy.DEDICATED)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1614.176", od.monthlyEffective());
        assertExactly("154.176", line(od, "ec2.instances").monthly());
        assertExactly("1460", line(od, "ec2.dedicated_fee").monthly());
        assertEquals("4 tasks × 1 vCPU / 2 GB on 2 × m5.large (2 per instance) as Dedicated Instances", b.keySize());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
        assertExactly("140.16", onDemand("us-east-1", ecs("api", Tenancy.DEFAULT)).monthlyEffective());
    }

    @Test
    void anEcsServiceOnDedicatedInstancesInEuWest1() {
        // 2 × 0.1177 × 730 = 171.842; fee 1,460 (estimated outside us-east-1)   total 1,631.842
        assertExactly("1631.842", onDemand("eu-west-1", ecs("api", Tenancy.DEDICATED)).monthlyEffective());
    }

    @Test
    void anEcsServiceOnDedicatedHostsIsMissingWithoutAHostRate() {
        // m5: largest size m5.24xlarge 96 vCPU ÷ 2 = 48 m5.large a host; 2 instances → 1 host; no ec2_host rate shipped
        BlockCost b = report("us-east-1", ecs("api", Tenancy.HOST)).blocks().get(0);
        assertEquals("4 tasks × 1 vCPU / 2 GB on 2 × m5.large (2 per instance) on 1 Dedicated Host (48 per host)", b.keySize());
        assertEquals(OptionCost.Status.MISSING, option(b, PurchaseOption.ON_DEMAND).status());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
    }

    @Test
    void fargateTasksKeepNoTenancy() {
        // a Fargate service holding a tenancy (as a block built in code may) is priced on Fargate and pays no fee
        EcsService fargate = EcsService.fargate("f", "f", BigDecimal.ONE, new BigDecimal("2"), 4).withTenancy(Tenancy.DEDICATED);
        CostReport r = report("us-east-1", fargate, ecs("api", Tenancy.DEDICATED));
        assertExactly("1460", line(r.block("api").option(PurchaseOption.ON_DEMAND), "ec2.dedicated_fee").monthly());
    }

    // ---- EKS managed nodes ----------------------------------------------------------------------------

    @Test
    void anEksManagedNodeGroupOnDedicatedInstancesInUsEast1() {
        // 3 × 0.1056 × 730 = 231.264; cluster fee 73; Dedicated fee 1,460   total 1,764.264
        BlockCost b = report("us-east-1", eks("nodes", Tenancy.DEDICATED)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1764.264", od.monthlyEffective());
        assertExactly("231.264", line(od, "ec2.instances").monthly());
        assertEquals("3 × m5.large as Dedicated Instances", b.keySize());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
    }

    @Test
    void anEksManagedNodeGroupOnDedicatedInstancesInEuWest1() {
        // 3 × 0.1177 × 730 = 257.763; cluster fee 73; Dedicated fee 1,460   total 1,790.763
        assertExactly("1790.763", onDemand("eu-west-1", eks("nodes", Tenancy.DEDICATED)).monthlyEffective());
    }

    @Test
    void anEksNodeGroupOnDedicatedHostsIsSizedForItsBusiestHour() {
        // 30 nodes of m5.4xlarge all week but one hour of 60; an m5 host runs 96 ÷ 16 = 6: ceil(60 ÷ 6) = 10 hosts
        // at a fixture host-hour of 5.069: 10 × 5.069 × 730 = 37,003.70; cluster fee 73; no Dedicated fee on hosts   37,076.70
        List<Double> week = new java.util.ArrayList<>(java.util.Collections.nCopies(dev.costbench.model.LoadProfile.HOURS_PER_WEEK, 30.0));
        week.set(20, 60.0);
        EksNodeGroup g = EksNodeGroup.managed("nodes", "nodes", "main", "m5.4xlarge", 30)
                .withLoadProfile(new dev.costbench.model.LoadProfile("custom", week)).withTenancy(Tenancy.HOST);
        PriceCatalog withHost = SHIPPED.toBuilder().serviceRate("us-east-1", dev.costbench.catalog.ServiceRates.EC2_HOST, "m5",
                new dev.costbench.catalog.Rate(new BigDecimal("5.069"), "hour", new dev.costbench.catalog.Provenance("fixture",
                        "host fixture", "2025-03-01", dev.costbench.catalog.Basis.PUBLISHED, null))).build();
        BlockCost b = new PricingEngine(withHost).price(new Scenario("hosts", "us-east-1", List.of(g), List.of(),
                PurchaseOption.ON_DEMAND, false)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("37076.7", od.monthlyEffective());
        assertExactly("10", line(od, "ec2.hosts").quantity());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
    }

    // ---- Batch on EC2 ---------------------------------------------------------------------------------

    @Test
    void aBatchQueueOnDedicatedInstancesInUsEast1() {
        // 250 instance-hours × 0.1056 = 26.40; fee 1,460   total 1,486.40 (shared: 250 × 0.096 = 24)
        BlockCost b = report("us-east-1", batch("jobs", Tenancy.DEDICATED)).blocks().get(0);
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1486.4", od.monthlyEffective());
        assertExactly("1460", line(od, "ec2.dedicated_fee").monthly());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
        assertExactly("24", onDemand("us-east-1", batch("jobs", Tenancy.DEFAULT)).monthlyEffective());
    }

    @Test
    void aBatchQueueOnDedicatedInstancesInEuWest1() {
        // 250 × 0.1177 = 29.425; fee 1,460   total 1,489.425
        assertExactly("1489.425", onDemand("eu-west-1", batch("jobs", Tenancy.DEDICATED)).monthlyEffective());
    }

    @Test
    void aBatchQueueIsNotPricedOnDedicatedHosts() {
        BlockCost b = report("us-east-1", batch("jobs", Tenancy.HOST)).blocks().get(0);
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.ON_DEMAND).status());
    }

    // ---- one fee per scenario, whatever the kinds -----------------------------------------------------

    @Test
    void theFirstDedicatedBlockOfAnyKindPaysTheFeeOnce() {
        // ECS 154.176 + 1,460 = 1,614.176; EKS 231.264 + 73 = 304.264; Batch 26.40   total 1,944.84: one fee of 1,460
        CostReport r = report("us-east-1", ecs("api", Tenancy.DEDICATED), eks("nodes", Tenancy.DEDICATED), batch("jobs", Tenancy.DEDICATED));
        assertExactly("1614.176", r.block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        OptionCost nodes = r.block("nodes").option(PurchaseOption.ON_DEMAND);
        assertExactly("304.264", nodes.monthlyEffective());
        assertExactly("0", line(nodes, "ec2.dedicated_fee").quantity());
        assertExactly("26.4", r.block("jobs").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("1944.84", r.totals().get(PurchaseOption.ON_DEMAND).monthlyEffective());
    }
}
