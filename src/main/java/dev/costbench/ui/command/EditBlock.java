package dev.costbench.ui.command;

import dev.costbench.model.Scenario;
import dev.costbench.model.Block;

/** Replaces one block by an edited copy, e.g. a new count or instance type from the inspector. */
public record EditBlock(String description, Block edited) implements Command {

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        if (s.block(edited.id()).isEmpty()) throw new IllegalArgumentException("no block '" + edited.id() + "' to edit");
        return before.withScenario(s.withBlock(edited));
    }
}
