package dev.costbench.ui.command;

import dev.costbench.model.Block;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Scenario;

import java.util.Map;

/** Puts blocks at new canvas positions: one drag gesture, committed on release. */
public record MoveBlocks(Map<String, Position> positions) implements Command {

    public record Position(double x, double y) {}

    public MoveBlocks { positions = Map.copyOf(positions); }

    @Override
    public String description() { return positions.size() == 1 ? "Move block" : "Move " + positions.size() + " blocks"; }

    @Override
    public EditorState apply(EditorState before) {
        Scenario s = before.scenario();
        for (var e : positions.entrySet()) {
            Block b = s.block(e.getKey()).orElse(null);
            if (b != null) s = s.withBlock(b.withPosition(e.getValue().x(), e.getValue().y()));
        }
        // a block dragged into or out of a frame now sits in the frame it was dropped in
        return before.withScenario(ContainerPlacement.placeBlocks(s, positions.keySet()));
    }
}
