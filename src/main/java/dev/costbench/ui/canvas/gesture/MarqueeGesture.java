package dev.costbench.ui.canvas.gesture;

import dev.costbench.ui.canvas.BlockView;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

import java.util.HashSet;
import java.util.Set;

/**
 * Drag on the background to select every block the band touches (Ctrl adds to the selection). Selecting is
 * not an edit of the design, so it changes the selection and adds no undo step.
 */
public final class MarqueeGesture {
    private final CanvasAccess canvas;
    private final Rectangle band = new Rectangle();
    private Point2D press;
    private Set<String> selectionAtPress = Set.of();
    private boolean selecting;

    public MarqueeGesture(CanvasAccess canvas) {
        this.canvas = canvas;
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
    }

    /** The band, in screen coordinates of the canvas: the canvas puts it on its screen overlay. */
    public Node band() { return band; }

    /** Listens on the canvas background (presses that no block, frame or arrow took). */
    public void install(Node background) {
        background.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        background.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        background.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || canvas.handToolHeld()) return;
        selecting = true;
        press = new Point2D(e.getX(), e.getY());
        boolean adding = e.isShortcutDown() || e.isControlDown();
        selectionAtPress = adding ? canvas.workbench().selection() : Set.of();
        canvas.selectConnection(null);
        if (!adding) canvas.workbench().select(Set.of());
        canvas.showSelection();
        band.setX(e.getX());
        band.setY(e.getY());
        band.setWidth(0);
        band.setHeight(0);
        band.setVisible(true);
    }

    private void dragged(MouseEvent e) {
        if (!selecting) return;
        band.setX(Math.min(press.getX(), e.getX()));
        band.setY(Math.min(press.getY(), e.getY()));
        band.setWidth(Math.abs(e.getX() - press.getX()));
        band.setHeight(Math.abs(e.getY() - press.getY()));
        Point2D a = canvas.viewport().toWorld(band.getX(), band.getY());
        Point2D b = canvas.viewport().toWorld(band.getX() + band.getWidth(), band.getY() + band.getHeight());
        Set<String> selection = new HashSet<>(selectionAtPress);
        for (BlockView v : canvas.blockViews())
            if (v.getLayoutX() < b.getX() && v.getLayoutX() + BlockView.WIDTH > a.getX()
                    && v.getLayoutY() < b.getY() && v.getLayoutY() + BlockView.HEIGHT > a.getY()) selection.add(v.block().id());
        if (!selection.equals(canvas.workbench().selection())) canvas.workbench().select(selection);
    }

    private void released(MouseEvent e) {
        selecting = false;
        band.setVisible(false);
    }
}
