package dev.costbench.ui.command;

import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Sets a connection's labels (protocol, traffic): the connection with the same ends is replaced by {@code edited}. */
public record EditConnection(Connection edited) implements Command {

    @Override
    public String description() { return "Change connection label"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        List<Connection> next = new ArrayList<>(s.connections());
        for (int i = 0; i < next.size(); i++)
            if (next.get(i).sameEnds(edited)) next.set(i, edited);
        return before.withScenario(s.withConnections(next));
    }
}
