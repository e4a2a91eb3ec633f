package dev.costbench.project.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costbench.model.Block;
import dev.costbench.model.spec.BlockSpecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values an import chose because the source did not say them, kept in the block's own file entry as
 * {@code "assumptions": [...]} (a field the design file keeps through every edit and save), so they travel
 * with the design until someone confirms them.
 */
public final class Assumptions {
    /** The block field that holds them. */
    public static final String FIELD = BlockSpecs.ASSUMPTIONS;

    private final List<String> lines = new ArrayList<>();

    public Assumptions add(String assumption) {
        lines.add(assumption);
        return this;
    }

    public boolean isEmpty() { return lines.isEmpty(); }

    /** The block with these assumptions in its file fields (unchanged when there are none). */
    public <B extends Block> Block attachTo(B block) {
        if (lines.isEmpty()) return block;
        Map<String, Object> fields = new TreeMap<>(block.extensions());
        fields.put(FIELD, List.copyOf(lines));
        return block.withExtensions(fields);
    }

    /** The assumptions recorded on a block, whether made now or read back from a file. */
    public static List<String> of(Block block) { return of(block.extensions()); }

    /** The assumptions among a block's or a scenario's file fields. */
    public static List<String> of(Map<String, Object> fields) {
        Object v = fields.get(FIELD);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) list.forEach(e -> out.add(String.valueOf(e)));
        else if (v instanceof JsonNode n && n.isArray()) n.forEach(e -> out.add(e.asText()));
        return out;
    }
}
