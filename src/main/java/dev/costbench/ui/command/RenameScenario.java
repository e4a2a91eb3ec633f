package dev.costbench.ui.command;

/** Gives the scenario at {@code index} a new, unused name. */
public record RenameScenario(int index, String newName) implements Command {

    @Override
    public String description() { return "Rename scenario to " + newName; }

    @Override
    public EditorState apply(EditorState before) {
        var scenarios = before.project().scenarios();
        if (scenarios.get(index).name().equals(newName)) return before;
        if (before.project().scenario(newName) != null)
            throw new IllegalArgumentException("a scenario named '" + newName + "' already exists");
        return new EditorState(before.project().withScenario(index, scenarios.get(index).withName(newName)),
                before.scenarioIndex(), before.selection());
    }
}
