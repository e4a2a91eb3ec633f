package dev.costbench.project;

import dev.costbench.pricing.eks.EksNodeGroupPricer;
import dev.costbench.pricing.fargate.FargateSize;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Fargate size rules in the product's words, read off the engine's table of valid pairs
 * ({@link FargateSize#ALL}) so that the file, the inspector and the prices can never disagree on what Fargate
 * accepts.
 */
public final class FargateSizes {
    private FargateSizes() {}

    static final BigDecimal MAX_VCPU = FargateSize.LARGEST_VCPU;

    /** The CPU sizes Fargate runs a task with, smallest first. */
    public static final List<BigDecimal> CPUS = FargateSize.ALL.stream().map(FargateSize::vcpu).distinct().toList();

    public static boolean isValidCpu(BigDecimal vcpu) { return vcpu != null && !memoryChoices(vcpu).isEmpty(); }

    /** Whether some Fargate size has at least this CPU and memory, so a pod or job can be rounded up to it. */
    public static boolean anyFits(BigDecimal vcpu, BigDecimal gb) { return FargateSize.smallestHolding(vcpu, gb) != null; }

    /**
     * Why Fargate does not run a task of this size, or null when it does: "Fargate tasks take 0.25, 0.5, 1, 2, 4,
     * 8 or 16 vCPU", "a Fargate task with 1 vCPU takes 2 to 8 GB of memory in 1 GB steps".
     */
    public static String problem(BigDecimal cpu, BigDecimal memoryGb) {
        if (cpu == null || memoryGb == null) return "a Fargate task needs both CPU and memory";
        if (!isValidCpu(cpu)) return "Fargate tasks take " + cpuChoices() + " vCPU";
        if (FargateSize.exactly(cpu, memoryGb) != null) return null;
        return "a Fargate task with " + plain(cpu) + " vCPU takes " + memoryRule(cpu);
    }

    /**
     * Why no Fargate size holds a pod or job of this size, or null when one does: "no Fargate size has 17 vCPU and
     * 2 GB; the largest is 16 vCPU and 120 GB". An EKS pod's memory is counted with what Kubernetes adds to it.
     */
    public static String noneHolds(BigDecimal vcpu, BigDecimal gb, boolean eksPod) {
        if (vcpu == null || gb == null) return null;
        BigDecimal memory = eksPod ? gb.add(EksNodeGroupPricer.POD_OVERHEAD_GB) : gb;
        if (anyFits(vcpu, memory)) return null;
        return "no Fargate size has " + plain(vcpu) + " vCPU and " + plain(memory) + " GB"
                + (eksPod ? " (pod memory + " + plain(EksNodeGroupPricer.POD_OVERHEAD_GB) + " GB for Kubernetes components)" : "")
                + "; " + largest();
    }

    /** "the largest is 16 vCPU and 120 GB" */
    public static String largest() {
        return "the largest is " + plain(FargateSize.LARGEST_VCPU) + " vCPU and " + plain(FargateSize.LARGEST_MEMORY_GB) + " GB";
    }

    /** The memory closest to {@code memoryGb} that Fargate accepts with {@code cpu} (the smaller on a tie). */
    public static BigDecimal nearestMemory(BigDecimal cpu, BigDecimal memoryGb) {
        List<BigDecimal> choices = memoryChoices(cpu);
        if (choices.isEmpty()) return memoryGb;
        if (memoryGb == null) return choices.getFirst();
        BigDecimal best = choices.getFirst();
        for (BigDecimal gb : choices)
            if (gb.subtract(memoryGb).abs().compareTo(best.subtract(memoryGb).abs()) < 0) best = gb;
        return best;
    }

    /** "0.25, 0.5, 1, 2, 4, 8 or 16" */
    static String cpuChoices() { return orList(CPUS.stream().map(FargateSizes::plain).toList()); }

    /** "2 to 8 GB of memory in 1 GB steps" for 1 vCPU; "0.5, 1 or 2 GB of memory" for 0.25 vCPU. */
    static String memoryRule(BigDecimal vcpu) {
        List<BigDecimal> gb = memoryChoices(vcpu);
        if (gb.size() <= 3) return orList(gb.stream().map(FargateSizes::plain).toList()) + " GB of memory";
        BigDecimal step = gb.get(1).subtract(gb.get(0));
        return plain(gb.getFirst()) + " to " + plain(gb.getLast()) + " GB of memory in " + plain(step) + " GB steps";
    }

    public static String plain(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    private static List<BigDecimal> memoryChoices(BigDecimal vcpu) {
        return FargateSize.ALL.stream().filter(s -> s.vcpu().compareTo(vcpu) == 0).map(FargateSize::memoryGb).toList();
    }

    private static String orList(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
