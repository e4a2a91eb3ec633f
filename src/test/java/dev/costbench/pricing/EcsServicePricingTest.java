package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.assertMonthly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsServicePricingTest {

    private static EcsService service(String cpu, String gb, int tasks) {
        return EcsService.fargate("svc", "api", new BigDecimal(cpu), new BigDecimal(gb), tasks);
    }

    private static final List<CapacityProviderShare> ONE_PLUS_SPOT = List.of(
            new CapacityProviderShare(CapacityProviderShare.FARGATE, 1, 1),
            new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, 4));

    @Test
    void ephemeralStorageAbove20GbIsBilledPerGbHourUnderEveryOption() {
        // Fargate pricing: 20 GB included per task; 10 tasks × (50 − 20) GB = 300 GB × $0.000111 × 730 h = 24.309
        BlockCost b = one(service("1", "2", 10).withEphemeralStorageGb(50));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("300", line(od, "fargate.ephemeral-storage").quantity());
        assertExactly("24.309", line(od, "fargate.ephemeral-storage").monthly());
        assertExactly("384.71", od.monthlyEffective()); // 360.401 (vCPU and memory, below) + 24.309
        // Savings Plans and Fargate Spot discount vCPU and memory only: the storage line is the same
        assertExactly("24.309", line(option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront")), "fargate.ephemeral-storage").monthly());
        assertExactly("24.309", line(option(b, PurchaseOption.SPOT), "fargate.ephemeral-storage").monthly());
        assertEquals("10 tasks × 1 vCPU / 2 GB · 50 GB storage", b.keySize());
        // the included 20 GB add nothing, and no line
        assertTrue(option(one(service("1", "2", 10)), PurchaseOption.ON_DEMAND).lines().stream()
                .noneMatch(l -> l.component().startsWith("fargate.ephemeral")));
    }

    @Test
    void tasksOnFargateOnDemand() {
        BlockCost b = one(service("1", "2", 10));
        // 10 vCPU × $0.04048 × 730 = 295.504; 20 GB × $0.004445 × 730 = 64.897; total 360.401
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("360.401", od.monthlyEffective());
        assertExactly("10", line(od, "fargate.vcpu").quantity());
        assertExactly("20", line(od, "fargate.memory").quantity());
        assertEquals("10 tasks × 1 vCPU / 2 GB", b.keySize());
    }

    @Test
    void capacityProviderSplitPricesSpotTasksAtFargateSpot() {
        BlockCost b = one(service("1", "2", 10).withCapacityProviders(ONE_PLUS_SPOT));
        // 3 tasks on FARGATE: 3 × 0.04048 × 730 = 88.6512; 6 GB × 0.004445 × 730 = 19.4691
        // 7 on FARGATE_SPOT: 7 × 0.01458 × 730 = 74.5038; 14 GB × 0.0016 × 730 = 16.352
        // 88.6512 + 19.4691 + 74.5038 + 16.352 = 198.9761
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("198.9761", od.monthlyEffective());
        assertExactly("7", line(od, "fargate-spot.vcpu").quantity());
        assertEquals("10 tasks × 1 vCPU / 2 GB (7 on Fargate Spot)", b.keySize());
        // option spot: all 10 on Fargate Spot: 10 × 0.01458 × 730 = 106.434 + 20 × 0.0016 × 730 = 23.36
        assertExactly("129.794", option(b, PurchaseOption.SPOT).monthlyEffective());
    }

    @Test
    void computeSavingsPlanCoversTheFargateTasksOnly() {
        BlockCost b = one(service("1", "2", 10).withCapacityProviders(ONE_PLUS_SPOT));
        // FARGATE part at the (estimated) SP rates: 3 × 0.029146 × 730 = 63.82974; 6 × 0.0032004 × 730 = 14.017752
        // FARGATE_SPOT part unchanged: 74.5038 + 16.352 → 168.703292
        OptionCost sp = option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront"));
        assertExactly("168.703292", sp.monthlyEffective());
        // all upfront: a year of the FARGATE part's commitment, 3 × 0.029146 × 8760 + 6 × 0.0032004 × 8760
        // = 765.95688 + 168.213024 = 934.169904
        OptionCost all = option(b, PurchaseOption.parse("savings-plan/compute/1y/all-upfront"));
        assertExactly("934.169904", all.upfront());
        assertExactly("168.703292", all.monthlyEffective());
        assertEquals(Charge.UPFRONT, line(all, "sp.fargate.vcpu.upfront").charge());
    }

    @Test
    void reservedAndEc2InstancePlansDoNotApply() {
        BlockCost b = one(service("1", "2", 10));
        OptionCost ri = option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertEquals(OptionCost.Status.NOT_APPLICABLE, ri.status());
        assertEquals("Fargate has no Reserved Instances", ri.reason());
        assertEquals("EC2 Instance Savings Plans cover EC2 instances only, not Fargate",
                option(b, PurchaseOption.parse("savings-plan/ec2-instance/1y/no-upfront")).reason());
        // a Compute SP for 3 years is not in the catalog: missing, not zero
        assertEquals(OptionCost.Status.MISSING, option(b, PurchaseOption.parse("savings-plan/compute/3y/no-upfront")).status());
    }

    @Test
    void anInvalidPairIsPricedAtTheNextValidSizeWithAWarning() {
        BlockCost b = one(service("1", "10", 2));
        // 1 vCPU allows 2–8 GB, so 2 vCPU / 10 GB: 4 vCPU × 0.04048 × 730 = 118.2016; 20 GB × 0.004445 × 730 = 64.897
        assertExactly("183.0986", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals(List.of("1 vCPU / 10 GB is not a Fargate task size; priced as the next valid size up, 2 vCPU / 10 GB"),
                b.warnings());
        assertEquals("2 tasks × 2 vCPU / 10 GB", b.keySize());
    }

    @Test
    void arm64TasksKeepTheirFargateSpotTasksOnSpotAtAnEstimatedArmRate() {
        BlockCost b = one(service("1", "2", 10).withArchitecture(Architecture.ARM64).withCapacityProviders(ONE_PLUS_SPOT));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        // 3 on FARGATE at the ARM rates: 3 × 0.03238 × 730 = 70.9122; 6 GB × 0.00356 × 730 = 15.5928
        // 7 stay on FARGATE_SPOT; the catalog has no arm64 Spot rate, estimated as x86 Spot × (arm ÷ x86 On-Demand):
        //   vCPU 0.01458 × 0.03238 ÷ 0.04048 = 0.0116626 → 7 × 0.0116626 × 730 = 59.5956
        //   GB   0.0016 × 0.00356 ÷ 0.004445 = 0.0012814 → 14 × 0.0012814 × 730 = 13.0963
        // 70.9122 + 15.5928 + 59.5956 + 13.0963 = 159.1970 (not 288.35 with every task moved to FARGATE)
        Pricing.assertCents("159.20", od.monthlyEffective());
        assertExactly("7", line(od, "fargate-spot.vcpu").quantity());
        assertEquals(dev.costbench.catalog.Basis.ESTIMATED, od.basis());
        assertTrue(line(od, "fargate-spot.vcpu").provenance().rule().startsWith("x86 Fargate Spot rate × (arm64"));
        assertEquals("10 tasks × 1 vCPU / 2 GB (7 on Fargate Spot) · arm64", b.keySize());
        assertEquals(List.of(), b.warnings());
        // option spot: all 10 on Spot, 10 × 0.0116626 × 730 + 20 × 0.0012814 × 730 = 85.1367 + 18.7090 = 103.85
        Pricing.assertCents("103.85", option(b, PurchaseOption.SPOT).monthlyEffective());
        assertEquals("already runs on arm64 (Graviton)", b.graviton().reason());
    }

    @Test
    void anArm64TwinPricesItsSpotTasksOnSpot() {
        BlockCost b = one(service("1", "2", 10).withCapacityProviders(ONE_PLUS_SPOT));
        // the x86 service's twin: the same 3 + 7 split as above, 159.20, never all 10 on FARGATE (288.35)
        Pricing.assertCents("159.20", b.graviton().options().get(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void ec2LaunchTypePacksTasksByCpuThenMemory() {
        // m5.xlarge: 4 vCPU / 16 GiB; 1 vCPU / 3 GB tasks: min(4, floor(16 / 3) = 5) = 4 per instance
        // 10 tasks → ceil(10 / 4) = 3 instances × 0.192 × 730 = 420.48
        BlockCost b = one(service("1", "3", 10).withEc2("m5.xlarge"));
        assertExactly("420.48", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("10 tasks × 1 vCPU / 3 GB on 3 × m5.xlarge (4 per instance)", b.keySize());
    }

    @Test
    void ec2LaunchTypePacksOnRegisteredMemory() {
        // m5.large 2 vCPU / 8 GiB registers floor(8 × 1,024 × 7,985 ÷ 8,192) = 7,985 MiB; a 1 vCPU / 4 GB task needs
        // 4,096 MiB: min(floor(2 ÷ 1) = 2, floor(7,985 ÷ 4,096) = 1) = 1 per instance
        // 6 tasks → 6 instances × $0.096 × 730 = $420.48 (not 3 instances, $210.24, on installed memory)
        BlockCost b = one(service("1", "4", 6).withEc2("m5.large"));
        assertExactly("420.48", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("6 tasks × 1 vCPU / 4 GB on 6 × m5.large (1 per instance)", b.keySize());
    }

    @Test
    void ec2LaunchTypeCanBeMemoryBound() {
        // 0.5 vCPU / 6 GB on m5.xlarge: min(floor(4 / 0.5) = 8, floor(16 / 6) = 2) = 2 per instance
        // 10 tasks → 5 instances × 140.16 = 700.80
        assertMonthly("700.80", option(one(service("0.5", "6", 10).withEc2("m5.xlarge")), PurchaseOption.ON_DEMAND));
    }

    @Test
    void aTaskLargerThanItsInstanceCannotBePriced() {
        BlockCost b = one(service("8", "16", 2).withEc2("m5.xlarge"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertEquals(OptionCost.Status.NOT_APPLICABLE, od.status());
        assertEquals("a 8 vCPU / 16 GB task does not fit on m5.xlarge (4 vCPU · 16 GiB)", od.reason());
        assertEquals(List.of(od.reason()), b.warnings());
    }

    @Test
    void ec2LaunchTypeTwinRepacksOnTheGravitonType() {
        BlockCost b = one(service("1", "3", 10).withEc2("m5.xlarge"));
        // m8g.xlarge has the same 4 vCPU / 16 GiB: still 3 instances, 3 × 0.17952 × 730 = 393.1488
        assertEquals("m8g.xlarge", b.graviton().twinType());
        assertExactly("393.1488", b.graviton().options().get(PurchaseOption.ON_DEMAND).monthlyEffective());
        // saving 420.48 − 393.1488 = 27.3312
        assertExactly("27.3312", b.graviton().savingMonthly());
    }

    @Test
    void ec2InstancesPayForTheirGp3Volumes() {
        // https://aws.amazon.com/ebs/pricing/ (us-east-1): gp3 $0.08/GB-month, $0.005 per IOPS-month above 3,000,
        // $0.040 per MB/s-month above 125. 6 tasks of 1 vCPU / 4 GB need 6 × m5.large (one per instance, as above),
        // each with 50 GB, 4,000 IOPS, 200 MB/s:
        //   6 × 50 = 300 GB × 0.08 = 24.00; 6 × 1,000 = 6,000 IOPS × 0.005 = 30.00; 6 × 75 = 450 MB/s × 0.04 = 18.00
        // instances 6 × 0.096 × 730 = 420.48: On-Demand 420.48 + 72.00 = 492.48
        BlockCost b = one(service("1", "4", 6).withEc2("m5.large").withEbs(new dev.costbench.model.EbsVolume(50, 4_000, 200)));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("300", line(od, "ebs.gp3").quantity());
        assertExactly("30", line(od, "ebs.gp3_iops").monthly());
        assertExactly("18", line(od, "ebs.gp3_throughput").monthly());
        assertExactly("492.48", od.monthlyEffective());
        // Fargate tasks have no instances and so no volumes: the fields do nothing there
        OptionCost fargate = option(one(service("1", "4", 6).withEbs(new dev.costbench.model.EbsVolume(50, 4_000, 200))),
                PurchaseOption.ON_DEMAND);
        assertTrue(fargate.lines().stream().noneMatch(l -> l.component().startsWith("ebs.")));
    }
}
