package dev.costbench.ui.command;

import dev.costbench.model.Container;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Scenario;

/**
 * Replaces a frame with an edited copy (name, zone, address range, size): the inspector's fields and the corner
 * handle. A frame that changed its bounds takes the blocks now inside it and leaves those now outside.
 */
public record EditContainer(String description, Container edited) implements Command {

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        Container was = s.container(edited.id()).orElse(null);
        if (was == null || was.equals(edited)) return before;
        s = s.withContainer(edited);
        if (was.x() != edited.x() || was.y() != edited.y() || was.width() != edited.width() || was.height() != edited.height()) {
            s = ContainerPlacement.placeContainer(s, edited.id());
            s = ContainerPlacement.placeBlocks(s, s.blocks().stream().map(b -> b.id()).toList());
        }
        return before.withScenario(s);
    }
}
