package dev.costbench.ui.canvas.gesture;

import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.command.MoveBlocks;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Press a block to select it (Ctrl toggles it in the selection), drag to move the selection: while dragging
 * only the views move, on the grid; the release commits one {@link MoveBlocks} step.
 */
public final class SelectAndMoveGesture {
    private final CanvasAccess canvas;
    private Point2D press;
    private Map<String, Point2D> origins = Map.of();
    private boolean moving;

    public SelectAndMoveGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(BlockView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(view, e));
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(BlockView view, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || canvas.handToolHeld()) return;
        canvas.focus();
        e.consume();
        String id = view.block().id();
        canvas.selectConnection(null);
        var workbench = canvas.workbench();
        Set<String> selection = new HashSet<>(workbench.selection());
        if (e.isShortcutDown() || e.isControlDown()) {
            if (!selection.remove(id)) selection.add(id);
            workbench.select(selection);
            moving = false;
            return;
        }
        if (!selection.contains(id)) workbench.select(Set.of(id));
        moving = true;
        press = canvas.toWorld(e);
        Map<String, Point2D> from = new HashMap<>();
        for (String sel : workbench.selection()) {
            BlockView v = canvas.view(sel);
            if (v != null) from.put(sel, new Point2D(v.block().x(), v.block().y()));
        }
        origins = from;
    }

    private void dragged(MouseEvent e) {
        if (!moving) return;
        e.consume();
        Point2D delta = canvas.toWorld(e).subtract(press);
        origins.forEach((id, p) -> canvas.view(id).relocate(canvas.toGrid(p.getX() + delta.getX()), canvas.toGrid(p.getY() + delta.getY())));
    }

    private void released(MouseEvent e) {
        if (!moving) return;
        e.consume();
        moving = false;
        Map<String, MoveBlocks.Position> moved = new HashMap<>();
        origins.forEach((id, p) -> {
            BlockView v = canvas.view(id);
            if (v != null && (v.getLayoutX() != v.block().x() || v.getLayoutY() != v.block().y()))
                moved.put(id, new MoveBlocks.Position(v.getLayoutX(), v.getLayoutY()));
        });
        origins = Map.of();
        if (!moved.isEmpty()) canvas.workbench().execute(new MoveBlocks(moved));
        canvas.cullToView();
    }
}
