package dev.costbench.model;

/**
 * A block's box on the canvas and where an arrow leaves it: the same in the window and in an exported
 * diagram, so a design looks the same in both.
 */
public final class BlockShape {
    public static final double WIDTH = 180;
    public static final double HEIGHT = 72;

    private BlockShape() {}

    public static double centerX(Block b) { return b.x() + WIDTH / 2; }

    public static double centerY(Block b) { return b.y() + HEIGHT / 2; }

    /** Where the segment from a block's centre (cx, cy) towards (tx, ty) leaves the block's box, as {x, y}. */
    public static double[] edgePoint(double cx, double cy, double tx, double ty) {
        double dx = tx - cx, dy = ty - cy;
        if (dx == 0 && dy == 0) return new double[]{cx, cy};
        double sx = dx == 0 ? Double.MAX_VALUE : (WIDTH / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (HEIGHT / 2) / Math.abs(dy);
        double t = Math.min(Math.min(sx, sy), 1);
        return new double[]{cx + dx * t, cy + dy * t};
    }
}
