package dev.costbench.ui.canvas.gesture;

import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;

/**
 * Zooms the view: Ctrl+scroll about the mouse, the View menu's steps about the middle of the canvas. The
 * view is not part of the document, so zooming adds no undo step.
 */
public final class ZoomGesture {
    /** How much one pixel of scroll zooms: a wheel notch (40 px) is about 8 %. */
    private static final double PER_SCROLL_PIXEL = 0.002;
    /** One step of View → Zoom In; Zoom Out is its inverse. */
    private static final double STEP = 1.25;

    private final CanvasAccess canvas;

    public ZoomGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(Node background) {
        background.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!(e.isShortcutDown() || e.isControlDown())) return;
            if (e.getDeltaY() != 0) canvas.viewport().zoomAt(Math.exp(e.getDeltaY() * PER_SCROLL_PIXEL), e.getX(), e.getY());
            e.consume();
        });
    }

    public void zoomIn() { aboutTheMiddle(STEP); }

    public void zoomOut() { aboutTheMiddle(1 / STEP); }

    /** Back to 100 %. */
    public void actualSize() { aboutTheMiddle(1 / canvas.viewport().zoom()); }

    private void aboutTheMiddle(double factor) { canvas.viewport().zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2); }
}
