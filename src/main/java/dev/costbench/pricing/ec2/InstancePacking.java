package dev.costbench.pricing.ec2;

import dev.costbench.catalog.InstanceType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many tasks or jobs of a given size fit on one instance: limited by whichever of vCPU and memory runs
 * out first, floor(instance vCPU ÷ task vCPU) and floor(instance GiB ÷ task GB). Zero means it does not fit.
 */
public final class InstancePacking {
    private InstancePacking() {}

    public static int perInstance(InstanceType type, BigDecimal cpu, BigDecimal memoryGb) {
        long byCpu = fits(BigDecimal.valueOf(type.vcpu()), cpu);
        long byMemory = fits(type.memoryGib(), memoryGb);
        return (int) Math.min(Math.min(byCpu, byMemory), Integer.MAX_VALUE);
    }

    /** Instances needed for {@code count} tasks at {@code perInstance} each: ceil(count ÷ perInstance). */
    public static int instancesFor(int count, int perInstance) {
        return (int) (((long) count + perInstance - 1) / perInstance);
    }

    private static long fits(BigDecimal capacity, BigDecimal need) {
        if (need == null || need.signum() <= 0) return Long.MAX_VALUE;
        return capacity.divide(need, 0, RoundingMode.FLOOR).longValue();
    }
}
