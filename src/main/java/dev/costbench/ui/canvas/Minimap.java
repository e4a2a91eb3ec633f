package dev.costbench.ui.canvas;

import dev.costbench.export.diagram.ContainerStyle;
import dev.costbench.model.Block;
import dev.costbench.model.Container;
import dev.costbench.model.Scenario;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

import java.util.function.BiConsumer;

/**
 * A small overview of the whole design in the canvas's corner: frames, blocks and the part in view as a
 * rectangle. Clicking or dragging in it pans the canvas there. Drawn on a Canvas: it is a picture, not
 * something to select.
 */
public final class Minimap extends Canvas {
    public static final double WIDTH = 200;
    public static final double HEIGHT = 130;
    private static final double PAD = 8;

    private final BiConsumer<Double, Double> centerOn;
    private Rectangle2D world = new Rectangle2D(0, 0, 1, 1);
    private double scale = 1;

    public Minimap(BiConsumer<Double, Double> centerOn) {
        super(WIDTH, HEIGHT);
        this.centerOn = centerOn;
        setId("minimap");
        getStyleClass().add("minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pan);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    /** Draws the scenario and the part of it in view ({@code view}, in canvas units). */
    public void draw(Scenario s, Rectangle2D view) {
        double minX = view.getMinX(), minY = view.getMinY(), maxX = view.getMaxX(), maxY = view.getMaxY();
        for (Block b : s.blocks()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + BlockView.WIDTH);
            maxY = Math.max(maxY, b.y() + BlockView.HEIGHT);
        }
        for (Container c : s.containers()) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x() + c.width());
            maxY = Math.max(maxY, c.y() + c.height());
        }
        world = new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
        scale = Math.min((WIDTH - 2 * PAD) / world.getWidth(), (HEIGHT - 2 * PAD) / world.getHeight());
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        // nearly opaque: the design under the corner must not show through the overview
        g.setFill(Color.gray(0.96, 0.95));
        g.fillRoundRect(0, 0, WIDTH, HEIGHT, 8, 8);
        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeRoundRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 8, 8);
        g.setLineWidth(1);
        for (Container c : s.containers()) {
            g.setStroke(Color.web(ContainerStyle.css(ContainerStyle.of(c.kind()).line())));
            g.strokeRect(x(c.x()), y(c.y()), c.width() * scale, c.height() * scale);
        }
        g.setFill(Color.gray(0.45, 0.85));
        for (Block b : s.blocks()) g.fillRect(x(b.x()), y(b.y()), Math.max(2, BlockView.WIDTH * scale), Math.max(2, BlockView.HEIGHT * scale));
        g.setStroke(Color.web("#0969da"));
        g.setLineWidth(1.5);
        g.strokeRect(x(view.getMinX()), y(view.getMinY()), view.getWidth() * scale, view.getHeight() * scale);
    }

    /** The canvas point a spot of the minimap stands for. */
    public Point2D toWorld(double mx, double my) {
        return new Point2D(world.getMinX() + (mx - PAD) / scale, world.getMinY() + (my - PAD) / scale);
    }

    private void pan(MouseEvent e) {
        Point2D w = toWorld(e.getX(), e.getY());
        centerOn.accept(w.getX(), w.getY());
        e.consume();
    }

    private double x(double wx) { return PAD + (wx - world.getMinX()) * scale; }

    private double y(double wy) { return PAD + (wy - world.getMinY()) * scale; }
}
