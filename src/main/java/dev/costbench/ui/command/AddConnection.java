package dev.costbench.ui.command;

import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Connects two blocks (traffic flows from → to); connecting a block to itself or twice changes nothing. */
public record AddConnection(Connection connection) implements Command {

    @Override
    public String description() { return "Connect blocks"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        if (connection.from().equals(connection.to()) || s.connections().stream().anyMatch(connection::sameEnds)
                || s.block(connection.from()).isEmpty() || s.block(connection.to()).isEmpty()) return before;
        List<Connection> next = new ArrayList<>(s.connections());
        next.add(connection);
        return before.withScenario(s.withConnections(next));
    }
}
