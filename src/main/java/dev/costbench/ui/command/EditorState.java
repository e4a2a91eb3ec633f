package dev.costbench.ui.command;

import dev.costbench.model.Project;
import dev.costbench.model.Scenario;

import java.util.Set;

/**
 * What one undo step restores: the design, the scenario on screen and the selected block ids.
 * Immutable, so the history keeps snapshots instead of hand-written inverse operations.
 */
public record EditorState(Project project, int scenarioIndex, Set<String> selection) {

    public EditorState {
        selection = selection == null ? Set.of() : Set.copyOf(selection);
        if (project.scenarios().isEmpty()) throw new IllegalArgumentException("a design has at least one scenario");
        scenarioIndex = Math.max(0, Math.min(scenarioIndex, project.scenarios().size() - 1));
    }

    public static EditorState of(Project project) { return new EditorState(project, 0, Set.of()); }

    public Scenario scenario() { return project.scenarios().get(scenarioIndex); }

    public EditorState withProject(Project p) { return new EditorState(p, scenarioIndex, selection); }

    public EditorState withScenario(Scenario s) { return withProject(project.withScenario(scenarioIndex, s)); }

    public EditorState withScenarioIndex(int i) { return new EditorState(project, i, Set.of()); }

    public EditorState withSelection(Set<String> ids) { return new EditorState(project, scenarioIndex, ids); }
}
