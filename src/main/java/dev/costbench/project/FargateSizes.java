package dev.costbench.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The CPU and memory combinations Fargate accepts for a task: per vCPU size a memory range and step.
 * 0.25 vCPU: 0.5/1/2 GB; 0.5: 1–4; 1: 2–8; 2: 4–16; 4: 8–30 (1 GB steps); 8: 16–60 (4 GB); 16: 32–120 (8 GB).
 */
final class FargateSizes {
    private FargateSizes() {}

    private record CpuSize(BigDecimal vcpu, BigDecimal minGb, BigDecimal maxGb, BigDecimal stepGb) {
        boolean takes(BigDecimal gb) {
            // 0.25 vCPU also takes half a gigabyte, below its 1 GB steps
            if (vcpu.compareTo(QUARTER) == 0 && gb.compareTo(HALF) == 0) return true;
            return gb.compareTo(minGb) >= 0 && gb.compareTo(maxGb) <= 0 && wholeStep(gb);
        }

        private boolean wholeStep(BigDecimal gb) {
            return gb.subtract(minGb).remainder(stepGb).signum() == 0;
        }

        String memoryRule() {
            if (vcpu.compareTo(QUARTER) == 0) return "0.5, 1 or 2 GB of memory";
            return plain(minGb) + " to " + plain(maxGb) + " GB of memory in " + plain(stepGb) + " GB steps";
        }
    }

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    static final BigDecimal MAX_VCPU = BigDecimal.valueOf(16);
    static final BigDecimal MAX_GB = BigDecimal.valueOf(120);

    private static final List<CpuSize> SIZES = List.of(
            new CpuSize(QUARTER, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.ONE),
            new CpuSize(HALF, BigDecimal.ONE, BigDecimal.valueOf(4), BigDecimal.ONE),
            new CpuSize(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(8), BigDecimal.ONE),
            new CpuSize(BigDecimal.valueOf(2), BigDecimal.valueOf(4), BigDecimal.valueOf(16), BigDecimal.ONE),
            new CpuSize(BigDecimal.valueOf(4), BigDecimal.valueOf(8), BigDecimal.valueOf(30), BigDecimal.ONE),
            new CpuSize(BigDecimal.valueOf(8), BigDecimal.valueOf(16), BigDecimal.valueOf(60), BigDecimal.valueOf(4)),
            new CpuSize(MAX_VCPU, BigDecimal.valueOf(32), MAX_GB, BigDecimal.valueOf(8)));

    static boolean isValidCpu(BigDecimal vcpu) { return size(vcpu) != null; }

    static boolean isValidPair(BigDecimal vcpu, BigDecimal gb) {
        CpuSize s = size(vcpu);
        return s != null && s.takes(gb);
    }

    /** "0.25, 0.5, 1, 2, 4, 8 or 16" */
    static String cpuChoices() {
        List<String> names = SIZES.stream().map(s -> plain(s.vcpu())).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    /** "2 to 8 GB of memory in 1 GB steps" for 1 vCPU. */
    static String memoryRule(BigDecimal vcpu) {
        CpuSize s = size(vcpu);
        return s == null ? "" : s.memoryRule();
    }

    /** Whether some Fargate size has at least this CPU and memory, so a pod or job can be rounded up to it. */
    static boolean anyFits(BigDecimal vcpu, BigDecimal gb) {
        return vcpu.compareTo(MAX_VCPU) <= 0 && gb.compareTo(MAX_GB) <= 0;
    }

    static String plain(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    private static CpuSize size(BigDecimal vcpu) {
        for (CpuSize s : SIZES) if (s.vcpu().compareTo(vcpu) == 0) return s;
        return null;
    }
}
