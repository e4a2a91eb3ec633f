package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * A fixed fleet of {@code count} EC2 instances of one type, without an Auto Scaling group, each with a gp3 volume of
 * {@code ebsGbPerInstance} GB. Every instance is bought under the block's purchase option, on the block's {@code tenancy}.
 */
public record Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption,
                           String instanceType, int count, int ebsGbPerInstance, String gravitonType, Tenancy tenancy,
                           Map<String, Object> extensions) implements Block {

    public Ec2Instances {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A block with no fields beyond the ones this version knows. */
    public Ec2Instances(String id, String name, double x, double y, PurchaseOption purchaseOption, String instanceType,
                        int count, int ebsGbPerInstance, String gravitonType) {
        this(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, Tenancy.DEFAULT, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.EC2_INSTANCES; }
    @Override public Ec2Instances withId(String v) { return new Ec2Instances(v, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    @Override public Ec2Instances withName(String v) { return new Ec2Instances(id, v, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    @Override public Ec2Instances withPosition(double nx, double ny) { return new Ec2Instances(id, name, nx, ny, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    @Override public Ec2Instances withPurchaseOption(PurchaseOption v) { return new Ec2Instances(id, name, x, y, v, instanceType, count, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    public Ec2Instances withInstanceType(String v) { return new Ec2Instances(id, name, x, y, purchaseOption, v, count, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    public Ec2Instances withCount(int v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, v, ebsGbPerInstance, gravitonType, tenancy, extensions); }
    public Ec2Instances withEbsGbPerInstance(int v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, v, gravitonType, tenancy, extensions); }
    public Ec2Instances withGravitonType(String v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, v, tenancy, extensions); }
    public Ec2Instances withTenancy(Tenancy v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, v, extensions); }
    @Override public Ec2Instances withExtensions(Map<String, Object> v) { return new Ec2Instances(id, name, x, y, purchaseOption, instanceType, count, ebsGbPerInstance, gravitonType, tenancy, v); }

    /**
     * The same instances as an Auto Scaling group that never scales (min = desired = max = count, all bought under the
     * block's option): the one home of EC2 instance and EBS pricing prices both kinds.
     */
    public AutoScalingGroup asFixedGroup(String type) {
        return new AutoScalingGroup(id, name, x, y, purchaseOption, type, count, count, count, 0, 100, ebsGbPerInstance,
                gravitonType, LoadProfile.NONE, tenancy, Map.of());
    }
}
