package dev.costbench.project;

import dev.costbench.pricing.fargate.FargateSize;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Fargate size rules as the file reader words them, read off the engine's table of valid pairs
 * ({@link FargateSize#ALL}) so the file and the prices can never disagree on what Fargate accepts.
 */
final class FargateSizes {
    private FargateSizes() {}

    static final BigDecimal MAX_VCPU = FargateSize.LARGEST_VCPU;
    static final BigDecimal MAX_GB = FargateSize.LARGEST_MEMORY_GB;

    static boolean isValidCpu(BigDecimal vcpu) { return !memoryChoices(vcpu).isEmpty(); }

    static boolean isValidPair(BigDecimal vcpu, BigDecimal gb) { return FargateSize.exactly(vcpu, gb) != null; }

    /** Whether some Fargate size has at least this CPU and memory, so a pod or job can be rounded up to it. */
    static boolean anyFits(BigDecimal vcpu, BigDecimal gb) { return FargateSize.smallestHolding(vcpu, gb) != null; }

    /** "0.25, 0.5, 1, 2, 4, 8 or 16" */
    static String cpuChoices() {
        List<String> names = FargateSize.ALL.stream().map(FargateSize::vcpu).map(FargateSizes::plain).distinct().toList();
        return orList(names);
    }

    /** "2 to 8 GB of memory in 1 GB steps" for 1 vCPU; "0.5, 1 or 2 GB of memory" for 0.25 vCPU. */
    static String memoryRule(BigDecimal vcpu) {
        List<BigDecimal> gb = memoryChoices(vcpu);
        if (gb.size() <= 3) return orList(gb.stream().map(FargateSizes::plain).toList()) + " GB of memory";
        BigDecimal step = gb.get(1).subtract(gb.get(0));
        return plain(gb.getFirst()) + " to " + plain(gb.getLast()) + " GB of memory in " + plain(step) + " GB steps";
    }

    static String plain(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    private static List<BigDecimal> memoryChoices(BigDecimal vcpu) {
        return FargateSize.ALL.stream().filter(s -> s.vcpu().compareTo(vcpu) == 0).map(FargateSize::memoryGb).toList();
    }

    private static String orList(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
