package dev.costbench.catalog.reference;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Instance specs from ec2_instance_specs.csv; rows without vCPU or memory cannot size anything and are left out. */
final class InstanceSpecs {
    static final String FILE = "ec2_instance_specs.csv";

    private final List<InstanceType> types = new ArrayList<>();
    private int skipped;

    InstanceSpecs(ReferenceTable table) {
        for (Map<String, String> row : table.rows()) {
            if (ReferenceTable.blank(row.get("vcpu")) || ReferenceTable.blank(row.get("memory_gib"))) {
                skipped++;
                continue;
            }
            types.add(new InstanceType(row.get("instance_type"), row.get("family"), row.get("size"),
                    Integer.parseInt(row.get("vcpu")), Rounding.tidy(table.decimal(row, "memory_gib")),
                    architectures(row.get("architectures")), blankToNull(row.get("processor_family")),
                    ReferenceTable.blank(row.get("eks_max_pods_default")) ? 0 : Integer.parseInt(row.get("eks_max_pods_default")),
                    Boolean.parseBoolean(row.get("current_generation"))));
        }
    }

    List<InstanceType> types() { return types; }

    /** Types left out for lack of vCPU or memory. */
    int skipped() { return skipped; }

    /** "arm64_mac" and "x86_64_mac" are Mac hosts of those architectures; i386 is not a choice Costbench offers. */
    private static Set<Architecture> architectures(String column) {
        Set<Architecture> set = EnumSet.noneOf(Architecture.class);
        for (String a : column.split(";")) {
            if (a.startsWith("arm64")) set.add(Architecture.ARM64);
            else if (a.startsWith("x86_64")) set.add(Architecture.X86_64);
        }
        return set;
    }

    private static String blankToNull(String s) { return ReferenceTable.blank(s) ? null : s; }
}
