package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adds blocks (and connections among them) to the scenario on screen and selects them: a drop, paste or duplicate. */
public record AddBlocks(String description, List<Block> blocks, List<Connection> connections) implements Command {

    public AddBlocks {
        blocks = List.copyOf(blocks);
        connections = connections == null ? List.of() : List.copyOf(connections);
    }

    public static AddBlocks one(Block block) {
        return new AddBlocks("Add " + block.name(), List.of(block), List.of());
    }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        List<Block> all = new ArrayList<>(s.blocks());
        Set<String> added = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (s.block(b.id()).isPresent()) throw new IllegalArgumentException("block id '" + b.id() + "' is already used");
            all.add(b);
            added.add(b.id());
        }
        List<Connection> conns = new ArrayList<>(s.connections());
        conns.addAll(connections);
        Scenario next = ContainerPlacement.placeBlocks(s.withBlocks(all).withConnections(conns), added);
        return before.withScenario(next).withSelection(added);
    }
}
