package dev.costbench.ui.workshop;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Places the What-if window at the workbench's left edge, level with the canvas's top, over the block palette, and no
 * lower than the canvas where the room allows. What a facilitator needs beside the what-ifs stays in sight: the cost
 * table's totals under the canvas, read against the what-if's, and the inspector, where an edit made while the panel
 * is open is carried into every tick. The palette, for adding blocks, is what a what-if session needs least. The
 * window comes as tall as its controls need (its scene's computed height).
 */
final class ClearOfTotals {
    private ClearOfTotals() {}

    static void place(Stage stage, Node canvas, Window owner) {
        Bounds c = canvas.localToScreen(canvas.getLayoutBounds());
        if (c == null || stage.getScene() == null) return;
        Rectangle2D screen = ClearOfCanvas.screenOf(c);
        double w = stage.getWidth(), h = Math.min(stage.getHeight(), screen.getHeight());
        double left = Math.max(owner == null ? c.getMinX() : owner.getX(), screen.getMinX());
        if (h < stage.getHeight()) stage.setHeight(h);
        stage.setX(Math.min(left, screen.getMaxX() - w));
        // its bottom on the canvas's when it is taller than the canvas, never above the screen
        stage.setY(Math.max(screen.getMinY(), Math.min(c.getMinY(), c.getMaxY() - h)));
    }

    /**
     * The window made as tall as its controls now need at its width (a preview that wraps to a second line), its
     * bottom kept on the canvas's where the room allows, so the controls at the bottom stay in the window.
     */
    static void fit(Stage stage, Node canvas) {
        if (!stage.isShowing() || stage.getScene() == null) return;
        double frame = stage.getHeight() - stage.getScene().getHeight();
        double need = stage.getScene().getRoot().prefHeight(stage.getScene().getWidth()) + frame;
        if (Math.abs(need - stage.getHeight()) < 0.5) return;
        Bounds c = canvas.localToScreen(canvas.getLayoutBounds());
        // a window the user moved down over the cost table stays where it was put
        boolean aboveTotals = c != null && stage.getY() + stage.getHeight() <= c.getMaxY() + 0.5;
        double width = stage.getWidth();
        // the scene's computed height, as the window was opened with (a window system may ignore a plain setHeight)
        stage.sizeToScene();
        if (Math.abs(stage.getWidth() - width) >= 0.5) {
            // that is the width it was opened with: a width the user dragged it to stays, with the height it needs
            stage.setWidth(width);
            stage.setHeight(need);
        }
        if (aboveTotals) stage.setY(Math.max(ClearOfCanvas.screenOf(c).getMinY(), Math.min(stage.getY(), c.getMaxY() - stage.getHeight())));
    }
}
