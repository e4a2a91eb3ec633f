package dev.costbench.ui.arrange;

import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.ui.command.CommandStack;
import dev.costbench.ui.command.EditorState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Align and distribute a selection of blocks (180 × 72 each), one undo step per menu item. */
class ArrangementTest {
    private static Block fn(String id, double x, double y) {
        return new LambdaFunction(id, id, x, y, null, 128, null, 0, null, 512, 0, null, null);
    }

    // a at (0, 0), b at (300, 50), c at (100, 200): together they span x 0–480 and y 0–272
    private final Scenario scenario = new Scenario("S", null, List.of(fn("a", 0, 0), fn("b", 300, 50), fn("c", 100, 200)),
            List.of(), null, false);
    private final CommandStack stack = new CommandStack(EditorState.of(new Project("p", List.of(scenario))));
    private static final Set<String> ALL = Set.of("a", "b", "c");

    private List<Double> xs() { return stack.current().scenario().blocks().stream().map(Block::x).toList(); }

    private List<Double> ys() { return stack.current().scenario().blocks().stream().map(Block::y).toList(); }

    private void run(Alignment how) { stack.execute(Arrangement.align(stack.current().scenario(), ALL, how)); }

    @Test
    void alignLeftPutsEveryLeftEdgeOnTheLeftmost() {
        run(Alignment.LEFT);
        assertEquals(List.of(0.0, 0.0, 0.0), xs());
        assertEquals(List.of(0.0, 50.0, 200.0), ys(), "heights untouched");
        assertEquals("Align Left", stack.undoDescriptionProperty().get());
        stack.undo();
        assertEquals(List.of(0.0, 300.0, 100.0), xs(), "one step");
    }

    @Test
    void alignCenterCentresOnTheSelectionsMiddle() {
        run(Alignment.CENTER);
        // the selection spans 0–480, so its middle is 240 and each block's left edge is 240 − 90 = 150
        assertEquals(List.of(150.0, 150.0, 150.0), xs());
    }

    @Test
    void alignRightPutsEveryRightEdgeOnTheRightmost() {
        run(Alignment.RIGHT);
        // rightmost edge 300 + 180 = 480, so each left edge is 480 − 180 = 300
        assertEquals(List.of(300.0, 300.0, 300.0), xs());
    }

    @Test
    void alignTopMiddleAndBottom() {
        run(Alignment.TOP);
        assertEquals(List.of(0.0, 0.0, 0.0), ys());
        stack.undo();
        run(Alignment.MIDDLE);
        // the selection spans y 0–272 (200 + 72), middle 136, each top 136 − 36 = 100
        assertEquals(List.of(100.0, 100.0, 100.0), ys());
        stack.undo();
        run(Alignment.BOTTOM);
        // bottom edge 272, each top 272 − 72 = 200
        assertEquals(List.of(200.0, 200.0, 200.0), ys());
    }

    @Test
    void distributeHorizontallyEqualisesTheGapsKeepingTheEnds() {
        // sorted by x: a 0, c 100, b 300; the ends stay and c goes to 0 + (300 − 0) / 2 = 150
        stack.execute(Arrangement.distribute(stack.current().scenario(), ALL, true));
        assertEquals(List.of(0.0, 300.0, 150.0), xs());
        assertEquals("Distribute Horizontally", stack.undoDescriptionProperty().get());
    }

    @Test
    void distributeVertically() {
        // sorted by y: a 0, b 50, c 200; b goes to 0 + (200 − 0) / 2 = 100
        stack.execute(Arrangement.distribute(stack.current().scenario(), ALL, false));
        assertEquals(List.of(0.0, 100.0, 200.0), ys());
    }

    @Test
    void tooFewBlocksIsNothingToDo() {
        assertNull(Arrangement.align(scenario, Set.of("a"), Alignment.LEFT), "one block has nothing to align with");
        assertNull(Arrangement.distribute(scenario, Set.of("a", "b"), true), "two blocks have no gap to share");
    }
}
