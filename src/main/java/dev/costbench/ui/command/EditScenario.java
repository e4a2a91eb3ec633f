package dev.costbench.ui.command;

import java.util.function.UnaryOperator;

import dev.costbench.model.Scenario;

/** Changes a setting of the scenario on screen: region, default purchase option, Lambda free tier. */
public record EditScenario(String description, UnaryOperator<Scenario> change) implements Command {

    @Override
    public EditorState apply(EditorState before) { return before.withScenario(change.apply(before.scenario())); }
}
