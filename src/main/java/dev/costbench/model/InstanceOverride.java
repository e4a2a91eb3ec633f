package dev.costbench.model;

/**
 * One instance type of an Auto Scaling group's mixed-instances policy (a launch template override) and its
 * {@code weight}, AWS's WeightedCapacity: how many capacity units one instance of the type counts toward the
 * group's desired capacity (1 when not weighted).
 */
public record InstanceOverride(String instanceType, int weight) {
    public static final int DEFAULT_WEIGHT = 1;

    public static InstanceOverride of(String instanceType) { return new InstanceOverride(instanceType, DEFAULT_WEIGHT); }

    public InstanceOverride withInstanceType(String v) { return new InstanceOverride(v, weight); }
    public InstanceOverride withWeight(int v) { return new InstanceOverride(instanceType, v); }
}
