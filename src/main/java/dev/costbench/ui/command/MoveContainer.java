package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Scenario;

import java.util.HashSet;
import java.util.Set;

/** Moves a frame by (dx, dy) with everything in it: the frames inside it and every block they hold. One drag, one step. */
public record MoveContainer(String id, double dx, double dy) implements Command {

    @Override
    public String description() { return "Move container"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        if (s.container(id).isEmpty() || (dx == 0 && dy == 0)) return before;
        Set<String> frames = ContainerPlacement.descendants(s, id);
        frames.add(id);
        Set<String> blocks = new HashSet<>();
        for (Container c : s.containers()) {
            if (!frames.contains(c.id())) continue;
            blocks.addAll(c.blocks());
            s = s.withContainer(c.withBounds(c.x() + dx, c.y() + dy, c.width(), c.height()));
        }
        for (String b : blocks) {
            Block block = s.block(b).orElse(null);
            if (block != null) s = s.withBlock(block.withPosition(block.x() + dx, block.y() + dy));
        }
        return before.withScenario(ContainerPlacement.placeContainer(s, id));
    }
}
