package dev.costbench.project.importer;

import dev.costbench.model.Block;
import dev.costbench.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import produced: the design, and what the source held that did not become a block ("not mapped"),
 * so that nothing in a plan or a diagram is dropped without the user being told.
 */
public record ImportedDesign(Project project, List<String> notMapped) {
    public ImportedDesign {
        notMapped = List.copyOf(notMapped);
    }

    /** Every assumption of the design and of each block, as "block name: assumption", in block order. */
    public List<String> assumptions() {
        List<String> out = new ArrayList<>();
        for (String a : Assumptions.of(project.scenarios().getFirst().extensions())) out.add("Design: " + a);
        for (Block b : project.scenarios().getFirst().blocks())
            for (String a : Assumptions.of(b)) out.add(b.name() + ": " + a);
        return out;
    }

    /** The lines a user reads after an import: blocks and frames made, assumptions to confirm, what was not mapped. */
    public List<String> summary(String source) {
        var s = project.scenarios().getFirst();
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + source + ": " + s.blocks().size() + (s.blocks().size() == 1 ? " block, " : " blocks, ")
                + s.connections().size() + (s.connections().size() == 1 ? " connection, " : " connections, ")
                + s.containers().size() + (s.containers().size() == 1 ? " frame" : " frames"));
        List<String> assumptions = assumptions();
        if (!assumptions.isEmpty()) {
            lines.add("Assumptions to confirm (" + assumptions.size() + "):");
            assumptions.forEach(a -> lines.add("  " + a));
        }
        if (!notMapped.isEmpty()) {
            lines.add("Not mapped (" + notMapped.size() + "):");
            notMapped.forEach(n -> lines.add("  " + n));
        }
        return lines;
    }
}
