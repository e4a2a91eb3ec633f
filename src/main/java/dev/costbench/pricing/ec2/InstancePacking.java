package dev.costbench.pricing.ec2;

import dev.costbench.catalog.InstanceType;
import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;

/**
 * How many tasks or jobs of a given size fit on one instance: limited by whichever of vCPU and memory runs
 * out first, floor(instance vCPU ÷ task vCPU) and floor(instance GiB ÷ task GB). Zero means it does not fit.
 */
public final class InstancePacking {
    private InstancePacking() {}

    /** No limit from a size of 0: as many as an int holds. */
    private static final Quantity UNLIMITED = Quantity.Constant.of(Integer.MAX_VALUE);
    private static final Quantity ZERO = Quantity.Constant.of(0);

    public static int perInstance(InstanceType type, BigDecimal cpu, BigDecimal memoryGb) {
        return rule(type, new Quantity.Constant(cpu == null ? BigDecimal.ZERO : cpu),
                new Quantity.Constant(memoryGb == null ? BigDecimal.ZERO : memoryGb)).value().intValueExact();
    }

    /** Instances needed for {@code count} tasks at {@code perInstance} each: ceil(count ÷ perInstance). */
    public static int instancesFor(int count, int perInstance) {
        return (int) (((long) count + perInstance - 1) / perInstance);
    }

    /**
     * Per instance as a rule over the task's (or job's) size; the type's vCPU and memory are catalog facts, named
     * after the type so that a block and its Graviton twin each have their own.
     */
    public static Quantity rule(InstanceType type, Quantity cpu, Quantity memoryGb) {
        Quantity vcpu = Quantity.Named.of(type.name() + ".vcpu", type.name() + " vCPU", "vCPU", "from the catalog",
                Quantity.Constant.of(type.vcpu()));
        Quantity gib = Quantity.Named.of(type.name() + ".memory", type.name() + " memory", "GiB", "from the catalog",
                new Quantity.Constant(type.memoryGib()));
        return Quantity.min(fits(vcpu, cpu), fits(gib, memoryGb));
    }

    /** ceil(count ÷ per instance), the instances {@code count} tasks need. */
    public static Quantity instancesFor(Quantity count, Quantity perInstance) {
        return Quantity.ceil(Quantity.div(count, perInstance));
    }

    private static Quantity fits(Quantity capacity, Quantity need) {
        return new Quantity.IfAbove(need, ZERO, Quantity.min(Quantity.floor(Quantity.div(capacity, need)), UNLIMITED), UNLIMITED);
    }
}
