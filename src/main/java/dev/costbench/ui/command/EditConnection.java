package dev.costbench.ui.command;

import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a connection's labels (protocol, traffic) or its GB a month each way: the connection with the same ends is
 * replaced by {@code edited}, as one undo step named {@code description}.
 */
public record EditConnection(String description, Connection edited) implements Command {

    /** A change of the connection's labels. */
    public EditConnection(Connection edited) { this("Change connection label", edited); }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        List<Connection> next = new ArrayList<>(s.connections());
        for (int i = 0; i < next.size(); i++)
            if (next.get(i).sameEnds(edited)) next.set(i, edited);
        return before.withScenario(s.withConnections(next));
    }
}
