package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * An EC2 Auto Scaling group. Expected cost is at {@code desired}; min..max gives the range.
 * Mixed-instances policy: {@code onDemandBase} instances, then {@code onDemandPercentAboveBase}% of the
 * rest On-Demand and the remainder Spot (100% when no policy is set). {@code ebsGbPerInstance} is gp3.
 * {@code tenancy} puts the instances on shared hardware, Dedicated Instances or Dedicated Hosts.
 */
public record AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                               String instanceType, int min, int desired, int max,
                               int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                               String gravitonType, LoadProfile loadProfile, Tenancy tenancy,
                               Map<String, Object> extensions) implements Block {

    public AutoScalingGroup {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A group on shared hardware (default tenancy). */
    public AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            String instanceType, int min, int desired, int max,
                            int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                            String gravitonType, LoadProfile loadProfile, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, Tenancy.DEFAULT, extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            String instanceType, int min, int desired, int max,
                            int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                            String gravitonType, LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, Tenancy.DEFAULT, Map.of());
    }

    public static AutoScalingGroup of(String id, String name, String instanceType, int min, int desired, int max) {
        return new AutoScalingGroup(id, name, 0, 0, null, instanceType, min, desired, max, 0, 100, 0, null, null);
    }

    @Override public BlockKind kind() { return BlockKind.ASG; }
    @Override public AutoScalingGroup withId(String v) { return new AutoScalingGroup(v, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    @Override public AutoScalingGroup withName(String v) { return new AutoScalingGroup(id, v, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    @Override public AutoScalingGroup withPosition(double nx, double ny) { return new AutoScalingGroup(id, name, nx, ny, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    @Override public AutoScalingGroup withPurchaseOption(PurchaseOption v) { return new AutoScalingGroup(id, name, x, y, v, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withInstanceType(String v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, v, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withCounts(int nMin, int nDesired, int nMax) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, nMin, nDesired, nMax, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withMixedPolicy(int base, int pctAboveBase) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, base, pctAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withEbsGbPerInstance(int v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, v, gravitonType, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withGravitonType(String v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, v, loadProfile, tenancy, extensions); }
    public AutoScalingGroup withLoadProfile(LoadProfile v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, v, tenancy, extensions); }
    public AutoScalingGroup withTenancy(Tenancy v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, v, extensions); }
    @Override public AutoScalingGroup withExtensions(Map<String, Object> v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, tenancy, v); }
}
