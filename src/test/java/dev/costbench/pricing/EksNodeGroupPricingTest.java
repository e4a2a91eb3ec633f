package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.EksNodeGroup;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static dev.costbench.pricing.Pricing.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EksNodeGroupPricingTest {

    private static EksNodeGroup profile(String id, String cluster, int pods, String cpu, String gb) {
        return EksNodeGroup.managed(id, id, cluster, null, 0).withFargatePods(pods, new BigDecimal(cpu), new BigDecimal(gb));
    }

    @Test
    void clusterFeeIsCountedOnceForTwoNodeGroups() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false,
                EksNodeGroup.managed("ng1", "general", "prod", "m5.xlarge", 3),
                EksNodeGroup.managed("ng2", "small", "prod", "m5.large", 2));
        // ng1: 3 × 0.192 × 730 = 420.48 + cluster $0.10 × 730 = 73 → 493.48
        OptionCost first = r.block("ng1").option(PurchaseOption.ON_DEMAND);
        assertExactly("493.48", first.monthlyEffective());
        assertExactly("0.10", line(first, "eks.cluster").unitPrice());
        // ng2: 2 × 0.096 × 730 = 140.16, no second fee: its fee line is at 0 clusters, there to follow a move
        // of the node group to another cluster
        OptionCost second = r.block("ng2").option(PurchaseOption.ON_DEMAND);
        assertExactly("140.16", second.monthlyEffective());
        assertExactly("0", line(second, "eks.cluster").quantity());
        assertExactly("633.64", r.totals().get(PurchaseOption.ON_DEMAND).monthlyEffective());
        // the fee is paid under every option: Spot 3 × 0.0792 × 730 = 173.448 + 73
        assertExactly("246.448", r.block("ng1").option(PurchaseOption.SPOT).monthlyEffective());
    }

    @Test
    void eachDistinctClusterPaysItsOwnFeeAtItsSupportTier() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false,
                EksNodeGroup.managed("a", "a", "prod", "m5.large", 1),
                EksNodeGroup.managed("b", "b", "legacy", "m5.large", 1).withClusterSupport(EksNodeGroup.ClusterSupport.EXTENDED));
        // prod: 70.08 + 73; legacy on extended support: 70.08 + 0.60 × 730 = 438 → 508.08
        assertExactly("143.08", r.block("a").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("508.08", r.block("b").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void disagreeingSupportTiersFollowTheFirstBlock() {
        CostReport r = report(PurchaseOption.ON_DEMAND, false,
                EksNodeGroup.managed("a", "a", "prod", "m5.large", 1),
                EksNodeGroup.managed("b", "b", "prod", "m5.large", 1).withClusterSupport(EksNodeGroup.ClusterSupport.EXTENDED));
        assertExactly("143.08", r.block("a").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("EKS cluster prod: b says extended support but a says standard; the fee follows a", r.warnings().get(0));
    }

    @Test
    void fargateProfileRoundsEachPodUpWithTheKubernetesOverhead() {
        BlockCost b = one(profile("fg", "fg", 20, "0.5", "1"));
        // 0.5 vCPU / 1 GB + 0.25 GB → 1.25 GB → smallest pair 0.5 vCPU / 2 GB
        // 10 vCPU × 0.04048 × 730 = 295.504; 40 GB × 0.004445 × 730 = 129.794; + cluster fee 73 = 498.298
        assertEquals("20 pods × 0.5 vCPU / 2 GB", b.keySize());
        assertExactly("498.298", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("EKS Fargate has no Spot capacity", option(b, PurchaseOption.SPOT).reason());
        assertEquals("Fargate has no Reserved Instances", option(b, PurchaseOption.parse("reserved/3y/standard/all-upfront")).reason());
    }

    @Test
    void fargatePodsPayForTheEphemeralStorageTheyRequestAbove20Gb() {
        // 20 pods requesting 70 GB: 20 × (70 − 20) = 1,000 GB × $0.000111 × 730 h = 81.03; 498.298 (above) + 81.03 = 579.328
        BlockCost b = one(profile("fg", "fg", 20, "0.5", "1").withEphemeralStorageGb(70));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1000", line(od, "fargate.ephemeral-storage").quantity());
        assertExactly("81.03", line(od, "fargate.ephemeral-storage").monthly());
        assertExactly("579.328", od.monthlyEffective());
        assertEquals("20 pods × 0.5 vCPU / 2 GB · 70 GB storage", b.keySize());
    }

    @Test
    void aFargateProfileHasNoGravitonTwinBecauseEksFargateRunsNoArm() {
        BlockCost b = one(profile("fg", "fg", 20, "0.5", "1"));
        assertEquals(false, b.graviton().available());
        assertEquals("EKS Fargate cannot run Arm (arm64, Graviton) pods; a Fargate profile runs x86_64 only", b.graviton().reason());
    }

    @Test
    void anArm64FargateProfileCannotBePriced() {
        // every option is not applicable, with the reason
        EksNodeGroup p = profile("fg", "fg", 20, "0.5", "1");
        BlockCost b = one(new EksNodeGroup(p.id(), p.name(), p.x(), p.y(), p.purchaseOption(), p.cluster(), p.mode(),
                p.instanceType(), p.desired(), p.capacityType(), p.pods(), p.podCpu(), p.podMemoryGb(), Architecture.ARM64,
                p.clusterSupport(), p.gravitonType(), p.loadProfile(), p.extensions()));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertEquals(OptionCost.Status.NOT_APPLICABLE, od.status());
        assertEquals(EksNodeGroup.FARGATE_RUNS_X86_ONLY, od.reason());
    }

    @Test
    void aPodAtTheTopOfItsCpuTierMovesUpATier() {
        // 0.25 vCPU / 2 GB + 0.25 → 2.25 GB; 0.25 vCPU stops at 2 GB → 0.5 vCPU / 3 GB
        assertEquals("4 pods × 0.5 vCPU / 3 GB", one(profile("fg", "fg", 4, "0.25", "2")).keySize());
    }

    @Test
    void morePodsThanTheNodesCanHoldIsAWarning() {
        BlockCost b = one(EksNodeGroup.managed("ng", "ng", "prod", "m5.large", 2).withPods(60));
        // m5.large holds 29 pods: 2 × 29 = 58 < 60
        assertEquals(List.of("60 pods do not fit on 2 × m5.large (29 pods per node, 58 in all)"), b.warnings());
    }

    @Test
    void spotCapacityIsBoughtAtSpot() {
        BlockCost b = one(EksNodeGroup.managed("ng", "ng", "batch", "m5.xlarge", 3)
                .withCapacityType(EksNodeGroup.CapacityType.SPOT));
        assertEquals(PurchaseOption.SPOT, b.chosenOption());
        // 3 × 0.0792 × 730 = 173.448 + 73
        assertExactly("246.448", b.chosen().monthlyEffective());
        assertEquals("3 × m5.xlarge (Spot)", b.keySize());
    }

    @Test
    void managedNodesPayForTheirGp3VolumesAboveTheIncludedIopsAndThroughput() {
        // https://aws.amazon.com/ebs/pricing/ (us-east-1): gp3 $0.08/GB-month, $0.005 per IOPS-month above 3,000,
        // $0.040 per MB/s-month above 125. 3 × m5.large, each with 100 GB, 6,000 IOPS, 250 MB/s:
        //   storage    3 × 100 GB = 300 GB-months × 0.08             = 24.00
        //   IOPS       3 × (6,000 − 3,000) = 9,000 IOPS-months × 0.005 = 45.00
        //   throughput 3 × (250 − 125) = 375 MB/s-months × 0.04      = 15.00
        // nodes 3 × 0.096 × 730 = 210.24, cluster 0.10 × 730 = 73.00: On-Demand 210.24 + 84.00 + 73.00 = 367.24
        EksNodeGroup g = EksNodeGroup.managed("ng", "ng", "main", "m5.large", 3)
                .withEbs(new dev.costbench.model.EbsVolume(100, 6_000, 250));
        OptionCost od = option(one(g), PurchaseOption.ON_DEMAND);
        assertExactly("24", line(od, "ebs.gp3").monthly());
        assertExactly("45", line(od, "ebs.gp3_iops").monthly());
        assertExactly("15", line(od, "ebs.gp3_throughput").monthly());
        assertExactly("367.24", od.monthlyEffective());
        // no commitment discounts storage: the same 84.00 under a Reserved Instance
        OptionCost ri = option(one(g), PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertExactly("45", line(ri, "ebs.gp3_iops").monthly());
        // at or under the included 3,000 IOPS / 125 MB/s only the GB are billed
        OptionCost base = option(one(g.withEbs(dev.costbench.model.EbsVolume.ofGb(100))), PurchaseOption.ON_DEMAND);
        assertTrue(base.lines().stream().noneMatch(l -> l.component().startsWith("ebs.gp3_")));
        assertExactly("307.24", base.monthlyEffective());
    }
}
