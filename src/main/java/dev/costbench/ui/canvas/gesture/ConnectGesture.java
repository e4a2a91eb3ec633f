package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Connection;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.command.AddConnection;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Drag from a block's handle to another block to connect them: a line follows the mouse, and a release over
 * another block commits one {@link AddConnection} step (a release anywhere else adds nothing).
 */
public final class ConnectGesture {
    private final CanvasAccess canvas;
    private final Line pending = new Line();
    private BlockView from;

    public ConnectGesture(CanvasAccess canvas) {
        this.canvas = canvas;
        pending.getStyleClass().add("pending-connection");
        pending.setVisible(false);
        pending.setMouseTransparent(true);
    }

    /** The line being drawn, in world coordinates: the canvas puts it on its overlay. */
    public Node line() { return pending; }

    public void install(BlockView view) {
        view.handle().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(view, e));
        view.handle().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.handle().addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(BlockView view, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        e.consume();
        canvas.focus();
        from = view;
        Point2D start = new Point2D(view.getLayoutX() + BlockView.WIDTH, view.getLayoutY() + BlockView.HEIGHT / 2);
        pending.setStartX(start.getX());
        pending.setStartY(start.getY());
        pending.setEndX(start.getX());
        pending.setEndY(start.getY());
        pending.setVisible(true);
    }

    private void dragged(MouseEvent e) {
        if (from == null) return;
        e.consume();
        Point2D p = canvas.toWorld(e);
        pending.setEndX(p.getX());
        pending.setEndY(p.getY());
    }

    private void released(MouseEvent e) {
        if (from == null) return;
        e.consume();
        pending.setVisible(false);
        BlockView target = blockAt(canvas.toWorld(e));
        BlockView source = from;
        from = null;
        if (target != null && target != source)
            canvas.workbench().execute(new AddConnection(new Connection(source.block().id(), target.block().id())));
    }

    /** The topmost block under a world point. */
    private BlockView blockAt(Point2D world) {
        BlockView hit = null;
        for (BlockView v : canvas.blockViews())
            if (world.getX() >= v.getLayoutX() && world.getX() <= v.getLayoutX() + BlockView.WIDTH
                    && world.getY() >= v.getLayoutY() && world.getY() <= v.getLayoutY() + BlockView.HEIGHT) hit = v;
        return hit;
    }
}
