package dev.costbench.ui.command;

import dev.costbench.model.Container;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Scenario;

import java.util.Set;

/**
 * Adds a frame (VPC, Availability Zone, subnet…) and selects it; the frame takes the blocks whose centres it
 * covers and sits in the innermost frame around it. One undo step.
 */
public record AddContainer(Container container) implements Command {

    @Override
    public String description() { return "Add " + container.kind().displayName(); }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        if (s.container(container.id()).isPresent() || s.block(container.id()).isPresent())
            throw new IllegalArgumentException("id '" + container.id() + "' is already used");
        s = s.withContainer(container);
        s = ContainerPlacement.placeContainer(s, container.id());
        s = ContainerPlacement.placeBlocks(s, s.blocks().stream().map(b -> b.id()).toList());
        return before.withScenario(s).withSelection(Set.of(container.id()));
    }
}
