package dev.costbench.ui.command;

import dev.costbench.model.Project;

/** Puts a whole design in place of the open one as one undo step, e.g. unsaved work restored after a crash. */
public record ReplaceDesign(String description, Project design) implements Command {

    @Override
    public EditorState apply(EditorState before) { return EditorState.of(design); }
}
