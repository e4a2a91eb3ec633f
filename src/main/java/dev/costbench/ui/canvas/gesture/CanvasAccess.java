package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Connection;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.canvas.ContainerView;
import dev.costbench.ui.canvas.Viewport;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

import java.util.Collection;

/** What a gesture needs from the canvas: the design, the views it previews on, and canvas coordinates. */
public interface CanvasAccess {
    Workbench workbench();

    Point2D toWorld(MouseEvent e);

    BlockView view(String blockId);

    /** Every block view, on screen or culled, in drawing order. */
    Collection<BlockView> blockViews();

    ContainerView containerView(String containerId);

    Viewport viewport();

    /** Round to the canvas grid, as every move and size lands on it. */
    double toGrid(double v);

    void focus();

    /** The width and height of the canvas on screen. */
    double getWidth();

    double getHeight();

    void setCursor(Cursor cursor);

    /** True while Space is held: the mouse then pans, and blocks and arrows let presses through to the background. */
    boolean handToolHeld();

    /** Selects {@code connection} on the canvas (null: none); block selection is left to the caller. */
    void selectConnection(Connection connection);

    /** Shows the selection of the state now on the command stack (after a gesture changed it). */
    void showSelection();

    /** Puts blocks that came into view on the canvas, after they or the view moved. */
    void cullToView();

    /** Deletes the selected blocks, frames or connection in one step. */
    void deleteSelection();

    /** Moves the selected blocks by (dx, dy), landing on the grid, in one step. */
    void nudge(double dx, double dy);
}
