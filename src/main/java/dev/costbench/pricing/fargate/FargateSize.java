package dev.costbench.pricing.fargate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A task size Fargate accepts. The valid CPU/memory pairs: 0.25 vCPU with 0.5, 1 or 2 GB; 0.5 vCPU with
 * 1–4 GB; 1 vCPU with 2–8 GB; 2 vCPU with 4–16 GB; 4 vCPU with 8–30 GB (1 GB steps); 8 vCPU with 16–60 GB
 * (4 GB steps); 16 vCPU with 32–120 GB (8 GB steps).
 */
public record FargateSize(BigDecimal vcpu, BigDecimal memoryGb) {

    public static final BigDecimal LARGEST_VCPU = BigDecimal.valueOf(16);
    public static final BigDecimal LARGEST_MEMORY_GB = BigDecimal.valueOf(120);

    /** Every valid pair, by vCPU then memory, so the first that holds a need is also the cheapest. */
    public static final List<FargateSize> ALL = all();

    /** The exact pair, or null when Fargate does not accept it. */
    public static FargateSize exactly(BigDecimal vcpu, BigDecimal memoryGb) {
        if (vcpu == null || memoryGb == null) return null;
        for (FargateSize s : ALL)
            if (s.vcpu.compareTo(vcpu) == 0 && s.memoryGb.compareTo(memoryGb) == 0) return s;
        return null;
    }

    /** The smallest valid pair with at least {@code vcpu} and {@code memoryGb}; null when none is that large. */
    public static FargateSize smallestHolding(BigDecimal vcpu, BigDecimal memoryGb) {
        BigDecimal cpu = vcpu == null ? BigDecimal.ZERO : vcpu;
        BigDecimal mem = memoryGb == null ? BigDecimal.ZERO : memoryGb;
        for (FargateSize s : ALL)
            if (s.vcpu.compareTo(cpu) >= 0 && s.memoryGb.compareTo(mem) >= 0) return s;
        return null;
    }

    /** "1 vCPU / 2 GB" */
    public String label() { return plain(vcpu) + " vCPU / " + plain(memoryGb) + " GB"; }

    static String plain(BigDecimal v) { return v.stripTrailingZeros().toPlainString(); }

    private static List<FargateSize> all() {
        List<FargateSize> out = new ArrayList<>();
        for (String gb : new String[]{"0.5", "1", "2"}) out.add(of("0.25", new BigDecimal(gb)));
        range(out, "0.5", 1, 4, 1);
        range(out, "1", 2, 8, 1);
        range(out, "2", 4, 16, 1);
        range(out, "4", 8, 30, 1);
        range(out, "8", 16, 60, 4);
        range(out, "16", 32, 120, 8);
        return List.copyOf(out);
    }

    private static void range(List<FargateSize> out, String vcpu, int fromGb, int toGb, int stepGb) {
        for (int gb = fromGb; gb <= toGb; gb += stepGb) out.add(of(vcpu, BigDecimal.valueOf(gb)));
    }

    private static FargateSize of(String vcpu, BigDecimal gb) { return new FargateSize(new BigDecimal(vcpu), gb); }
}
