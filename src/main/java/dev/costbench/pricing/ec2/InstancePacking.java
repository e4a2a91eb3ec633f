package dev.costbench.pricing.ec2;

import dev.costbench.catalog.InstanceType;
import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many tasks or jobs of a given size fit on one instance: limited by whichever of vCPU and memory runs
 * out first, floor(instance vCPU ÷ task vCPU) and floor(registered MiB ÷ (task GB × 1,024)). Zero means it does
 * not fit. An ECS container instance (Batch compute resources are ECS container instances) registers less memory
 * than it has installed, the kernel's and platform's share taken out (AWS ECS "Reserving Amazon ECS Linux container
 * instance memory", Batch "Compute resource memory management"): AWS's m4.large with 8 GiB (8,192 MiB) installed
 * registers 7,985 MiB. Registered MiB = floor(installed GiB × 1,024 × 7,985 ÷ 8,192), that example's share
 * (97.47 %) applied to every type; a task's GB is its MiB ÷ 1,024, as in a task definition.
 */
public final class InstancePacking {
    private InstancePacking() {}

    /** No limit from a size of 0: as many as an int holds. */
    private static final Quantity UNLIMITED = Quantity.Constant.of(Integer.MAX_VALUE);
    private static final Quantity ZERO = Quantity.Constant.of(0);
    private static final Quantity MIB_PER_GIB = Quantity.Constant.of(1024);
    /** AWS's m4.large: 8,192 MiB installed, 7,985 MiB registered. */
    private static final Quantity REGISTERED_MIB = Quantity.Constant.of(7985), INSTALLED_MIB = Quantity.Constant.of(8192);

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
        Capacity c = CAPACITIES.get(type);
        if (c == null) c = CAPACITIES.computeIfAbsent(type, Capacity::of);
        return Quantity.min(fits(c.vcpu(), cpu), fits(c.registered(), Quantity.mul(memoryGb, MIB_PER_GIB)));
    }

    /** A type's vCPU and registered memory as named catalog facts, the same for every block on the type. */
    private record Capacity(Quantity vcpu, Quantity registered) {
        static Capacity of(InstanceType type) {
            Quantity vcpu = Quantity.Named.of(type.name() + ".vcpu", type.name() + " vCPU", "vCPU", "from the catalog",
                    Quantity.Constant.of(type.vcpu()));
            Quantity gib = Quantity.Named.of(type.name() + ".memory", type.name() + " memory", "GiB", "from the catalog",
                    new Quantity.Constant(type.memoryGib()));
            return new Capacity(vcpu, Quantity.Named.of(type.name() + ".registered_memory",
                    type.name() + " memory registered for tasks", "MiB", "installed × 7,985 ÷ 8,192, as AWS's m4.large registers",
                    registeredMib(gib)));
        }
    }

    /**
     * Worked out once per instance type (keyed by the whole type, so a catalog that gives a name other figures gets its
     * own): a reprice of thousands of tasks' blocks otherwise builds the same three figures and six names for each.
     */
    private static final Map<InstanceType, Capacity> CAPACITIES = new ConcurrentHashMap<>();

    /** floor(installed GiB × 1,024 × 7,985 ÷ 8,192): the MiB an ECS container instance registers. */
    public static Quantity registeredMib(Quantity installedGib) {
        return Quantity.floor(Quantity.div(Quantity.mul(Quantity.mul(installedGib, MIB_PER_GIB), REGISTERED_MIB), INSTALLED_MIB));
    }

    /** ceil(count ÷ per instance), the instances {@code count} tasks need. */
    public static Quantity instancesFor(Quantity count, Quantity perInstance) {
        return Quantity.ceil(Quantity.div(count, perInstance));
    }

    private static Quantity fits(Quantity capacity, Quantity need) {
        return new Quantity.IfAbove(need, ZERO, Quantity.min(Quantity.floor(Quantity.div(capacity, need)), UNLIMITED), UNLIMITED);
    }
}
