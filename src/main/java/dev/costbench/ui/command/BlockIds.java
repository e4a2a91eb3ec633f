package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Scenario;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Fresh block ids ("asg-3") that no block of the scenario uses yet. */
public final class BlockIds {
    private final Set<String> used = new HashSet<>();

    public BlockIds(Scenario scenario) { this(scenario.blocks()); }

    public BlockIds(Collection<Block> blocks) { blocks.forEach(b -> used.add(b.id())); }

    public String next(BlockKind kind) {
        for (int n = 1; ; n++) {
            String id = kind.fileName() + "-" + n;
            if (used.add(id)) return id;
        }
    }
}
