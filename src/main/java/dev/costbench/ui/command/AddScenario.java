package dev.costbench.ui.command;

import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Appends a scenario (new or a copy) and shows it. */
public record AddScenario(String description, Scenario scenario) implements Command {

    @Override
    public EditorState apply(EditorState before) {
        if (before.project().scenario(scenario.name()) != null)
            throw new IllegalArgumentException("a scenario named '" + scenario.name() + "' already exists");
        List<Scenario> next = new ArrayList<>(before.project().scenarios());
        next.add(scenario);
        return new EditorState(before.project().withScenarios(next), next.size() - 1, java.util.Set.of());
    }
}
