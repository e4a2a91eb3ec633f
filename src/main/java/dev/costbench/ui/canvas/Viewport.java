package dev.costbench.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** Pan and zoom of the canvas: screen = translate + zoom × world. */
public final class Viewport {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;

    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    public Viewport() {
        zoom.addListener((o, a, z) -> {
            scale.setX(z.doubleValue());
            scale.setY(z.doubleValue());
        });
    }

    public Translate translate() { return translate; }
    public Scale scale() { return scale; }
    public DoubleProperty zoomProperty() { return zoom; }
    public double zoom() { return zoom.get(); }

    public void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** Zooms by {@code factor} keeping the world point under the screen point {@code (sx, sy)} in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double z = clamp(zoom.get() * factor);
        Point2D world = toWorld(sx, sy);
        zoom.set(z);
        translate.setX(sx - world.getX() * z);
        translate.setY(sy - world.getY() * z);
    }

    /**
     * Shows the world rectangle inside a screen area of {@code width × height}, centred, at most 100% and at
     * least {@code minZoom}; when it does not fit at {@code minZoom}, its top-left corner is shown.
     */
    public void fit(Rectangle2D world, double width, double height, double margin, double minZoom) {
        if (world == null || width <= 0 || height <= 0) return;
        double wanted = Math.min(1, Math.min((width - 2 * margin) / world.getWidth(), (height - 2 * margin) / world.getHeight()));
        double z = clamp(Math.max(wanted, minZoom));
        zoom.set(z);
        double tx = (width - world.getWidth() * z) / 2 - world.getMinX() * z;
        double ty = (height - world.getHeight() * z) / 2 - world.getMinY() * z;
        translate.setX(world.getWidth() * z > width - 2 * margin ? margin - world.getMinX() * z : tx);
        translate.setY(world.getHeight() * z > height - 2 * margin ? margin - world.getMinY() * z : ty);
    }

    public Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - translate.getX()) / zoom.get(), (sy - translate.getY()) / zoom.get());
    }

    private static double clamp(double z) { return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)); }
}
