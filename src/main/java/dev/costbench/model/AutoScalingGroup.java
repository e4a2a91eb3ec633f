package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;
import java.util.Map;

/**
 * An EC2 Auto Scaling group. Expected cost is at {@code desired}; min..max gives the range.
 * Mixed-instances policy: {@code onDemandBase} instances, then {@code onDemandPercentAboveBase}% of the
 * rest On-Demand and the remainder Spot (100% when no policy is set). Each instance carries a gp3 volume
 * ({@link #ebs()}). With {@code overrides} (several instance types, each with a weight) the group launches those
 * types instead of {@code instanceType}, desired/min/max/base count capacity units, and {@code onDemandAllocation}
 * says which type the On-Demand units run on. {@code tenancy} puts the instances on shared hardware, Dedicated
 * Instances or Dedicated Hosts.
 */
public record AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                               String instanceType, int min, int desired, int max,
                               int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                               String gravitonType, LoadProfile loadProfile,
                               Map<String, Object> extensions,
                               int ebsIops, int ebsThroughputMbps,
                               List<InstanceOverride> overrides, OnDemandAllocation onDemandAllocation,
                               Tenancy tenancy) implements Block {

    /** How the On-Demand capacity of a group with overrides picks its instance type (AWS's OnDemandAllocationStrategy). */
    public enum OnDemandAllocation {
        /** The first override listed, then the next when it has no capacity (AWS's default for listed types). */
        PRIORITIZED("prioritized"),
        /** The override with the lowest On-Demand price per capacity unit (price ÷ weight). */
        LOWEST_PRICE("lowest-price");

        private final String fileName;

        OnDemandAllocation(String fileName) { this.fileName = fileName; }

        public String fileName() { return fileName; }

        public static OnDemandAllocation fromFileName(String s) {
            for (OnDemandAllocation a : values()) if (a.fileName.equals(s)) return a;
            return null;
        }
    }

    public AutoScalingGroup {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
        ebsIops = ebsIops <= 0 ? EbsVolume.INCLUDED_IOPS : ebsIops;
        ebsThroughputMbps = ebsThroughputMbps <= 0 ? EbsVolume.INCLUDED_THROUGHPUT_MBPS : ebsThroughputMbps;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        onDemandAllocation = onDemandAllocation == null ? OnDemandAllocation.PRIORITIZED : onDemandAllocation;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A group of one instance type with a gp3 volume of {@code ebsGbPerInstance} GB at the included IOPS and throughput. */
    public AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            String instanceType, int min, int desired, int max,
                            int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                            String gravitonType, LoadProfile loadProfile, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase,
                ebsGbPerInstance, gravitonType, loadProfile, extensions, 0, 0, List.of(), null, Tenancy.DEFAULT);
    }

    /** A group of one instance type on the given tenancy. */
    public AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            String instanceType, int min, int desired, int max,
                            int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                            String gravitonType, LoadProfile loadProfile, Tenancy tenancy, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase,
                ebsGbPerInstance, gravitonType, loadProfile, extensions, 0, 0, List.of(), null, tenancy);
    }

    /** A block with no fields beyond the ones this version knows. */
    public AutoScalingGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            String instanceType, int min, int desired, int max,
                            int onDemandBase, int onDemandPercentAboveBase, int ebsGbPerInstance,
                            String gravitonType, LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, Map.of());
    }

    public static AutoScalingGroup of(String id, String name, String instanceType, int min, int desired, int max) {
        return new AutoScalingGroup(id, name, 0, 0, null, instanceType, min, desired, max, 0, 100, 0, null, null);
    }

    /** The gp3 volume each instance carries (the fields every EC2-backed kind shares). */
    public EbsVolume ebs() { return new EbsVolume(ebsGbPerInstance, ebsIops, ebsThroughputMbps); }

    /** True when the group launches several weighted instance types: its sizes then count capacity units. */
    public boolean hasOverrides() { return !overrides.isEmpty(); }

    /** The instance types the group launches: its overrides, or its one instance type at weight 1. */
    public List<InstanceOverride> launchedTypes() {
        return overrides.isEmpty() ? List.of(InstanceOverride.of(instanceType)) : overrides;
    }

    @Override public BlockKind kind() { return BlockKind.ASG; }
    @Override public AutoScalingGroup withId(String v) { return new AutoScalingGroup(v, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    @Override public AutoScalingGroup withName(String v) { return new AutoScalingGroup(id, v, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    @Override public AutoScalingGroup withPosition(double nx, double ny) { return new AutoScalingGroup(id, name, nx, ny, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    @Override public AutoScalingGroup withPurchaseOption(PurchaseOption v) { return new AutoScalingGroup(id, name, x, y, v, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withInstanceType(String v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, v, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withCounts(int nMin, int nDesired, int nMax) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, nMin, nDesired, nMax, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withMixedPolicy(int base, int pctAboveBase) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, base, pctAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withEbsGbPerInstance(int v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, v, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withEbs(EbsVolume v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, v.gb(), gravitonType, loadProfile, extensions, v.iops(), v.throughputMbps(), overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withGravitonType(String v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, v, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withLoadProfile(LoadProfile v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, v, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
    public AutoScalingGroup withOverrides(List<InstanceOverride> v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, v, onDemandAllocation, tenancy); }
    public AutoScalingGroup withOnDemandAllocation(OnDemandAllocation v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, v, tenancy); }
    public AutoScalingGroup withTenancy(Tenancy v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, extensions, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, v); }
    @Override public AutoScalingGroup withExtensions(Map<String, Object> v) { return new AutoScalingGroup(id, name, x, y, purchaseOption, instanceType, min, desired, max, onDemandBase, onDemandPercentAboveBase, ebsGbPerInstance, gravitonType, loadProfile, v, ebsIops, ebsThroughputMbps, overrides, onDemandAllocation, tenancy); }
}
