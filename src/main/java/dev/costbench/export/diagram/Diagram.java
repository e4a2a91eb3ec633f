package dev.costbench.export.diagram;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.RegionCoverage;
import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Container;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.Money;

import java.awt.geom.Rectangle2D;

/**
 * One scenario to draw, with the report it was priced to, the design's name for the title and the dates of the rates
 * its prices come from ({@link RegionCoverage#dates()}; null to leave them out). The page is the scenario's blocks and
 * containers with a margin, under a title band.
 */
public record Diagram(String designName, Scenario scenario, CostReport report, String ratesDated) {

    /** A diagram of {@code scenario} priced to {@code report}, dated by the rates {@code catalog} has for what it needs. */
    public static Diagram of(String designName, Scenario scenario, CostReport report, PriceCatalog catalog) {
        return new Diagram(designName, scenario, report, RegionCoverage.forDesign(catalog, scenario.region(), scenario).dates());
    }

    static final double MARGIN = 28;
    static final double TITLE_HEIGHT = 54;
    /** Connection labels and container badges reach a little outside the boxes. */
    private static final double EMPTY_SIZE = 200;

    /** The drawing's area in canvas units: everything on it, before the margin and title. */
    public Rectangle2D content() {
        Rectangle2D r = null;
        for (Block b : scenario.blocks()) r = add(r, new Rectangle2D.Double(b.x(), b.y(), BlockShape.WIDTH, BlockShape.HEIGHT));
        for (Container c : scenario.containers()) r = add(r, new Rectangle2D.Double(c.x(), c.y(), c.width(), c.height()));
        return r == null ? new Rectangle2D.Double(0, 0, EMPTY_SIZE, EMPTY_SIZE) : r;
    }

    /** The page's width and height in points (1 canvas unit = 1 point). */
    public double pageWidth() { return Math.max(content().getWidth() + 2 * MARGIN, 520); }

    public double pageHeight() { return content().getHeight() + 2 * MARGIN + TITLE_HEIGHT; }

    public String title() { return designName + " — " + scenario.name(); }

    /** "us-east-1 · $2,345.67 a month as bought · rates of 2021-02-05 to 2026-07-20", with the missing prices said. */
    public String subtitle() {
        if (report == null) return scenario.region();
        String total = Money.format(report.chosenMonthly()) + " a month as bought";
        if (!report.missing().isEmpty()) total += " + missing prices (the total is incomplete)";
        return scenario.region() + " · " + total + (ratesDated == null ? "" : " · rates of " + ratesDated);
    }

    private static Rectangle2D add(Rectangle2D r, Rectangle2D next) {
        if (r == null) return next;
        r.add(next);
        return r;
    }
}
