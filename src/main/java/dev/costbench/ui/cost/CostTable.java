package dev.costbench.ui.cost;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Function;

/**
 * Blocks × purchase options, with the scenario total as the last row. The column of the option a block
 * is bought under is marked (●, bold); estimates are italic with "~"; missing prices say "missing".
 * Each line of the table holds its row in a property: an edit replaces the rows it changed and only their
 * cells are redrawn, so a 500-block design costs an edit what its changed rows cost.
 */
public final class CostTable extends TableView<CostTable.Line> {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private final TableColumn<Line, CostRow> chosen;

    /** One line of the table, showing whichever row it holds now. */
    public static final class Line {
        private final ReadOnlyObjectWrapper<CostRow> row;

        Line(CostRow row) { this.row = new ReadOnlyObjectWrapper<>(row); }

        public CostRow row() { return row.get(); }
    }

    public CostTable() {
        setId("cost-table");
        getStyleClass().addAll("cost-table", atlantafx.base.theme.Styles.DENSE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("Drag a block from the palette onto the canvas to price it."));
        TableColumn<Line, CostRow> name = text("Block", CostRow::name);
        name.setPrefWidth(150);
        name.setMinWidth(128);
        TableColumn<Line, CostRow> used = text("Bought as", CostRow::optionUsed);
        used.setPrefWidth(120);
        used.setMinWidth(90);
        getColumns().add(name);
        getColumns().add(used);
        TableColumn<Line, CostRow> onDemand = money("On-Demand", "on-demand", CostRow::onDemand);
        onDemand.setMinWidth(108);
        getColumns().add(onDemand);
        getColumns().add(money("Best RI", "reserved", CostRow::bestReserved));
        getColumns().add(money("Best SP", "savings-plan", CostRow::bestSavingsPlan));
        getColumns().add(money("Spot", "spot", CostRow::spot));
        chosen = money("Chosen", null, CostRow::chosen);
        getColumns().add(chosen);
        getColumns().add(money("Graviton", null, CostRow::graviton));
        getColumns().add(money("Saving", null, CostRow::saving));
        getColumns().forEach(c -> { c.setSortable(false); c.setReorderable(false); });
        setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(TOTAL, !empty && line != null && line.row().total());
            }
        });
    }

    public void show(java.util.List<CostRow> rows) {
        // room for a load profile's min–max beside the expected month, only while a row shows one
        boolean ranges = rows.stream().anyMatch(r -> !r.total() && r.chosen().text().contains("–"));
        chosen.setPrefWidth(ranges ? 200 : 100);
        var lines = getItems();
        if (lines.size() != rows.size()) {
            lines.setAll(rows.stream().map(Line::new).toList());
            return;
        }
        for (int i = 0; i < rows.size(); i++)
            if (lines.get(i).row() != rows.get(i)) lines.get(i).row.set(rows.get(i));
    }

    /** The rows shown, top to bottom, the total last. */
    public java.util.List<CostRow> rows() { return getItems().stream().map(Line::row).toList(); }

    private static TableColumn<Line, CostRow> text(String title, Function<CostRow, String> text) {
        TableColumn<Line, CostRow> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> c.getValue().row.getReadOnlyProperty());
        col.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(CostRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? "" : text.apply(row));
            }
        });
        return col;
    }

    private static TableColumn<Line, CostRow> money(String title, String family, Function<CostRow, OptionCell> cell) {
        TableColumn<Line, CostRow> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> c.getValue().row.getReadOnlyProperty());
        col.setPrefWidth(100);
        col.setMinWidth(88);
        col.setCellFactory(c -> new MoneyCell(family, cell));
        col.getStyleClass().add("money-column");
        return col;
    }

    private static final class MoneyCell extends TableCell<Line, CostRow> {
        private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");
        private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
        private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
        private static final PseudoClass USED = PseudoClass.getPseudoClass("used");
        private final String family;
        private final Function<CostRow, OptionCell> cell;
        private final Tooltip tip = new Tooltip();
        /** What the tooltip explains, built when it opens: most cells' tooltips are never looked at. */
        private java.util.function.Supplier<String> explain = () -> "";

        MoneyCell(String family, Function<CostRow, OptionCell> cell) {
            this.family = family;
            this.cell = cell;
            getStyleClass().add("money-cell");
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.setOnShowing(e -> tip.setText(explain.get()));
        }

        @Override protected void updateItem(CostRow row, boolean empty) {
            super.updateItem(row, empty);
            OptionCell c = empty || row == null ? OptionCell.EMPTY : cell.apply(row);
            boolean used = !empty && row != null && family != null && family.equals(row.usedFamily());
            setText(c.kind() == OptionCell.Kind.EMPTY ? "" : (used ? "● " : "") + c.text());
            pseudoClassStateChanged(ESTIMATED, c.kind() == OptionCell.Kind.ESTIMATED);
            pseudoClassStateChanged(MISSING, c.kind() == OptionCell.Kind.MISSING);
            pseudoClassStateChanged(NOT_APPLICABLE, c.kind() == OptionCell.Kind.NOT_APPLICABLE);
            pseudoClassStateChanged(USED, used);
            if (c.explanation() == null) setTooltip(null);
            else {
                explain = () -> (used ? "This block is bought as " + row.optionUsed() + "\n" : "") + c.tooltip();
                setTooltip(tip);
            }
        }
    }
}
