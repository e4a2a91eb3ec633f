package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * A fixed fleet of {@code count} EC2 instances of one type, without an Auto Scaling group, each with a gp3 volume of
 * {@code ebsGbPerInstance} GB. Every instance is bought under the block's purchase option, on the block's {@code tenancy}.
 */
public record Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption,
                           String instanceType, int count, int ebsGbPerInstance, String gravitonType,
                           Map<String, Object> extensions, int ebsIops, int ebsThroughputMbps, Tenancy tenancy) implements Block {

    public Ec2Instances {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        ebsIops = ebsIops <= 0 ? EbsVolume.INCLUDED_IOPS : ebsIops;
        ebsThroughputMbps = ebsThroughputMbps <= 0 ? EbsVolume.INCLUDED_THROUGHPUT_MBPS : ebsThroughputMbps;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** Instances whose gp3 volume has the included IOPS and throughput. */
    public Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption, String instanceType,
                        int count, int ebsGbPerInstance, String gravitonType, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, 0, 0, Tenancy.DEFAULT);
    }

    /** The gp3 volume each instance carries (the fields every EC2-backed kind shares). */
    public EbsVolume ebs() { return new EbsVolume(ebsGbPerInstance, ebsIops, ebsThroughputMbps); }

    /** Instances on the given tenancy whose gp3 volume has the included IOPS and throughput. */
    public Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption, String instanceType,
                        int count, int ebsGbPerInstance, String gravitonType, Tenancy tenancy, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, 0, 0, tenancy);
    }

    /** A block with no fields beyond the ones this version knows. */
    public Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption, String instanceType,
                        int count, int ebsGbPerInstance, String gravitonType) {
        this(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.EC2_INSTANCES; }
    @Override public Ec2Instances withId(String v) { return new Ec2Instances(v, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    @Override public Ec2Instances withName(String v) { return new Ec2Instances(id, v, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    @Override public Ec2Instances withPosition(double nx, double ny) { return new Ec2Instances(id, name, nx, ny, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    @Override public Ec2Instances withPurchaseOption(PurchaseOption v) { return new Ec2Instances(id, name, x, y, v, instanceType, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    public Ec2Instances withInstanceType(String v) { return new Ec2Instances(id, name, x, y, purchaseOption, v, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    public Ec2Instances withCount(int v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, v, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    public Ec2Instances withEbsGbPerInstance(int v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, v, gravitonType, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    public Ec2Instances withGravitonType(String v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, v, extensions, ebsIops, ebsThroughputMbps, tenancy); }
    public Ec2Instances withEbs(EbsVolume v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, v.gb(), gravitonType, extensions, v.iops(), v.throughputMbps(), tenancy); }
    public Ec2Instances withTenancy(Tenancy v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, extensions, ebsIops, ebsThroughputMbps, v); }
    @Override public Ec2Instances withExtensions(Map<String, Object> v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, v, ebsIops, ebsThroughputMbps, tenancy); }

    /**
     * The same instances as an Auto Scaling group that never scales (min = desired = max = count, all bought under the
     * block's option): the one home of EC2 instance and EBS pricing prices both kinds.
     */
    public AutoScalingGroup asFixedGroup(String type) {
        return new AutoScalingGroup(id, name, x, y, purchaseOption, type, count, count, count, 0, 100, 0,
                gravitonType, LoadProfile.NONE).withEbs(ebs()).withTenancy(tenancy);
    }
}
