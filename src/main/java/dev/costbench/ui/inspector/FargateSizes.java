package dev.costbench.ui.inspector;

import java.math.BigDecimal;
import java.util.List;

/**
 * The CPU and memory pairs Fargate accepts: 0.25 vCPU: 0.5/1/2 GB; 0.5: 1–4 GB; 1: 2–8; 2: 4–16;
 * 4: 8–30 (1 GB steps); 8: 16–60 (4 GB steps); 16: 32–120 (8 GB steps).
 */
public final class FargateSizes {
    private FargateSizes() {}

    public static final List<BigDecimal> CPUS = List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE,
            new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("8"), new BigDecimal("16"));

    private record Range(BigDecimal min, BigDecimal max, BigDecimal step, String text) {}

    private static Range range(BigDecimal cpu) {
        return switch (cpu.stripTrailingZeros().toPlainString()) {
            case "0.25" -> new Range(new BigDecimal("0.5"), new BigDecimal("2"), null, "0.5, 1 or 2 GB");
            case "0.5" -> new Range(BigDecimal.ONE, new BigDecimal("4"), BigDecimal.ONE, "1 to 4 GB in 1 GB steps");
            case "1" -> new Range(new BigDecimal("2"), new BigDecimal("8"), BigDecimal.ONE, "2 to 8 GB in 1 GB steps");
            case "2" -> new Range(new BigDecimal("4"), new BigDecimal("16"), BigDecimal.ONE, "4 to 16 GB in 1 GB steps");
            case "4" -> new Range(new BigDecimal("8"), new BigDecimal("30"), BigDecimal.ONE, "8 to 30 GB in 1 GB steps");
            case "8" -> new Range(new BigDecimal("16"), new BigDecimal("60"), new BigDecimal("4"), "16 to 60 GB in 4 GB steps");
            case "16" -> new Range(new BigDecimal("32"), new BigDecimal("120"), new BigDecimal("8"), "32 to 120 GB in 8 GB steps");
            default -> null;
        };
    }

    /** Why Fargate does not run a task of this size, or null when it does. */
    public static String problem(BigDecimal cpu, BigDecimal memoryGb) {
        if (cpu == null || memoryGb == null) return "Fargate needs both CPU and memory";
        Range r = range(cpu);
        if (r == null) return "Fargate CPU must be 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU";
        boolean ok = memoryGb.compareTo(r.min()) >= 0 && memoryGb.compareTo(r.max()) <= 0
                && (r.step() == null ? isOneOf(memoryGb, "0.5", "1", "2")
                : memoryGb.subtract(r.min()).remainder(r.step()).signum() == 0);
        return ok ? null : "with " + cpu.stripTrailingZeros().toPlainString() + " vCPU Fargate takes " + r.text();
    }

    /** The memory closest to {@code memoryGb} that Fargate accepts with {@code cpu}. */
    public static BigDecimal nearestMemory(BigDecimal cpu, BigDecimal memoryGb) {
        Range r = range(cpu);
        if (r == null) return memoryGb;
        BigDecimal m = memoryGb == null ? r.min() : memoryGb.max(r.min()).min(r.max());
        if (r.step() == null) return isOneOf(m, "0.5", "1", "2") ? m : (m.compareTo(BigDecimal.ONE) < 0 ? new BigDecimal("0.5") : m.compareTo(new BigDecimal("2")) < 0 ? BigDecimal.ONE : new BigDecimal("2"));
        BigDecimal steps = m.subtract(r.min()).divide(r.step(), 0, java.math.RoundingMode.HALF_UP);
        return r.min().add(steps.multiply(r.step())).min(r.max());
    }

    private static boolean isOneOf(BigDecimal v, String... options) {
        for (String o : options) if (v.compareTo(new BigDecimal(o)) == 0) return true;
        return false;
    }
}
