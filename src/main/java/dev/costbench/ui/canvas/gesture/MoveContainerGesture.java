package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Container;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Scenario;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.ui.canvas.ContainerView;
import dev.costbench.ui.command.MoveContainer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.HashSet;
import java.util.Set;

/**
 * Drag a frame by its title tab: the frame, the frames inside it and their blocks follow the mouse, and the
 * release commits one {@link MoveContainer} step (by whole grid steps).
 */
public final class MoveContainerGesture {
    private final CanvasAccess canvas;
    private Point2D press;
    private String id;
    private Set<String> frames = Set.of();
    private Set<String> blocks = Set.of();

    public MoveContainerGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(ContainerView view) {
        view.tab().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(view, e));
        view.tab().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.tab().addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(ContainerView view, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        e.consume();
        canvas.focus();
        id = view.container().id();
        canvas.workbench().select(Set.of(id));
        press = canvas.toWorld(e);
        Scenario s = canvas.workbench().scenario();
        frames = ContainerPlacement.descendants(s, id);
        frames.add(id);
        Set<String> held = new HashSet<>();
        for (Container c : s.containers()) if (frames.contains(c.id())) held.addAll(c.blocks());
        blocks = held;
    }

    private void dragged(MouseEvent e) {
        if (id == null) return;
        e.consume();
        Point2D d = delta(e);
        for (String f : frames) {
            ContainerView v = canvas.containerView(f);
            if (v != null) v.showBounds(v.container().x() + d.getX(), v.container().y() + d.getY(), v.container().width(), v.container().height());
        }
        for (String b : blocks) {
            BlockView v = canvas.view(b);
            if (v != null) v.relocate(v.block().x() + d.getX(), v.block().y() + d.getY());
        }
    }

    private void released(MouseEvent e) {
        if (id == null) return;
        e.consume();
        Point2D d = delta(e);
        String moved = id;
        id = null;
        if (d.getX() == 0 && d.getY() == 0) return;
        canvas.workbench().execute(new MoveContainer(moved, d.getX(), d.getY()));
    }

    private Point2D delta(MouseEvent e) {
        Point2D p = canvas.toWorld(e).subtract(press);
        return new Point2D(canvas.toGrid(p.getX()), canvas.toGrid(p.getY()));
    }
}
