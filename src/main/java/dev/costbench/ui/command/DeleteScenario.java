package dev.costbench.ui.command;

import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Deletes a scenario; the last one stays, since a design always has one. */
public record DeleteScenario(int index) implements Command {

    @Override
    public String description() { return "Delete scenario"; }

    @Override
    public EditorState apply(EditorState before) {
        List<Scenario> next = new ArrayList<>(before.project().scenarios());
        if (next.size() <= 1) return before;
        next.remove(index);
        int shown = Math.min(before.scenarioIndex() >= index && before.scenarioIndex() > 0
                ? before.scenarioIndex() - 1 : before.scenarioIndex(), next.size() - 1);
        return new EditorState(before.project().withScenarios(next), shown, java.util.Set.of());
    }
}
