package dev.costbench.ui.command;

import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;

import java.util.Set;

/** Removes connections without touching their blocks. */
public record RemoveConnections(Set<Connection> connections) implements Command {

    public RemoveConnections { connections = Set.copyOf(connections); }

    @Override
    public String description() { return connections.size() == 1 ? "Delete connection" : "Delete " + connections.size() + " connections"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        return before.withScenario(s.withConnections(s.connections().stream().filter(c -> !connections.contains(c)).toList()));
    }
}
