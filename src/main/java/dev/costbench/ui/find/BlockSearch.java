package dev.costbench.ui.find;

import dev.costbench.model.Block;
import dev.costbench.model.KeySize;
import dev.costbench.model.Scenario;

import java.util.List;
import java.util.Locale;

/**
 * The blocks a Find query matches: by name, by kind ("lambda", "Auto Scaling") or by instance type ("m5.xlarge"),
 * ignoring case; names that start with the query come first.
 */
public final class BlockSearch {
    private BlockSearch() {}

    public static List<Block> find(Scenario s, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        return s.blocks().stream().filter(b -> text(b).contains(q))
                .sorted((a, b) -> Boolean.compare(!starts(a, q), !starts(b, q))).toList();
    }

    /** What a block is found by: its name, its kind's two names and its key size, which names its instance type. */
    private static String text(Block b) {
        return (b.name() + "\n" + b.kind().displayName() + "\n" + b.kind().fileName() + "\n" + KeySize.of(b)).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(Block b, String q) { return b.name().toLowerCase(Locale.ROOT).startsWith(q); }
}
