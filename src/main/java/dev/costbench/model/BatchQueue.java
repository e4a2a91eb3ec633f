package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An AWS Batch job queue with its compute environment. Jobs are packed onto {@code instanceType}
 * ({@code ec2}, {@code ec2-spot}) by vCPU and memory, or run as Fargate tasks
 * ({@code fargate}, {@code fargate-spot}). Batch itself adds no charge.
 */
public record BatchQueue(String id, String name, double x, double y, PurchaseOption purchaseOption,
                         Compute compute, String instanceType, long jobsPerMonth, BigDecimal vcpuPerJob,
                         BigDecimal memoryGbPerJob, BigDecimal avgJobMinutes, Architecture architecture,
                         String gravitonType, LoadProfile loadProfile, int ephemeralStorageGb, EbsVolume ebs,
                         Map<String, Object> extensions, Tenancy tenancy) implements Block {

    /** Why a queue's instances are not priced on Dedicated Hosts (the file reader refuses {@code host}). */
    public static final String NO_HOSTS = "Costbench prices no Dedicated Hosts for a Batch queue: hosts are allocated for the "
            + "busiest hour, which jobs × minutes does not tell";

    public enum Compute {
        EC2("ec2"), EC2_SPOT("ec2-spot"), FARGATE("fargate"), FARGATE_SPOT("fargate-spot");
        private final String fileName;
        Compute(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public boolean isFargate() { return this == FARGATE || this == FARGATE_SPOT; }
        public boolean isSpot() { return this == EC2_SPOT || this == FARGATE_SPOT; }
        public static Compute fromFileName(String s) {
            for (Compute c : values()) if (c.fileName.equalsIgnoreCase(s)) return c;
            return null;
        }
    }

    public BatchQueue {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        compute = compute == null ? Compute.EC2 : compute;
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
        ephemeralStorageGb = ephemeralStorageGb <= 0 ? EcsService.INCLUDED_EPHEMERAL_GB : ephemeralStorageGb;
        ebs = ebs == null ? EbsVolume.NONE : ebs;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A block whose EC2 instances run on shared hardware (tenancy {@code default}). */
    public BatchQueue(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      Compute compute, String instanceType, long jobsPerMonth, BigDecimal vcpuPerJob,
                      BigDecimal memoryGbPerJob, BigDecimal avgJobMinutes, Architecture architecture,
                      String gravitonType, LoadProfile loadProfile, int ephemeralStorageGb, EbsVolume ebs,
                      Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, Tenancy.DEFAULT);
    }

    /** A queue whose EC2 instances have no priced EBS volume. */
    public BatchQueue(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      Compute compute, String instanceType, long jobsPerMonth, BigDecimal vcpuPerJob,
                      BigDecimal memoryGbPerJob, BigDecimal avgJobMinutes, Architecture architecture,
                      String gravitonType, LoadProfile loadProfile, int ephemeralStorageGb, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes,
                architecture, gravitonType, loadProfile, ephemeralStorageGb, EbsVolume.NONE, extensions);
    }

    /** A block with the 20 GB of ephemeral storage a Fargate job includes, and {@code extensions}. */
    public BatchQueue(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      Compute compute, String instanceType, long jobsPerMonth, BigDecimal vcpuPerJob,
                      BigDecimal memoryGbPerJob, BigDecimal avgJobMinutes, Architecture architecture,
                      String gravitonType, LoadProfile loadProfile, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes,
                architecture, gravitonType, loadProfile, EcsService.INCLUDED_EPHEMERAL_GB, extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public BatchQueue(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      Compute compute, String instanceType, long jobsPerMonth, BigDecimal vcpuPerJob,
                      BigDecimal memoryGbPerJob, BigDecimal avgJobMinutes, Architecture architecture,
                      String gravitonType, LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, EcsService.INCLUDED_EPHEMERAL_GB, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.BATCH_QUEUE; }
    @Override public BatchQueue withId(String v) { return new BatchQueue(v, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public BatchQueue withName(String v) { return new BatchQueue(id, v, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public BatchQueue withPosition(double nx, double ny) { return new BatchQueue(id, name, nx, ny, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public BatchQueue withPurchaseOption(PurchaseOption v) { return new BatchQueue(id, name, x, y, v, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public BatchQueue withCompute(Compute v) { return new BatchQueue(id, name, x, y, purchaseOption, v, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public BatchQueue withJobsPerMonth(long v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, v, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public BatchQueue withLoadProfile(LoadProfile v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, v, ephemeralStorageGb, ebs, extensions, tenancy); }
    public BatchQueue withEphemeralStorageGb(int v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, v, ebs, extensions, tenancy); }
    @Override public BatchQueue withExtensions(Map<String, Object> v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, v, tenancy); }
    public BatchQueue withEbs(EbsVolume v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, v, extensions, tenancy); }
    public BatchQueue withTenancy(Tenancy v) { return new BatchQueue(id, name, x, y, purchaseOption, compute, instanceType, jobsPerMonth, vcpuPerJob, memoryGbPerJob, avgJobMinutes, architecture, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, v); }
}
