package dev.costbench.ui.canvas;

import dev.costbench.model.BlockShape;
import dev.costbench.model.Connection;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** An arrow from one block's edge to another's, following both while they are dragged. */
public final class ConnectionView extends Group {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double ARROW = 11;

    private final Connection connection;
    private final BlockView from;
    private final BlockView to;
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Polygon head = new Polygon();
    private final Label label = new Label();

    public ConnectionView(Connection connection, BlockView from, BlockView to) {
        this.connection = connection;
        this.from = from;
        this.to = to;
        getStyleClass().add("connection-view");
        hit.getStyleClass().add("connection-hit");
        line.getStyleClass().add("connection-line");
        head.getStyleClass().add("connection-head");
        line.setMouseTransparent(true);
        label.getStyleClass().add("connection-label");
        label.setText(connection.label());
        label.setVisible(!connection.label().isEmpty());
        label.setMouseTransparent(true);
        // centred on the midpoint whatever its width
        label.translateXProperty().bind(label.widthProperty().divide(-2));
        label.translateYProperty().bind(label.heightProperty().divide(-2));
        getChildren().addAll(hit, line, head, label);
        from.layoutXProperty().addListener(o -> layoutArrow());
        from.layoutYProperty().addListener(o -> layoutArrow());
        to.layoutXProperty().addListener(o -> layoutArrow());
        to.layoutYProperty().addListener(o -> layoutArrow());
        layoutArrow();
    }

    public Connection connection() { return connection; }

    /** The label drawn at the midpoint ("HTTPS · 1.4 TB/month"), empty when the connection has none. */
    public String labelText() { return label.getText(); }

    public void setSelected(boolean selected) { pseudoClassStateChanged(SELECTED, selected); }

    private void layoutArrow() {
        Point2D a = center(from), b = center(to);
        Point2D start = edgePoint(a, b), end = edgePoint(b, a);
        for (Line l : new Line[]{hit, line}) {
            l.setStartX(start.getX());
            l.setStartY(start.getY());
            l.setEndX(end.getX());
            l.setEndY(end.getY());
        }
        label.relocate((start.getX() + end.getX()) / 2, (start.getY() + end.getY()) / 2);
        Point2D dir = end.subtract(start);
        double len = dir.magnitude();
        if (len < 1) {
            head.getPoints().clear();
            return;
        }
        Point2D u = dir.multiply(1 / len), n = new Point2D(-u.getY(), u.getX());
        Point2D base = end.subtract(u.multiply(ARROW));
        Point2D l = base.add(n.multiply(ARROW / 2)), r = base.subtract(n.multiply(ARROW / 2));
        head.getPoints().setAll(end.getX(), end.getY(), l.getX(), l.getY(), r.getX(), r.getY());
    }

    private static Point2D center(BlockView v) {
        return new Point2D(v.getLayoutX() + BlockView.WIDTH / 2, v.getLayoutY() + BlockView.HEIGHT / 2);
    }

    /** Where the segment from the block's centre towards {@code toward} leaves the block's rectangle. */
    static Point2D edgePoint(Point2D center, Point2D toward) {
        double[] p = BlockShape.edgePoint(center.getX(), center.getY(), toward.getX(), toward.getY());
        return new Point2D(p[0], p[1]);
    }
}
