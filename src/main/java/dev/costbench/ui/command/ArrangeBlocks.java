package dev.costbench.ui.command;

import java.util.Map;

/** Moves blocks to the positions an Arrange menu item worked out, named for the Edit menu ("Undo Align Left"). */
public record ArrangeBlocks(String description, Map<String, MoveBlocks.Position> positions) implements Command {

    public ArrangeBlocks { positions = Map.copyOf(positions); }

    @Override
    public EditorState apply(EditorState before) { return new MoveBlocks(positions).apply(before); }
}
