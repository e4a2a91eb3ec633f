package dev.costbench.ui.command;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.ui.TestDesigns;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandStackTest {
    private final Project design = TestDesigns.webTier();

    private static Command move(String id, double x) {
        return new MoveBlocks(Map.of(id, new MoveBlocks.Position(x, 0)));
    }

    private static double x(CommandStack s, String id) { return s.current().scenario().block(id).orElseThrow().x(); }

    @Test
    void undoAndRedoRestoreTheSnapshotsAndNameTheStep() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        assertFalse(stack.canUndo());
        assertTrue(stack.execute(move("web", 300)));
        assertEquals(300, x(stack, "web"));
        assertEquals("Move block", stack.undoDescriptionProperty().get());
        stack.undo();
        assertSame(design, stack.current().project());
        assertTrue(stack.canRedo());
        assertEquals("Move block", stack.redoDescriptionProperty().get());
        stack.redo();
        assertEquals(300, x(stack, "web"));
        assertFalse(stack.canRedo());
    }

    @Test
    void aNewCommandDropsTheRedoSteps() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        stack.execute(move("web", 300));
        stack.undo();
        stack.execute(move("web", 500));
        assertFalse(stack.canRedo());
        assertEquals(500, x(stack, "web"));
    }

    @Test
    void aCommandThatChangesNothingIsSkipped() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        // "web" already sits at x = 100, y = 100
        assertFalse(stack.execute(new MoveBlocks(Map.of("web", new MoveBlocks.Position(100, 100)))));
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }

    @Test
    void theSavePointDecidesDirtyEvenAcrossUndoAndRedo() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        assertFalse(stack.isDirty());
        stack.execute(move("web", 300));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved file has x = 300, the screen x = 100");
        stack.redo();
        assertFalse(stack.isDirty());
        stack.undo();
        stack.execute(move("web", 700));
        assertTrue(stack.isDirty(), "the saved state can no longer be reached");
    }

    @Test
    void theHistoryIsBoundedAndForgetsTheOldestSteps() {
        CommandStack stack = new CommandStack(EditorState.of(design), 3);
        for (int i = 1; i <= 5; i++) stack.execute(move("web", i * 20));
        assertEquals(3, stack.size());
        stack.undo();
        stack.undo();
        stack.undo();
        assertFalse(stack.canUndo());
        // steps 1 and 2 were forgotten: the oldest reachable state is after step 2 (x = 40)
        assertEquals(40, x(stack, "web"));
        assertTrue(stack.isDirty(), "the state at the bottom of a trimmed history is not the saved one");
    }

    @Test
    void deletingABlockRemovesItsConnectionsInTheSameStep() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        stack.execute(new AddConnection(new Connection("web", "thumbs")));
        stack.execute(new RemoveBlocks(Set.of("thumbs")));
        assertTrue(stack.current().scenario().connections().isEmpty());
        assertEquals(1, stack.current().scenario().blocks().size());
        stack.undo();
        assertEquals(1, stack.current().scenario().connections().size());
        assertEquals(2, stack.current().scenario().blocks().size());
    }

    @Test
    void addingBlocksSelectsThemAndUndoRestoresTheSelection() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        stack.select(Set.of("web"));
        Block extra = AutoScalingGroup.of("asg-1", "Workers", "m5.large", 1, 1, 1);
        stack.execute(AddBlocks.one(extra));
        assertEquals(Set.of("asg-1"), stack.current().selection());
        stack.undo();
        assertEquals(Set.of("web"), stack.current().selection());
    }

    @Test
    void aCommandCannotRunAnotherCommand() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        Command nested = new Command() {
            public String description() { return "nested"; }
            public EditorState apply(EditorState before) {
                stack.execute(move("web", 1));
                return before;
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
    }

    @Test
    void theLastScenarioCannotBeDeletedAndRenamesMustBeFree() {
        CommandStack stack = new CommandStack(EditorState.of(design));
        assertFalse(stack.execute(new DeleteScenario(0)));
        stack.execute(new AddScenario("Add", design.scenarios().get(0).withName("Spot")));
        assertEquals(1, stack.current().scenarioIndex());
        assertThrows(IllegalArgumentException.class, () -> stack.execute(new RenameScenario(1, "Baseline")));
        stack.execute(new DeleteScenario(1));
        assertEquals(0, stack.current().scenarioIndex());
        assertEquals(1, stack.current().project().scenarios().size());
    }
}
