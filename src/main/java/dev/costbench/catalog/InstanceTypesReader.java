package dev.costbench.catalog;

import dev.costbench.model.Architecture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads instance-types.json: one row of specs per instance type. */
final class InstanceTypesReader {
    private InstanceTypesReader() {}

    static void read(JsonCursor c, PriceCatalog.Builder builder) {
        for (String field; (field = c.nextField()) != null; ) {
            switch (field) {
                case "columns" -> checkColumns(c);
                case "types" -> {
                    c.enterObject("an object of instance type → row");
                    for (String name; (name = c.nextField()) != null; ) builder.instanceType(instanceType(c, name));
                }
                default -> c.skipValue();
            }
        }
    }

    private static void checkColumns(JsonCursor c) {
        c.enterArray("the list of columns");
        List<String> cols = new ArrayList<>();
        while (c.nextElement()) cols.add(c.text("column"));
        if (!cols.equals(CatalogFormat.INSTANCE_COLUMNS))
            throw c.problem("columns must be " + CatalogFormat.INSTANCE_COLUMNS + ", found " + cols);
    }

    private static InstanceType instanceType(JsonCursor c, String name) {
        c.enterArray("a row " + CatalogFormat.INSTANCE_COLUMNS);
        int dot = name.indexOf('.');
        String family = dot < 0 ? name : name.substring(0, dot);
        String size = dot < 0 ? "" : name.substring(dot + 1);
        int vcpu = 0, maxPods = 0;
        BigDecimal memory = null;
        Set<Architecture> archs = EnumSet.noneOf(Architecture.class);
        String processor = null;
        boolean current = false;
        int i = 0;
        while (c.nextElement()) {
            switch (i++) {
                case 0 -> vcpu = c.integer("vcpu", 1, 100_000);
                case 1 -> memory = c.positiveQuantity("memoryGib");
                case 2 -> archs = architectures(c);
                case 3 -> processor = c.optionalText("processorFamily");
                case 4 -> maxPods = c.integer("maxPods", 0, 1_000_000);
                case 5 -> current = c.bool("currentGeneration");
                case 6 -> family = c.text("family");
                case 7 -> size = c.text("size");
                default -> throw c.problem("a row has at most 8 values");
            }
        }
        if (i < 6) throw c.problem("row of " + name + " has " + i + " values; expected " + CatalogFormat.INSTANCE_COLUMNS);
        return new InstanceType(name, family, size, vcpu, memory, archs, processor, maxPods, current);
    }

    private static Set<Architecture> architectures(JsonCursor c) {
        Set<Architecture> set = EnumSet.noneOf(Architecture.class);
        for (String a : c.text("architectures").split(",")) {
            try {
                set.add(Architecture.fromAwsName(a.trim()));
            } catch (IllegalArgumentException e) {
                throw c.problem(e.getMessage());
            }
        }
        return set;
    }
}
