package dev.costbench.ui.command;

/**
 * One undoable edit, named in the user's words for the Edit menu ("Undo Move 2 blocks").
 * A command is a pure function of the editor state; the stack keeps the before/after snapshots.
 */
public interface Command {
    String description();

    EditorState apply(EditorState before);
}
