package dev.costbench.ui.command;

import dev.costbench.model.Scenario;

import java.util.HashSet;
import java.util.Set;

/** Deletes blocks and, in the same step, every connection that touches them. */
public record RemoveBlocks(Set<String> ids) implements Command {

    public RemoveBlocks { ids = Set.copyOf(ids); }

    @Override
    public String description() { return ids.size() == 1 ? "Delete block" : "Delete " + ids.size() + " blocks"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        for (String id : ids) s = s.withoutBlock(id);
        Set<String> selection = new HashSet<>(before.selection());
        selection.removeAll(ids);
        return before.withScenario(s).withSelection(selection);
    }
}
