package dev.costbench.ui.palette;

import dev.costbench.model.BlockKind;

/** Where palette items land: the canvas adds a block of the kind at a point of the scene. */
public interface BlockDropTarget {
    /** Adds a block if the scene point is over the target; returns whether it was. */
    boolean dropAt(BlockKind kind, double sceneX, double sceneY);

    /** Adds a block in the middle of what is on screen (keyboard and double-click). */
    void addInView(BlockKind kind);
}
