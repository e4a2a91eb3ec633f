package dev.costbench.pricing.batch;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.ec2.InstancePacking;
import dev.costbench.pricing.ec2.InstanceUsage;
import dev.costbench.pricing.fargate.FargateCompute;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An AWS Batch queue, priced by the compute it uses (Batch itself adds no charge). EC2: jobs packed onto the
 * instance type by vCPU and memory, instance-hours = jobs × minutes ÷ 60 ÷ jobs per instance. Fargate: job-hours
 * × the job's size rounded up to a valid Fargate pair. {@code ec2-spot} and {@code fargate-spot} environments
 * are bought at Spot; the other options show the same work bought On-Demand or committed. With a load profile
 * each hour's value is the number of jobs running at once and replaces jobs × minutes: EC2 runs
 * ceil(jobs ÷ jobs per instance) instances that hour, Fargate one task per job, and the month has 730 ÷ 168 of each
 * hour of the week.
 */
public final class BatchQueuePricer {
    private BatchQueuePricer() {}

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public static PricedBlock ec2(BatchQueue queue, String instanceType, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        String jobs = jobs(queue);
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(jobs, "no instance type chosen", warnings);
        InstanceRates instance = rates.instance(instanceType);
        InstanceType spec = instance.spec();
        if (spec == null) return PricedBlock.missing(jobs + " on " + instanceType, instance.missingSpec(), warnings);
        int perInstance = InstancePacking.perInstance(spec, queue.vcpuPerJob(), queue.memoryGbPerJob());
        if (perInstance == 0) {
            String reason = "a " + jobSize(queue) + " job does not fit on " + instanceType + " (" + spec.shortSpec() + ")";
            warnings.add(reason);
            return PricedBlock.unpriceable(jobs + " on " + instanceType, reason, warnings);
        }
        LoadHours load = LoadHours.of(queue.loadProfile(), 0);
        BigDecimal instanceHours = load.profiled()
                ? monthOf(load.weekTotal(n -> InstancePacking.instancesFor(n, perInstance)))
                // one division for the block: jobs × minutes ÷ (60 × jobs per instance)
                : Money.bounded(Money.divide(jobMinutes(queue), MINUTES_PER_HOUR.multiply(BigDecimal.valueOf(perInstance))));
        if (load.profiled()) jobs = concurrent(load);
        InstanceUsage usage = new InstanceUsage(instance, instanceHours);
        String keySize = jobs + " on " + instanceType + " (" + perInstance + " per instance, "
                + SizeText.plain(instanceHours) + " instance-hours)";
        OptionLines lines = new OptionLines(null);
        return new PricedBlock(keySize, PricedBlock.eachOption(o -> {
            OptionLines out = lines.reset(o);
            usage.addTo(out);
            return out.build();
        }), warnings);
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
        BigDecimal jobHours = load.profiled() ? monthOf(load.weekTotal(n -> n))
                : Money.bounded(Money.divide(jobMinutes(queue), MINUTES_PER_HOUR));
        if (load.profiled()) jobs = concurrent(load);
        FargateCompute compute = new FargateCompute(rates, arch, FargateCompute.Measure.USED,
                jobHours.multiply(size.vcpu()), jobHours.multiply(size.memoryGb()), BigDecimal.ZERO, BigDecimal.ZERO, null);
        String keySize = jobs + " × " + size.label() + " on Fargate" + (arch == Architecture.ARM64 ? " · arm64" : "");
        return new PricedBlock(keySize, compute.eachOption(), warnings);
    }

    /** A week's total (e.g. instance-hours) over a month: × 730 ÷ 168. */
    private static BigDecimal monthOf(long weekTotal) {
        return LoadHours.divideByWeek(BigDecimal.valueOf(weekTotal).multiply(Money.HOURS_PER_MONTH));
    }

    /** "4.38 jobs at once on average (profile 0–10)" */
    private static String concurrent(LoadHours load) {
        return SizeText.plain(load.average()) + " jobs at once on average (profile " + load.rangeText() + ")";
    }

    private static BigDecimal jobMinutes(BatchQueue q) {
        BigDecimal minutes = q.avgJobMinutes() == null ? BigDecimal.ZERO : q.avgJobMinutes();
        return BigDecimal.valueOf(Math.max(q.jobsPerMonth(), 0)).multiply(minutes);
    }

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
