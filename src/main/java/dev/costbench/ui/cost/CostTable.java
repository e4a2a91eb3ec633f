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
 */
public final class CostTable extends TableView<CostRow> {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    public CostTable() {
        setId("cost-table");
        getStyleClass().addAll("cost-table", atlantafx.base.theme.Styles.DENSE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("Drag a block from the palette onto the canvas to price it."));
        TableColumn<CostRow, String> name = new TableColumn<>("Block");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(150);
        name.setMinWidth(128);
        TableColumn<CostRow, String> used = new TableColumn<>("Bought as");
        used.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().optionUsed()));
        used.setPrefWidth(120);
        used.setMinWidth(90);
        getColumns().add(name);
        getColumns().add(used);
        TableColumn<CostRow, CostRow> onDemand = money("On-Demand", "on-demand", CostRow::onDemand);
        onDemand.setMinWidth(108);
        getColumns().add(onDemand);
        getColumns().add(money("Best RI", "reserved", CostRow::bestReserved));
        getColumns().add(money("Best SP", "savings-plan", CostRow::bestSavingsPlan));
        getColumns().add(money("Spot", "spot", CostRow::spot));
        getColumns().add(money("Chosen", null, CostRow::chosen));
        getColumns().add(money("Graviton", null, CostRow::graviton));
        getColumns().add(money("Saving", null, CostRow::saving));
        getColumns().forEach(c -> { c.setSortable(false); c.setReorderable(false); });
        setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(CostRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(TOTAL, !empty && row != null && row.total());
            }
        });
    }

    public void show(java.util.List<CostRow> rows) { getItems().setAll(rows); }

    private static TableColumn<CostRow, CostRow> money(String title, String family, Function<CostRow, OptionCell> cell) {
        TableColumn<CostRow, CostRow> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setPrefWidth(100);
        col.setMinWidth(88);
        col.setCellFactory(c -> new MoneyCell(family, cell));
        col.getStyleClass().add("money-column");
        return col;
    }

    private static final class MoneyCell extends TableCell<CostRow, CostRow> {
        private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");
        private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
        private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
        private static final PseudoClass USED = PseudoClass.getPseudoClass("used");
        private final String family;
        private final Function<CostRow, OptionCell> cell;
        private final Tooltip tip = new Tooltip();

        MoneyCell(String family, Function<CostRow, OptionCell> cell) {
            this.family = family;
            this.cell = cell;
            getStyleClass().add("money-cell");
            tip.setWrapText(true);
            tip.setMaxWidth(520);
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
            if (c.tooltip() == null) setTooltip(null);
            else {
                tip.setText((used ? "This block is bought as " + row.optionUsed() + "\n" : "") + c.tooltip());
                setTooltip(tip);
            }
        }
    }
}
