package dev.costbench.model.spec;

import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Everything the product knows about one block kind apart from its price: its own fields in the order the file
 * writes them, the block a palette drop creates, and the name of its icon.
 */
public record KindSpec(BlockKind kind, List<FieldSpec> fields, Template template, String icon) {

    /** The block a palette drop creates, on the instance type the catalog prices in the scenario's region. */
    @FunctionalInterface
    public interface Template { Block create(String id, String instanceType); }

    public KindSpec { fields = List.copyOf(fields); }

    public FieldSpec field(String json) {
        for (FieldSpec f : fields) if (f.json().equals(json)) return f;
        for (FieldSpec f : BlockSpecs.COMMON) if (f.json().equals(json)) return f;
        throw new NoSuchElementException(kind.fileName() + " has no field " + json);
    }

    /** Whether the file may hold {@code json} on a block of this kind (the common fields included). */
    public boolean knows(String json) {
        return fields.stream().anyMatch(f -> f.json().equals(json)) || BlockSpecs.COMMON.stream().anyMatch(f -> f.json().equals(json));
    }

    /** The icon's resource for a pixel size, e.g. /icons/kinds/asg-32.png. */
    public String iconResource(int size) { return "/icons/kinds/" + icon + "-" + size + ".png"; }
}
