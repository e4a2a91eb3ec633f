package dev.costbench.ui.command;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The undo history of one open design. Every model change goes through {@link #execute}; a command
 * that changes nothing is skipped. The history is bounded (oldest steps are forgotten) and keeps a save
 * point, so the window title can show unsaved changes. Selection and the scenario on screen change
 * without history through {@link #select} and {@link #showScenario}.
 */
public final class CommandStack {
    public static final int DEFAULT_LIMIT = 200;

    private record Step(long id, String description, EditorState before, EditorState after) {}

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private long nextId = 1;
    private long savedAt;
    /** Id of the newest forgotten step: the state at the bottom of the history, once steps were dropped. */
    private long baseId;
    private boolean executing;

    private final ReadOnlyObjectWrapper<EditorState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    public CommandStack(EditorState initial) { this(initial, DEFAULT_LIMIT); }

    public CommandStack(EditorState initial, int limit) {
        if (limit < 1) throw new IllegalArgumentException("the undo history keeps at least one step, not " + limit);
        this.limit = limit;
        state.set(Objects.requireNonNull(initial));
        refresh();
    }

    /** Runs the command as one undo step; returns false when it changed nothing and was skipped. */
    public boolean execute(Command command) {
        if (executing) throw new IllegalStateException("a command cannot run another command: " + command.description());
        EditorState before = state.get();
        EditorState after;
        executing = true;
        try {
            after = command.apply(before);
        } finally {
            executing = false;
        }
        if (after.project().equals(before.project()) && after.scenarioIndex() == before.scenarioIndex()) return false;
        undo.push(new Step(nextId++, command.description(), before, after));
        while (undo.size() > limit) baseId = undo.removeLast().id();
        redo.clear();
        state.set(after);
        refresh();
        return true;
    }

    public void undo() {
        if (undo.isEmpty()) return;
        Step s = undo.pop();
        redo.push(s);
        state.set(s.before());
        refresh();
    }

    public void redo() {
        if (redo.isEmpty()) return;
        Step s = redo.pop();
        undo.push(s);
        state.set(s.after());
        refresh();
    }

    /** Starts a new history, e.g. after New or Open; the new state counts as saved. */
    public void reset(EditorState initial) {
        undo.clear();
        redo.clear();
        state.set(Objects.requireNonNull(initial));
        savedAt = 0;
        baseId = 0;
        refresh();
    }

    /** Marks the current state as the one on disk. */
    public void markSaved() {
        savedAt = position();
        refresh();
    }

    public void select(java.util.Set<String> ids) { state.set(state.get().withSelection(ids)); }

    public void showScenario(int index) {
        if (index != state.get().scenarioIndex()) state.set(state.get().withScenarioIndex(index));
    }

    public int size() { return undo.size(); }

    public EditorState current() { return state.get(); }

    private long position() { return undo.isEmpty() ? baseId : undo.peek().id(); }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
        dirty.set(position() != savedAt);
    }

    public ReadOnlyObjectProperty<EditorState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoDescriptionProperty() { return undoDescription.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoDescriptionProperty() { return redoDescription.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public boolean canUndo() { return canUndo.get(); }
    public boolean canRedo() { return canRedo.get(); }
}
