package dev.costbench.ui.canvas.gesture;

import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.canvas.ContainerView;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** What a gesture needs from the canvas: the design, the views it previews on, and canvas coordinates. */
public interface CanvasAccess {
    Workbench workbench();

    Point2D toWorld(MouseEvent e);

    BlockView view(String blockId);

    ContainerView containerView(String containerId);

    /** Round to the canvas grid, as every move and size lands on it. */
    double toGrid(double v);

    void focus();
}
