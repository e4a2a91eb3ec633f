package dev.costbench.ui.command;

import dev.costbench.model.Container;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes the selected frames and blocks in one step. A deleted frame's blocks and inner frames stay where they
 * are and move up to the frame around it, as a grouping is removed without removing what it grouped.
 */
public record RemoveContainers(Set<String> ids) implements Command {

    public RemoveContainers { ids = Set.copyOf(ids); }

    @Override
    public String description() { return ids.size() == 1 ? "Delete container" : "Delete " + ids.size() + " items"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        for (String id : ids) {
            Container gone = s.container(id).orElse(null);
            if (gone == null) {
                s = s.withoutBlock(id);
                continue;
            }
            List<Container> next = new ArrayList<>();
            for (Container c : s.containers()) {
                if (c.id().equals(id)) continue;
                if (id.equals(c.parent())) c = c.withParent(gone.parent());
                if (c.id().equals(gone.parent())) {
                    List<String> members = new ArrayList<>(c.blocks());
                    members.addAll(gone.blocks());
                    c = c.withBlocks(members);
                }
                next.add(c);
            }
            s = s.withContainers(next);
        }
        Set<String> selection = new HashSet<>(before.selection());
        selection.removeAll(ids);
        return before.withScenario(s).withSelection(selection);
    }
}
