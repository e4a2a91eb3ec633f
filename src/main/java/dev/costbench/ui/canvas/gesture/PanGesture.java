package dev.costbench.ui.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Moves the view, never the design: drag with the middle button or with Space held (the hand tool), or
 * scroll without Ctrl. The view is not part of the document, so panning adds no undo step.
 */
public final class PanGesture {
    private final CanvasAccess canvas;
    private boolean spaceDown;
    private Point2D last;

    public PanGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(Node background) {
        background.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        background.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        background.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        background.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        background.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.SPACE) return;
            spaceDown = true;
            if (last == null) canvas.setCursor(Cursor.OPEN_HAND);
            e.consume();
        });
        background.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() != KeyCode.SPACE) return;
            spaceDown = false;
            canvas.setCursor(Cursor.DEFAULT);
        });
    }

    /** True while Space is held. */
    public boolean handHeld() { return spaceDown; }

    private void pressed(MouseEvent e) {
        if (!(e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown))) return;
        last = new Point2D(e.getX(), e.getY());
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    private void dragged(MouseEvent e) {
        if (last == null) return;
        canvas.viewport().panBy(e.getX() - last.getX(), e.getY() - last.getY());
        last = new Point2D(e.getX(), e.getY());
    }

    private void released(MouseEvent e) {
        if (last == null) return;
        last = null;
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) return;
        canvas.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        e.consume();
    }
}
