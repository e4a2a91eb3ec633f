package dev.costbench.ui.canvas.gesture;

import dev.costbench.ui.canvas.DesignCanvas;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Set;

/**
 * The canvas's keys: Delete or Backspace deletes the selection in one step, Escape selects nothing, and the
 * arrow keys nudge the selection one grid step (Shift: five), one undo step per press.
 */
public final class KeyboardGesture {
    private static final int SHIFT_STEPS = 5;

    private final CanvasAccess canvas;

    public KeyboardGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(Node surface) { surface.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed); }

    private void pressed(KeyEvent e) {
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            canvas.deleteSelection();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            canvas.selectConnection(null);
            canvas.workbench().select(Set.of());
            canvas.showSelection();
            e.consume();
        } else if (e.getCode().isArrowKey() && !canvas.workbench().selection().isEmpty()) {
            double step = DesignCanvas.GRID * (e.isShiftDown() ? SHIFT_STEPS : 1);
            double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
            double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
            canvas.nudge(dx, dy);
            e.consume();
        }
    }
}
