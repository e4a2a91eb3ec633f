package dev.costbench.export.diagram;

import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.pricing.BlockCost;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws a scenario as an architecture diagram onto any Graphics2D (an image, an SVG or a PDF page): the
 * containers outermost first, the connections with their labels, then the blocks with their kind's icon,
 * name, key size and monthly cost. Text stays text, so an SVG or PDF can be searched for a block's name.
 */
public final class DiagramRenderer {
    private static final Color PAGE = Color.WHITE;
    private static final Color INK = new Color(0x16191F);
    private static final Color MUTED = new Color(0x545B64);
    private static final Color BLOCK_LINE = new Color(0xAAB7B8);
    private static final Color ARROW = new Color(0x545B64);
    private static final Color MISSING = new Color(0xD13212);
    private static final String FAMILY = Font.SANS_SERIF;
    private static final double ICON = 24;
    private static final double ARROW_HEAD = 9;

    private final Map<BlockKind, BufferedImage> icons = new EnumMap<>(BlockKind.class);

    /** Draws {@code d} with its top-left corner at (0, 0), one canvas unit per unit of {@code g}. */
    public void draw(Diagram d, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(PAGE);
        g.fill(new Rectangle2D.Double(0, 0, d.pageWidth(), d.pageHeight()));
        g.setColor(INK);
        g.setFont(new Font(FAMILY, Font.BOLD, 17));
        text(g, d.title(), Diagram.MARGIN, Diagram.MARGIN + 8);
        g.setColor(MUTED);
        g.setFont(new Font(FAMILY, Font.PLAIN, 12));
        text(g, d.subtitle(), Diagram.MARGIN, Diagram.MARGIN + 28);

        Rectangle2D content = d.content();
        AffineTransform page = g.getTransform();
        g.translate(Diagram.MARGIN - content.getX(), Diagram.MARGIN + Diagram.TITLE_HEIGHT - content.getY());
        for (Container c : d.scenario().containers()) container(g, c);
        for (Connection c : d.scenario().connections()) connection(g, d, c);
        // labels last: a frame's title and a connection's label stay readable where a line crosses them
        for (Container c : d.scenario().containers()) containerLabel(g, c);
        for (Block b : d.scenario().blocks()) block(g, b, d.report() == null ? null : d.report().block(b.id()));
        for (Connection c : d.scenario().connections()) connectionLabel(g, d, c);
        g.setTransform(page);
    }

    private void container(Graphics2D g, Container c) {
        ContainerStyle style = ContainerStyle.of(c.kind());
        Rectangle2D box = new Rectangle2D.Double(c.x(), c.y(), c.width(), c.height());
        if (style.fill() != null) {
            g.setColor(style.fill());
            g.fill(box);
        }
        g.setColor(style.line());
        g.setStroke(style.dashed()
                ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0)
                : new BasicStroke(1.4f));
        g.draw(box);
    }

    private void containerLabel(Graphics2D g, Container c) {
        ContainerStyle style = ContainerStyle.of(c.kind());
        double textX = c.x() + 8;
        g.setFont(new Font(FAMILY, Font.BOLD, 9));
        if (style.badge() != null) {
            // the group's badge in its corner, as AWS's group icons sit in theirs
            g.setColor(style.line());
            FontMetrics fm = g.getFontMetrics();
            double w = fm.stringWidth(style.badge()) + 8;
            g.fill(new Rectangle2D.Double(c.x(), c.y(), w, 18));
            g.setColor(Color.WHITE);
            text(g, style.badge(), c.x() + 4, c.y() + 12.5);
            textX = c.x() + w + 6;
        }
        g.setFont(new Font(FAMILY, Font.PLAIN, 11));
        String label = fit(g, ContainerLabel.of(c), c.x() + c.width() - textX - 6);
        // the label sits on its frame's own colour, so a connection passing under it does not strike it through
        g.setColor(style.fill() == null ? PAGE : style.fill());
        g.fill(new Rectangle2D.Double(textX - 3, c.y() + 2, g.getFontMetrics().stringWidth(label) + 6, 15));
        g.setColor(style.text());
        text(g, label, textX, c.y() + 13);
    }

    private void connection(Graphics2D g, Diagram d, Connection c) {
        double[] ends = ends(d, c);
        if (ends == null) return;
        double dx = ends[2] - ends[0], dy = ends[3] - ends[1], len = Math.hypot(dx, dy);
        double ux = dx / len, uy = dy / len, tipX = ends[2], tipY = ends[3];
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Line2D.Double(ends[0], ends[1], tipX - ux * ARROW_HEAD * 0.8, tipY - uy * ARROW_HEAD * 0.8));
        Path2D head = new Path2D.Double();
        head.moveTo(tipX, tipY);
        head.lineTo(tipX - ux * ARROW_HEAD - uy * ARROW_HEAD / 2, tipY - uy * ARROW_HEAD + ux * ARROW_HEAD / 2);
        head.lineTo(tipX - ux * ARROW_HEAD + uy * ARROW_HEAD / 2, tipY - uy * ARROW_HEAD - ux * ARROW_HEAD / 2);
        head.closePath();
        g.fill(head);
    }

    /** The label at the connection's midpoint, on a white chip. */
    private void connectionLabel(Graphics2D g, Diagram d, Connection c) {
        double[] ends = ends(d, c);
        String label = c.label();
        if (ends == null || label.isEmpty()) return;
        g.setFont(new Font(FAMILY, Font.PLAIN, 10));
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(label) + 8, h = fm.getHeight() + 2;
        double mx = (ends[0] + ends[2]) / 2, my = (ends[1] + ends[3]) / 2;
        RoundRectangle2D chip = new RoundRectangle2D.Double(mx - w / 2, my - h / 2, w, h, 6, 6);
        g.setColor(PAGE);
        g.fill(chip);
        g.setColor(BLOCK_LINE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(chip);
        g.setColor(MUTED);
        text(g, label, mx - w / 2 + 4, my + fm.getAscent() / 2.0 - 1);
    }

    /** {x1, y1, x2, y2}: where the arrow leaves its first block and meets its second; null when they overlap. */
    private static double[] ends(Diagram d, Connection c) {
        Block from = d.scenario().block(c.from()).orElse(null), to = d.scenario().block(c.to()).orElse(null);
        if (from == null || to == null) return null;
        double[] a = BlockShape.edgePoint(BlockShape.centerX(from), BlockShape.centerY(from), BlockShape.centerX(to), BlockShape.centerY(to));
        double[] b = BlockShape.edgePoint(BlockShape.centerX(to), BlockShape.centerY(to), BlockShape.centerX(from), BlockShape.centerY(from));
        return Math.hypot(b[0] - a[0], b[1] - a[1]) < 1 ? null : new double[]{a[0], a[1], b[0], b[1]};
    }

    private void block(Graphics2D g, Block b, BlockCost cost) {
        BlockLabels labels = BlockLabels.of(b, cost);
        RoundRectangle2D box = new RoundRectangle2D.Double(b.x(), b.y(), BlockShape.WIDTH, BlockShape.HEIGHT, 10, 10);
        g.setColor(PAGE);
        g.fill(box);
        g.setColor(BLOCK_LINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        BufferedImage icon = icon(b.kind());
        if (icon != null) {
            AffineTransform at = new AffineTransform();
            at.translate(b.x() + 9, b.y() + 7);
            at.scale(ICON / icon.getWidth(), ICON / icon.getHeight());
            g.drawImage(icon, at, null);
        }
        g.setColor(INK);
        shrinkToFit(g, new Font(FAMILY, Font.BOLD, 12), labels.name(), BlockShape.WIDTH - ICON - 24);
        text(g, fit(g, labels.name(), BlockShape.WIDTH - ICON - 24), b.x() + ICON + 15, b.y() + 23);
        g.setColor(MUTED);
        g.setFont(new Font(FAMILY, Font.PLAIN, 10).deriveFont(10.5f));
        text(g, fit(g, labels.size(), BlockShape.WIDTH - 18), b.x() + 9, b.y() + 46);
        g.setColor(labels.missing() ? MISSING : INK);
        g.setFont(new Font(FAMILY, labels.estimated() ? Font.ITALIC : Font.BOLD, 11));
        text(g, fit(g, labels.cost(), BlockShape.WIDTH - 18), b.x() + 9, b.y() + 62);
    }

    /** A name is worth a smaller type before it is cut: sets {@code font}, or down to 10 points, whichever fits. */
    private static void shrinkToFit(Graphics2D g, Font font, String s, double width) {
        g.setFont(font);
        for (float size = font.getSize2D(); size > 10 && g.getFontMetrics().stringWidth(s) > width; size -= 0.5f)
            g.setFont(font.deriveFont(size - 0.5f));
    }

    /** The text, cut with "…" to {@code width}: a long name must not run over its neighbour. */
    static String fit(Graphics2D g, String s, double width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) return s;
        String cut = s;
        while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }

    private static void text(Graphics2D g, String s, double x, double y) { g.drawString(s, (float) x, (float) y); }

    /** The kind's icon from the application's jar (icons/kinds/KIND-64.png); a missing icon leaves the space empty. */
    private BufferedImage icon(BlockKind kind) {
        return icons.computeIfAbsent(kind, k -> {
            try (InputStream in = DiagramRenderer.class.getResourceAsStream("/icons/kinds/" + k.fileName() + "-64.png")) {
                return in == null ? null : ImageIO.read(in);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
