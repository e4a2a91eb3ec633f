package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Container;
import dev.costbench.ui.canvas.ContainerView;
import dev.costbench.ui.command.EditContainer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Drag a selected frame's corner handle to resize it (never below the size that holds a block); the release
 * commits one {@link EditContainer} step, and the frame then holds the blocks inside its new bounds.
 */
public final class ResizeContainerGesture {
    private final CanvasAccess canvas;
    private Container start;
    private Point2D press;

    public ResizeContainerGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(ContainerView view) {
        view.handle().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            e.consume();
            start = view.container();
            press = canvas.toWorld(e);
        });
        view.handle().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (start == null) return;
            e.consume();
            double[] size = size(e);
            view.showBounds(start.x(), start.y(), size[0], size[1]);
        });
        view.handle().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (start == null) return;
            e.consume();
            double[] size = size(e);
            Container was = start;
            start = null;
            canvas.workbench().execute(new EditContainer("Resize " + was.name(), was.withBounds(was.x(), was.y(), size[0], size[1])));
        });
    }

    private double[] size(MouseEvent e) {
        Point2D d = canvas.toWorld(e).subtract(press);
        return new double[]{Math.max(Container.MIN_WIDTH, canvas.toGrid(start.width() + d.getX())),
                Math.max(Container.MIN_HEIGHT, canvas.toGrid(start.height() + d.getY()))};
    }
}
