package dev.costbench.pricing.batch;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.EcsService;
import dev.costbench.model.Tenancy;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.ec2.EbsVolumes;
import dev.costbench.pricing.ec2.InstancePacking;
import dev.costbench.pricing.ec2.InstanceUsage;
import dev.costbench.pricing.ec2.TenancyFleet;
import dev.costbench.pricing.fargate.FargateCompute;
import dev.costbench.pricing.fargate.FargateMinimum;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An AWS Batch queue, priced by the compute it uses (Batch itself adds no charge). EC2: jobs packed onto the
 * instance type by vCPU and memory, instance-hours = jobs × minutes ÷ 60 ÷ jobs per instance. Fargate: job-hours
 * (each job billed at least one minute) × the job's size rounded up to a valid Fargate pair. {@code ec2-spot} and {@code fargate-spot} environments
 * are bought at Spot; the other options show the same work bought On-Demand or committed. With a load profile
 * each hour's value is the number of jobs running at once and replaces jobs × minutes: EC2 runs
 * ceil(jobs ÷ jobs per instance) instances that hour, Fargate one task per job, and the month has 730 ÷ 168 of each
 * hour of the week.
 */
public final class BatchQueuePricer {
    private BatchQueuePricer() {}

    private static final Quantity MINUTES_PER_HOUR = Quantity.Constant.of(60);

    public static PricedBlock ec2(BatchQueue queue, String instanceType, RateBook rates) {
        return ec2(queue, instanceType, rates, new EveryOptionLines());
    }

    /**
     * EC2 compute with {@code dedicatedFee}, the queue's share of the region's Dedicated fee (empty unless its
     * instances run as Dedicated Instances; see {@link TenancyFleet}). Dedicated Hosts are not offered for a queue:
     * hosts are allocated for the busiest hour, which jobs × minutes does not tell.
     */
    public static PricedBlock ec2(BatchQueue queue, String instanceType, RateBook rates, EveryOptionLines dedicatedFee) {
        List<String> warnings = new ArrayList<>(1);
        String jobs = jobs(queue);
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(jobs, "no instance type chosen", warnings);
        if (queue.tenancy() == Tenancy.HOST)
            return PricedBlock.unpriceable(jobs + " on " + instanceType, BatchQueue.NO_HOSTS, warnings);
        InstanceRates instance = TenancyFleet.rates(rates, queue.tenancy(), instanceType);
        InstanceType spec = instance.spec();
        if (spec == null) return PricedBlock.missing(jobs + " on " + instanceType, instance.missingSpec(), warnings);
        Quantity vcpu = Quantity.Input.number("vcpuPerJob", "vCPU per job", "vCPU", null, orZero(queue.vcpuPerJob()));
        Quantity memory = Quantity.Input.number("memoryGbPerJob", "Memory per job", "GB", null, orZero(queue.memoryGbPerJob()));
        Quantity.Named per = Quantity.Named.of("jobs_per_instance(" + instanceType + ")", "Jobs per " + instanceType, "jobs",
                "min(floor(vCPU ÷ job vCPU), floor(registered MiB ÷ job MiB))", InstancePacking.rule(spec, vcpu, memory));
        int perInstance = per.value().intValueExact();
        if (perInstance == 0) {
            String reason = "a " + jobSize(queue) + " job does not fit on " + instanceType + " (" + spec.shortSpec() + ")";
            warnings.add(reason);
            return PricedBlock.unpriceable(jobs + " on " + instanceType, reason, warnings);
        }
        LoadHours load = LoadHours.of(queue.loadProfile(), 0);
        Quantity hours;
        if (load.profiled()) {
            LoadLevels levels = LoadLevels.of(load, "jobs at once", queue.loadProfile().preset());
            // each hour runs ceil(jobs at once ÷ jobs per instance) instances
            hours = LoadLevels.monthOf(levels.weekTotal(i -> InstancePacking.instancesFor(levels.count(i), per)),
                    Money.HOURS_PER_MONTH);
            jobs = concurrent(load);
        } else {
            // one division for the block: jobs × minutes ÷ (60 × jobs per instance)
            hours = Quantity.div(Quantity.mul(jobsPerMonth(queue), minutes(queue)), Quantity.mul(MINUTES_PER_HOUR, per));
        }
        Quantity.Named instanceHours = Quantity.Named.of("instance_hours(" + instanceType + ")",
                "Instance-hours on " + instanceType, "per month", load.profiled()
                        ? "Σ hours × ceil(jobs at once ÷ jobs per instance) × hours per month ÷ 168"
                        : "jobs × minutes ÷ 60 ÷ jobs per instance", hours);
        InstanceUsage usage = new InstanceUsage(instance, instanceHours);
        // a volume exists while its instance runs: instance-hours ÷ 730 instance-months of gp3
        EveryOptionLines ebs = EbsVolumes.lines(queue.ebs(), Quantity.Named.of("instance_months(" + instanceType + ")",
                "Instance-months on " + instanceType, "instances", "instance-hours ÷ hours per month",
                Quantity.div(instanceHours, Quantity.Constant.of(Money.HOURS_PER_MONTH.longValueExact()))), rates);
        // under a load profile the words stay text: its jobs at once and range would not follow an edited level
        Wording keySize = load.profiled()
                ? Wording.of(jobs + " on " + instanceType + " (" + perInstance + " per instance, ", instanceHours,
                        " instance-hours)").asText()
                : Wording.of(new Wording.Count(jobsPerMonth(queue)), " jobs × ",
                        queue.avgJobMinutes() == null ? "?" : minutes(queue), " min on " + instanceType + " (",
                        Wording.whole(per), " per instance, ", instanceHours, " instance-hours)");
        return TenancyFleet.price(queue.tenancy(), keySize, rates, instanceType, null, usage::addTo, dedicatedFee, warnings, ebs);
    }

    public static PricedBlock fargate(BatchQueue queue, Architecture arch, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        String jobs = jobs(queue);
        FargateSize size = FargateSize.smallestHolding(queue.vcpuPerJob(), queue.memoryGbPerJob());
        if (size == null) {
            String reason = "no Fargate size holds a " + jobSize(queue) + " job (largest 16 vCPU / 120 GB)";
            warnings.add(reason);
            return PricedBlock.unpriceable(jobs, reason, warnings);
        }
        if (FargateSize.exactly(queue.vcpuPerJob(), queue.memoryGbPerJob()) == null)
            warnings.add(jobSize(queue) + " is not a Fargate size; jobs are priced as " + size.label());
        LoadHours load = LoadHours.of(queue.loadProfile(), 0);
        Quantity jobHours;
        if (load.profiled()) {
            LoadLevels levels = LoadLevels.of(load, "jobs at once", queue.loadProfile().preset());
            jobHours = Quantity.Named.of("job_hours", "Job-hours", "per month", "Σ hours × jobs at once × hours per month ÷ 168",
                    LoadLevels.monthOf(levels.weekTotal(levels::count), Money.HOURS_PER_MONTH));
            jobs = concurrent(load);
        } else {
            Quantity billed = Quantity.Named.of("billed_minutes", "Minutes billed per job", "minutes",
                    "Fargate bills at least one minute per job: max(minutes, 1)", FargateMinimum.billedMinutes(minutes(queue)));
            jobHours = Quantity.Named.of("job_hours", "Job-hours", "per month", "jobs × billed minutes ÷ 60",
                    Quantity.div(Quantity.mul(jobsPerMonth(queue), billed), MINUTES_PER_HOUR));
        }
        String note = FargateSize.exactly(queue.vcpuPerJob(), queue.memoryGbPerJob()) != null ? "a valid Fargate size"
                : "asked " + jobSize(queue) + "; rounded up to a valid Fargate size";
        Quantity vcpu = Quantity.Input.number("vcpuPerJob", "vCPU per job (Fargate size)", "vCPU", note, size.vcpu());
        Quantity gb = Quantity.Input.number("memoryGbPerJob", "Memory per job (Fargate size)", "GB", note, size.memoryGb());
        // each job pays for its storage above the 20 GB included, for its billed hours
        Quantity extraGb = Quantity.mul(jobHours, Quantity.sub(Quantity.Input.number("ephemeralStorageGb",
                "Ephemeral storage per job", "GB", "20 GB are included", queue.ephemeralStorageGb()),
                Quantity.Constant.of(EcsService.INCLUDED_EPHEMERAL_GB)));
        FargateCompute compute = new FargateCompute(rates, arch, FargateCompute.Measure.USED,
                FargateCompute.Rules.fargateOnly(Quantity.mul(jobHours, vcpu), Quantity.mul(jobHours, gb)), null)
                .withEphemeralStorage(rates, extraGb);
        String keySize = jobs + " × " + size.label() + " on Fargate" + (arch == Architecture.ARM64 ? " · arm64" : "")
                + (queue.ephemeralStorageGb() > EcsService.INCLUDED_EPHEMERAL_GB ? " · " + queue.ephemeralStorageGb() + " GB storage" : "");
        return new PricedBlock(keySize, compute.eachOption(), warnings);
    }

    /** "4.38 jobs at once on average (profile 0–10)" */
    private static String concurrent(LoadHours load) {
        return SizeText.plain(load.average()) + " jobs at once on average (profile " + load.rangeText() + ")";
    }

    private static Quantity jobsPerMonth(BatchQueue q) {
        return Quantity.Input.number("jobsPerMonth", "Jobs", "per month", null, Math.max(q.jobsPerMonth(), 0));
    }

    private static Quantity minutes(BatchQueue q) {
        return Quantity.Input.number("avgJobMinutes", "Minutes per job", "minutes", null, orZero(q.avgJobMinutes()));
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }

    /** "5,000 jobs × 30 min" */
    private static String jobs(BatchQueue q) {
        return SizeText.count(q.jobsPerMonth()) + " jobs × "
                + (q.avgJobMinutes() == null ? "?" : SizeText.plain(q.avgJobMinutes())) + " min";
    }

    private static String jobSize(BatchQueue q) {
        return (q.vcpuPerJob() == null ? "?" : SizeText.plain(q.vcpuPerJob())) + " vCPU / "
                + (q.memoryGbPerJob() == null ? "?" : SizeText.plain(q.memoryGbPerJob())) + " GB";
    }
}
