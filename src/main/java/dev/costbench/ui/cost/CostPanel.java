package dev.costbench.ui.cost;

import dev.costbench.model.Block;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.load.SteadyLoad;
import dev.costbench.ui.Workbench;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's cost: the table of blocks × options, the stacked chart, and the headline total of every
 * block under its own option. It renders whatever report the repricer last finished.
 */
public final class CostPanel extends BorderPane {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private final CostTable table = new CostTable();
    private final CostChart chart = new CostChart();
    private final Label total = new Label("pricing…");
    private final Label status = new Label();
    private final SplitPane body;
    /** The width the table was last given room for: the divider moves only when the figures need other room. */
    private double roomFor = -1;

    private final Workbench workbench;
    /**
     * The last report's block costs and their rows, in the same order: after an edit the engine hands back the same
     * cost for every block it did not reprice, so those rows are kept.
     */
    private List<BlockCost> lastBlocks = List.of();
    private List<CostRow> lastRowList = List.of();

    public CostPanel(Workbench workbench) {
        this.workbench = workbench;
        setId("cost-panel");
        getStyleClass().add("cost-panel");
        Label title = new Label("Cost");
        title.getStyleClass().add("panel-title");
        total.setId("cost-total");
        total.getStyleClass().add("cost-total");
        status.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, status, gap, total);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 6, 10));
        body = new SplitPane(table, chart);
        body.setDividerPositions(0.68);
        body.widthProperty().addListener((o, a, w) -> { roomFor = -1; javafx.application.Platform.runLater(this::roomForFigures); });
        // the scenario's name gives way before the total does
        total.setMinWidth(Region.USE_PREF_SIZE);
        setTop(header);
        setCenter(body);
        workbench.repricer().reportProperty().addListener((o, a, r) -> show(r));
        workbench.repricer().busyProperty().addListener((o, a, busy) -> total.pseudoClassStateChanged(STALE, busy));
        workbench.repricer().errorProperty().addListener((o, a, e) -> status.setText(e));
        show(workbench.report());
    }

    /** Blocks of the scenario on screen whose cost follows a load profile: their rows show the min–max range. */
    private Set<String> profiledBlocks() {
        Set<String> ids = new HashSet<>();
        for (Block b : workbench.scenario().blocks())
            if (SteadyLoad.profiled(b)) ids.add(b.id());
        return ids;
    }

    private List<CostRow> rowsOf(CostReport report) {
        List<BlockCost> blocks = report.blocks();
        List<CostRow> rows = new ArrayList<>(blocks.size() + 1);
        // an edit leaves the other blocks' costs the same objects at the same places: their rows are taken by
        // place, and only a block moved in the list (an insertion, a removal) is looked up by its cost
        Map<BlockCost, CostRow> byCost = null;
        Set<String> profiled = null;
        for (int i = 0; i < blocks.size(); i++) {
            BlockCost b = blocks.get(i);
            CostRow row = i < lastBlocks.size() && lastBlocks.get(i) == b ? lastRowList.get(i) : null;
            if (row == null) {
                if (byCost == null) {
                    byCost = new IdentityHashMap<>(lastBlocks.size() * 2);
                    for (int k = 0; k < lastBlocks.size(); k++) byCost.put(lastBlocks.get(k), lastRowList.get(k));
                }
                row = byCost.get(b);
            }
            if (row == null) {
                if (profiled == null) profiled = profiledBlocks();
                row = CostRow.of(b, profiled.contains(b.blockId()));
            }
            rows.add(row);
        }
        lastBlocks = blocks;
        lastRowList = List.copyOf(rows);
        rows.add(CostRow.total(report));
        return rows;
    }

    private void show(CostReport report) {
        List<CostRow> rows = report == null ? List.of() : rowsOf(report);
        table.show(rows);
        chart.show(rows);
        javafx.application.Platform.runLater(this::roomForFigures);
        if (report == null) {
            total.setText("pricing…");
            return;
        }
        OptionCell chosen = CostRow.chosenTotal(report);
        total.setText("Total " + chosen.text() + " a month · " + CostRow.chosenAnnual(report) + " a year");
        status.setText(report.scenario() + " · " + report.region()
                + (report.missing().isEmpty() ? "" : " · " + report.missing().size() + (report.missing().size() == 1 ? " price" : " prices") + " missing"));
    }

    /** Gives the table the width its columns need, leaving the chart at least {@link #CHART_MIN_WIDTH}. */
    private void roomForFigures() {
        double all = body.getWidth();
        double need = table.columnsWidth() + TABLE_CHROME;
        if (all <= 0 || need == roomFor) return;
        roomFor = need;
        body.setDividerPositions(Math.min(need, Math.max(all / 2, all - CHART_MIN_WIDTH)) / all);
    }

    /** The narrowest the chart is squeezed to, to still read its bars and legend. */
    static final double CHART_MIN_WIDTH = 320;
    /** The table's border and vertical scroll bar beside its columns. */
    private static final double TABLE_CHROME = 18;

    public String totalText() { return total.getText(); }

    public CostTable table() { return table; }

    public CostChart chart() { return chart; }
}
