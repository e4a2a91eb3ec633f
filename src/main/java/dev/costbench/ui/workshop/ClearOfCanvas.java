package dev.costbench.ui.workshop;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Places a workshop window where it leaves the canvas in sight: the comparison outlines blocks on the canvas, so
 * covering it would hide what the view points at.
 */
final class ClearOfCanvas {
    /** The least height a window placed under the canvas keeps, to show a few rows. */
    static final double MIN_HEIGHT = 240;

    private ClearOfCanvas() {}

    /**
     * Beside the canvas on the side with room for the window's width; otherwise across the screen under the canvas,
     * made as tall as the room there (at least {@link #MIN_HEIGHT}).
     */
    static void place(Stage stage, Node canvas) {
        Bounds c = canvas.localToScreen(canvas.getLayoutBounds());
        if (c == null) return;
        Rectangle2D screen = screenOf(c);
        // a window wider than the screen (a comparison of four scenarios on a small one) is made to fit it
        if (stage.getWidth() > screen.getWidth()) stage.setWidth(screen.getWidth());
        double w = stage.getWidth(), h = Math.min(stage.getHeight(), screen.getHeight());
        if (screen.getMaxX() - c.getMaxX() >= w) {
            stage.setX(c.getMaxX());
            stage.setY(Math.max(screen.getMinY(), Math.min(c.getMinY(), screen.getMaxY() - h)));
        } else if (c.getMinX() - screen.getMinX() >= w) {
            stage.setX(c.getMinX() - w);
            stage.setY(Math.max(screen.getMinY(), Math.min(c.getMinY(), screen.getMaxY() - h)));
        } else {
            double below = Math.max(MIN_HEIGHT, screen.getMaxY() - c.getMaxY());
            stage.setX(Math.max(screen.getMinX(), Math.min(c.getMinX(), screen.getMaxX() - w)));
            stage.setY(Math.min(c.getMaxY(), screen.getMaxY() - below));
            stage.setHeight(Math.min(h, below));
        }
    }

    /** The usable bounds of the screen {@code c} (in screen coordinates) is on, for a workshop window placed beside it. */
    static Rectangle2D screenOf(Bounds c) {
        return Screen.getScreensForRectangle(c.getMinX(), c.getMinY(), c.getWidth(), c.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
