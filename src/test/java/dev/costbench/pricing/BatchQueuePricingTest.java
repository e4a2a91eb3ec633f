package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchQueuePricingTest {

    private static BatchQueue queue(BatchQueue.Compute compute, String type, long jobs, String vcpu, String gb, String minutes) {
        return new BatchQueue("q", "nightly", 0, 0, null, compute, type, jobs, new BigDecimal(vcpu), new BigDecimal(gb),
                new BigDecimal(minutes), Architecture.X86_64, null, null);
    }

    @Test
    void fargateJobsPayForEphemeralStorageAbove20GbForTheirBilledHours() {
        // 600 jobs × 10 min = 100 job-hours; (60 − 20) GB × 100 = 4,000 GB-hours × $0.000111 = 0.444
        BlockCost b = one(queue(BatchQueue.Compute.FARGATE, null, 600, "1", "2", "10").withEphemeralStorageGb(60));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("4000", line(od, "fargate.ephemeral-storage-gb-hours").quantity());
        assertExactly("0.444", line(od, "fargate.ephemeral-storage-gb-hours").monthly());
        // vCPU 100 × $0.04048 = 4.048; memory 200 GB-hours × $0.004445 = 0.889; + 0.444 = 5.381
        assertExactly("5.381", od.monthlyEffective());
        assertEquals("600 jobs × 10 min × 1 vCPU / 2 GB on Fargate · 60 GB storage", b.keySize());
    }

    @Test
    void jobsArePackedOntoInstancesByCpuAndMemory() {
        // m5.xlarge 4 vCPU / 16 GiB, 2 vCPU / 4 GB jobs: min(2, 4) = 2 per instance
        // 1000 jobs × 30 min ÷ 60 ÷ 2 = 250 instance-hours × $0.192 = 48.00
        BlockCost b = one(queue(BatchQueue.Compute.EC2, "m5.xlarge", 1000, "2", "4", "30"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("48", od.monthlyEffective());
        CostLine hours = line(od, "ec2.instance-hours");
        assertExactly("250", hours.quantity());
        assertEquals(Charge.MONTHLY, hours.charge());
        assertEquals("1,000 jobs × 30 min on m5.xlarge (2 per instance, 250 instance-hours)", b.keySize());
        assertEquals(PurchaseOption.ON_DEMAND, b.chosenOption());
    }

    @Test
    void jobsPackOnTheMemoryTheInstanceRegistersNotTheMemoryInstalled() {
        // c5.2xlarge 8 vCPU / 16 GiB registers floor(16 × 1,024 × 7,985 ÷ 8,192) = 15,970 MiB;
        // 2 vCPU / 4 GB jobs need 4,096 MiB: min(floor(8 ÷ 2) = 4, floor(15,970 ÷ 4,096) = 3) = 3 per instance (four do not fit)
        // 1,000 jobs × 10 min ÷ 60 ÷ 3 = 55.5555555556 instance-hours × $0.34 = $18.89
        BlockCost b = one(queue(BatchQueue.Compute.EC2, "c5.2xlarge", 1000, "2", "4", "10"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        Pricing.assertCents("18.89", od.monthlyEffective());
        Pricing.assertCents("55.56", line(od, "ec2.instance-hours").quantity());
        assertEquals("1,000 jobs × 10 min on c5.2xlarge (3 per instance, 55.56 instance-hours)", b.keySize());
    }

    @Test
    void ec2SpotEnvironmentIsBoughtAtSpot() {
        BlockCost b = one(queue(BatchQueue.Compute.EC2_SPOT, "m5.xlarge", 1000, "2", "4", "30"));
        // 250 instance-hours × $0.0792 = 19.80
        assertEquals(PurchaseOption.SPOT, b.chosenOption());
        assertExactly("19.8", b.chosen().monthlyEffective());
    }

    @Test
    void reservedInstancesAreBoughtWhole() {
        // m5.large 2 vCPU / 8 GiB, 1 vCPU / 2 GB jobs: 2 per instance; 3000 × 20 min ÷ 60 ÷ 2 = 500 instance-hours
        BlockCost b = one(queue(BatchQueue.Compute.EC2, "m5.large", 3000, "1", "2", "20"));
        assertExactly("48", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());               // 500 × 0.096
        // ceil(500 / 730) = 1 reserved instance all month: 1 × 0.06 × 730 = 43.80
        OptionCost ri = option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        assertExactly("43.8", ri.monthlyEffective());
        assertExactly("1", line(ri, "ri.hourly").quantity());
        // 3y standard all upfront: $949 once, 949 / 36 = 26.36 a month
        OptionCost ri3 = option(b, PurchaseOption.parse("reserved/3y/standard/all-upfront"));
        assertExactly("949", ri3.upfront());
        Pricing.assertCents("26.36", ri3.monthlyEffective());
    }

    @Test
    void savingsPlansCoverTheHoursUsed() {
        BlockCost b = one(queue(BatchQueue.Compute.EC2, "m5.large", 3000, "1", "2", "20"));
        // 500 instance-hours × $0.06912 = 34.56 a month
        assertExactly("34.56", option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront")).monthlyEffective());
        // all upfront: the year's commitment 500 × 0.06912 × 12 = 414.72, still 34.56 a month effective
        OptionCost all = option(b, PurchaseOption.parse("savings-plan/compute/1y/all-upfront"));
        assertExactly("414.72", all.upfront());
        assertExactly("34.56", all.monthlyEffective());
        assertEquals(List.of("sp.usage.upfront"), all.lines().stream().map(CostLine::component).toList());
    }

    @Test
    void fargateBillsEachJobAtLeastOneMinute() {
        // 6,000 jobs × 30 s: each billed max(0.5, 1) = 1 minute → 6,000 × 1 ÷ 60 = 100 job-hours (not 50)
        // 1 vCPU / 2 GB: 100 vCPU-h × 0.04048 = 4.048; 200 GB-h × 0.004445 = 0.889; 4.937
        BlockCost b = one(queue(BatchQueue.Compute.FARGATE, null, 6000, "1", "2", "0.5"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("100", line(od, "fargate.vcpu-hours").quantity());
        assertExactly("200", line(od, "fargate.gb-hours").quantity());
        assertExactly("4.937", od.monthlyEffective());
        // the same 100 job-hours at 0.25 vCPU / 0.5 GB: 25 vCPU-h × 0.04048 = 1.012; 50 GB-h × 0.004445 = 0.22225;
        // 1.23425 → $1.23 (50 job-hours, without the minimum, would be $0.62)
        Pricing.assertCents("1.23", option(one(queue(BatchQueue.Compute.FARGATE, null, 6000, "0.25", "0.5", "0.5")),
                PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void fargateJobsOfAMinuteOrMoreAreBilledTheirLength() {
        // 60 jobs × 1.5 min = 90 minutes ÷ 60 = 1.5 job-hours: the minimum changes nothing
        OptionCost od = option(one(queue(BatchQueue.Compute.FARGATE, null, 60, "1", "2", "1.5")), PurchaseOption.ON_DEMAND);
        assertExactly("1.5", line(od, "fargate.vcpu-hours").quantity());
    }

    @Test
    void fargateJobsPayJobHoursTimesTheirSize() {
        // 600 jobs × 10 min = 100 job-hours: 100 vCPU-h × 0.04048 = 4.048; 200 GB-h × 0.004445 = 0.889
        BlockCost b = one(queue(BatchQueue.Compute.FARGATE, null, 600, "1", "2", "10"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("4.937", od.monthlyEffective());
        assertExactly("100", line(od, "fargate.vcpu-hours").quantity());
        assertEquals("Fargate has no Reserved Instances", option(b, PurchaseOption.parse("reserved/1y/convertible/no-upfront")).reason());
    }

    @Test
    void fargateSpotEnvironmentIsBoughtAtFargateSpot() {
        BlockCost b = one(queue(BatchQueue.Compute.FARGATE_SPOT, null, 600, "1", "2", "10"));
        // 100 × 0.01458 + 200 × 0.0016 = 1.458 + 0.32
        assertEquals(PurchaseOption.SPOT, b.chosenOption());
        assertExactly("1.778", b.chosen().monthlyEffective());
    }

    @Test
    void fargateJobSizeIsRoundedUpToAValidPair() {
        // 1.5 vCPU / 3 GB → 2 vCPU / 4 GB; 60 jobs × 60 min = 60 job-hours: 120 × 0.04048 + 240 × 0.004445 = 4.8576 + 1.0668
        BlockCost b = one(queue(BatchQueue.Compute.FARGATE, null, 60, "1.5", "3", "60"));
        assertExactly("5.9244", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals(List.of("1.5 vCPU / 3 GB is not a Fargate size; jobs are priced as 2 vCPU / 4 GB"), b.warnings());
    }

    @Test
    void batchTwinRepacksOnGraviton() {
        BlockCost b = one(queue(BatchQueue.Compute.EC2, "m5.xlarge", 1000, "2", "4", "30"));
        // m8g.xlarge also fits 2 jobs: 250 instance-hours × 0.17952 = 44.88; saving 48 − 44.88 = 3.12
        assertEquals("m8g.xlarge", b.graviton().twinType());
        assertExactly("3.12", b.graviton().savingMonthly());
    }

    @Test
    void ec2InstancesPayForTheirGp3VolumesForTheHoursTheyRun() {
        // m5.large registers 7,985 MiB: 1 vCPU / 1 GB jobs fit min(2, floor(7,985 ÷ 1,024) = 7) = 2 per instance.
        // 2,920 jobs × 30 min ÷ (60 × 2) = 730 instance-hours = 1 instance-month; × $0.096 = 70.08.
        // https://aws.amazon.com/ebs/pricing/ (us-east-1), a volume of 100 GB / 6,000 IOPS / 250 MB/s for that month:
        // 100 × 0.08 = 8.00; (6,000 − 3,000) × 0.005 = 15.00; (250 − 125) × 0.04 = 5.00; EBS 28.00, On-Demand 98.08
        BatchQueue q = queue(BatchQueue.Compute.EC2, "m5.large", 2_920, "1", "1", "30")
                .withEbs(new dev.costbench.model.EbsVolume(100, 6_000, 250));
        OptionCost od = option(one(q), PurchaseOption.ON_DEMAND);
        assertExactly("8", line(od, "ebs.gp3").monthly());
        assertExactly("15", line(od, "ebs.gp3_iops").monthly());
        assertExactly("5", line(od, "ebs.gp3_throughput").monthly());
        assertExactly("98.08", od.monthlyEffective());
    }
}
