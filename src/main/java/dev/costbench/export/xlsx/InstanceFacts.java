package dev.costbench.export.xlsx;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;

import java.util.List;

/**
 * The vCPU and memory of an instance type as catalog facts on the Assumptions sheet, and the packing
 * formula over them: per instance = min(floor(vCPU ÷ size vCPU), floor(GiB ÷ size GB)).
 */
final class InstanceFacts {
    private InstanceFacts() {}

    /** Adds "<type> vCPU" and "<type> memory" facts named {@code <prefix>_vcpu} / {@code <prefix>_gib}; false when unknown. */
    static boolean add(List<AssumptionRow> rows, PriceCatalog catalog, String type, String prefix) {
        InstanceType spec = type == null ? null : catalog.instanceType(type).orElse(null);
        if (spec == null) return false;
        rows.add(AssumptionRow.fact(type + " vCPU", prefix + "_vcpu", java.math.BigDecimal.valueOf(spec.vcpu()), "vCPU",
                "from the catalog"));
        rows.add(AssumptionRow.fact(type + " memory", prefix + "_gib", spec.memoryGib(), "GiB", "from the catalog"));
        return true;
    }

    static String perInstance(InputNames n, String prefix, String sizeVcpu, String sizeGb) {
        return "MIN(" + Formulas.floorDiv(n.of(prefix + "_vcpu"), sizeVcpu) + ","
                + Formulas.floorDiv(n.of(prefix + "_gib"), sizeGb) + ")";
    }
}
