package dev.costbench.ui.app;

import dev.costbench.catalog.coverage.RegionCoverage;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.pricing.CostReport;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.cost.CostRow;
import dev.costbench.ui.cost.OptionCell;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Region, the catalog's "prices as of" date, and the scenario's monthly and annual total under each block's option. */
public final class StatusBar extends HBox {
    private final Workbench workbench;
    private final Label region = new Label();
    private final Separator afterRegion = sep();
    private final Separator beforeAnnual = sep();
    /** Pushes the totals to the right. */
    private final Region gap = new Region();
    private final Label pricesAsOf = new Label();
    private final Label coverage = new Label();
    private final Tooltip coverageTip = new Tooltip();
    private final Label monthly = new Label();
    private final Label annual = new Label();
    private final Label activity = new Label();
    private final Tooltip monthlyTip = new Tooltip();
    private final Tooltip pricesTip = new Tooltip();
    /** What the region and prices-as-of labels show now. */
    private String shownRegion;
    private dev.costbench.catalog.PriceCatalog shownCatalog;
    private java.util.Set<dev.costbench.catalog.coverage.PriceKind> shownKinds;

    public StatusBar(Workbench workbench) {
        this.workbench = workbench;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        // a fixed height: a status bar that changes height on every reprice would move, and redraw, the whole window
        setMinHeight(30);
        setPrefHeight(30);
        setMaxHeight(30);
        // the totals keep their full width; the passing note gives way first, and the bar never widens the window
        for (Label l : new Label[] {monthly, annual}) l.setMinWidth(Region.USE_PREF_SIZE);
        activity.setMinWidth(0);
        monthly.setTooltip(monthlyTip);
        region.setId("status-region");
        activity.setId("status-activity");
        pricesAsOf.setId("status-prices-as-of");
        monthly.setId("status-monthly");
        annual.setId("status-annual");
        monthly.getStyleClass().add("status-total");
        annual.getStyleClass().add("status-total");
        pricesAsOf.setTooltip(pricesTip);
        coverage.setId("status-coverage");
        coverage.setTooltip(coverageTip);
        HBox.setHgrow(gap, Priority.ALWAYS);
        region.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(region, afterRegion, pricesAsOf, sep(), coverage, sep(), activity, gap, monthly, beforeAnnual, annual);
        workbench.commands().stateProperty().addListener((o, a, s) -> showRegion());
        workbench.catalogProperty().addListener((o, a, c) -> showRegion());
        showRegion();
        workbench.repricer().reportProperty().addListener((o, a, r) -> show(r));
        workbench.repricer().errorProperty().addListener((o, a, e) -> activity.setText(e));
        show(workbench.report());
    }

    private void showRegion() {
        String r = workbench.scenario().region();
        java.util.Set<dev.costbench.catalog.coverage.PriceKind> kinds = dev.costbench.catalog.coverage.PriceKind.neededBy(workbench.scenario());
        // every edit lands here; the dates only change with the region, the catalog or the kinds of price needed
        if (r.equals(shownRegion) && workbench.catalog() == shownCatalog && kinds.equals(shownKinds)) return;
        shownRegion = r;
        shownCatalog = workbench.catalog();
        shownKinds = kinds;
        region.setText("Region " + r);
        RegionCoverage c = RegionCoverage.forNeeds(workbench.catalog(), r, kinds);
        PricesAsOf asOf = PricesAsOf.of(workbench.catalog(), r, c);
        pricesAsOf.setText("Prices as of " + asOf.text());
        pricesTip.setText(asOf.detail());
        coverage.setText(c.brief());
        coverageTip.setText(c.detail());
    }

    /**
     * Items the bar leaves out, whole and in this order, where it has no room for every item whole (long totals with
     * missing prices, a narrow window): the region, which the toolbar shows too, then the annual total, which the cost
     * table's header shows; rather than read "Region…" or cut the prices' dates and kinds.
     */
    private javafx.scene.Node[][] leftOutFirst() { return new javafx.scene.Node[][] {{region, afterRegion}, {beforeAnnual, annual}}; }

    @Override
    protected void layoutChildren() {
        double needed = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (javafx.scene.Node n : getChildren()) {
            if (n == activity || n == gap) continue; // they give way to anything
            needed += n.prefWidth(-1);
            shown++;
        }
        needed += getSpacing() * (shown - 1);
        for (javafx.scene.Node[] items : leftOutFirst()) {
            boolean room = getWidth() >= needed;
            for (javafx.scene.Node n : items) {
                if (n.isManaged() != room) {
                    n.setManaged(room);
                    n.setVisible(room);
                }
                if (!room) needed -= n.prefWidth(-1) + getSpacing();
            }
        }
        super.layoutChildren();
    }

    /** A short note of what just happened, such as "Exported review.xlsx". */
    public void tell(String message) { activity.setText(message); }

    /** The last thing the window said it did. */
    public String activityText() { return activity.getText(); }

    private static Separator sep() { return new Separator(Orientation.VERTICAL); }

    private void show(CostReport r) {
        if (r == null) {
            monthly.setText("Monthly: pricing…");
            annual.setText("");
            return;
        }
        OptionCell total = CostRow.chosenTotal(r);
        monthly.setText("Monthly " + total.text());
        annual.setText("Annual " + CostRow.chosenAnnual(r));
        monthlyTip.setText(total.tooltip());
    }
}
