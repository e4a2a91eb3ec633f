package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Draws the blocks above the others: blocks are drawn in file order, so they move to the end of the list. */
public record BringToFront(Set<String> ids) implements Command {

    public BringToFront { ids = Set.copyOf(ids); }

    @Override
    public String description() { return "Bring to Front"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        List<Block> back = new ArrayList<>(), front = new ArrayList<>();
        for (Block b : s.blocks()) (ids.contains(b.id()) ? front : back).add(b);
        back.addAll(front);
        return before.withScenario(s.withBlocks(back));
    }
}
