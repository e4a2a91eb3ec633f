package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;
import dev.costbench.ui.command.AddBlocks;
import dev.costbench.ui.command.BlockIds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied blocks and the connections among them. Pasting gives them fresh ids and names, shifts them so
 * they do not hide the originals, and keeps their connections; it works across scenarios.
 */
public final class BlockClipboard {
    public static final double PASTE_OFFSET = 40;

    private List<Block> blocks = List.of();
    private List<Connection> connections = List.of();
    private int pastes;

    public void copy(Scenario from, Set<String> ids) {
        blocks = from.blocks().stream().filter(b -> ids.contains(b.id())).toList();
        connections = from.connections().stream().filter(c -> ids.contains(c.from()) && ids.contains(c.to())).toList();
        pastes = 0;
    }

    public boolean isEmpty() { return blocks.isEmpty(); }

    /** The command that pastes the clipboard into {@code into}; each paste lands a step further down-right. */
    public AddBlocks paste(Scenario into, String verb) {
        pastes++;
        return copies(blocks, connections, into, PASTE_OFFSET * pastes, verb);
    }

    /** Copies of blocks of {@code into} itself, next to the originals (Duplicate). */
    public static AddBlocks duplicate(Scenario into, Set<String> ids) {
        List<Block> chosen = into.blocks().stream().filter(b -> ids.contains(b.id())).toList();
        List<Connection> among = into.connections().stream().filter(c -> ids.contains(c.from()) && ids.contains(c.to())).toList();
        return copies(chosen, among, into, PASTE_OFFSET, "Duplicate");
    }

    private static AddBlocks copies(List<Block> source, List<Connection> links, Scenario into, double offset, String verb) {
        BlockIds ids = new BlockIds(into);
        Set<String> names = new HashSet<>();
        into.blocks().forEach(b -> names.add(b.name()));
        Map<String, String> newId = new HashMap<>();
        List<Block> out = new ArrayList<>();
        for (Block b : source) {
            String id = ids.next(b.kind());
            newId.put(b.id(), id);
            out.add(b.withId(id).withName(freeName(b.name(), names)).withPosition(b.x() + offset, b.y() + offset));
        }
        List<Connection> conns = links.stream().map(c -> new Connection(newId.get(c.from()), newId.get(c.to()))).toList();
        String what = out.size() == 1 ? out.get(0).name() : out.size() + " blocks";
        return new AddBlocks(verb + " " + what, out, conns);
    }

    /** "Web servers" → "Web servers 2" (or the next free number). */
    public static String freeName(String name, Set<String> used) {
        String base = name.replaceFirst(" \\d+$", "");
        if (used.add(name)) return name;
        for (int n = 2; ; n++) if (used.add(base + " " + n)) return base + " " + n;
    }
}
