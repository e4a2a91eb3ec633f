package dev.costbench.ui.cost;

import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.Money;
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

    public CostPanel(Workbench workbench) {
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
        SplitPane body = new SplitPane(table, chart);
        body.setDividerPositions(0.68);
        setTop(header);
        setCenter(body);
        workbench.repricer().reportProperty().addListener((o, a, r) -> show(r));
        workbench.repricer().busyProperty().addListener((o, a, busy) -> total.pseudoClassStateChanged(STALE, busy));
        workbench.repricer().errorProperty().addListener((o, a, e) -> status.setText(e));
        show(workbench.report());
    }

    private void show(CostReport report) {
        java.util.List<CostRow> rows = report == null ? java.util.List.of() : CostRow.of(report);
        table.show(rows);
        chart.show(rows);
        if (report == null) {
            total.setText("pricing…");
            return;
        }
        OptionCell chosen = CostRow.chosenTotal(report);
        total.setText("Total " + chosen.text() + " a month · " + Money.format(report.chosenAnnual()) + " a year");
        status.setText(report.scenario() + " · " + report.region()
                + (report.missing().isEmpty() ? "" : " · " + report.missing().size() + " missing price(s)"));
    }

    public String totalText() { return total.getText(); }

    public CostTable table() { return table; }

    public CostChart chart() { return chart; }
}
