package dev.costbench.ui.cost;

import dev.costbench.model.purchase.PurchaseFamily;
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
    /** Room a cell takes beside its text: padding and the column's border. */
    private static final double CELL_PADDING = 22;
    /** Each column and the text its cells show for a row, for sizing the column to its widest text. */
    private final java.util.Map<TableColumn<Line, CostRow>, Function<CostRow, String>> shown = new java.util.LinkedHashMap<>();
    /** The widths a row's cells need, by row: rows outlive reports, so each is measured once. */
    private java.util.Map<CostRow, double[]> measured = new java.util.IdentityHashMap<>();
    private final javafx.scene.text.Text ruler = new javafx.scene.text.Text();

    /** One line of the table, showing whichever row it holds now. */
    public static final class Line {
        private final ReadOnlyObjectWrapper<CostRow> row;

        Line(CostRow row) { this.row = new ReadOnlyObjectWrapper<>(row); }

        public CostRow row() { return row.get(); }
    }

    public CostTable() {
        setId("cost-table");
        getStyleClass().addAll("cost-table", atlantafx.base.theme.Styles.DENSE);
        // columns are as wide as their widest figure; when they do not all fit, the table scrolls instead of cutting figures
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("Drag a block from the palette onto the canvas to price it."));
        TableColumn<Line, CostRow> name = text("Block", CostRow::name);
        shown.put(name, CostRow::name);
        TableColumn<Line, CostRow> used = text("Bought as", CostRow::optionUsed);
        shown.put(used, CostRow::optionUsed);
        getColumns().add(name);
        getColumns().add(used);
        TableColumn<Line, CostRow> onDemand = money("On-Demand", PurchaseFamily.ON_DEMAND, CostRow::onDemand);
        getColumns().add(onDemand);
        getColumns().add(money("Best RI", PurchaseFamily.RESERVED, CostRow::bestReserved));
        getColumns().add(money("Best SP", PurchaseFamily.SAVINGS_PLAN, CostRow::bestSavingsPlan));
        getColumns().add(money("Spot", PurchaseFamily.SPOT, CostRow::spot));
        getColumns().add(money("Chosen", null, CostRow::chosen));
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
        fitColumns(rows);
        var lines = getItems();
        if (lines.size() != rows.size()) {
            lines.setAll(rows.stream().map(Line::new).toList());
            return;
        }
        for (int i = 0; i < rows.size(); i++)
            if (lines.get(i).row() != rows.get(i)) lines.get(i).row.set(rows.get(i));
    }

    /**
     * Sizes every column to the widest of its header and its cells' texts, in the bold of the total row, so no
     * figure is cut off; a row is measured when it is new (an edit measures the rows it changed and the total).
     */
    private void fitColumns(java.util.List<CostRow> rows) {
        javafx.scene.text.Font font = cellFont();
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD,
                javafx.scene.text.FontPosture.ITALIC, font.getSize());
        ruler.setFont(bold);
        java.util.List<Function<CostRow, String>> texts = java.util.List.copyOf(shown.values());
        double[] widest = new double[texts.size()];
        int i = 0;
        for (TableColumn<Line, CostRow> c : shown.keySet()) widest[i++] = width(c.getText());
        java.util.Map<CostRow, double[]> next = new java.util.IdentityHashMap<>();
        for (CostRow r : rows) {
            double[] w = measured.get(r);
            if (w == null) {
                w = new double[texts.size()];
                for (int t = 0; t < w.length; t++) w[t] = width(texts.get(t).apply(r));
            }
            next.put(r, w);
            for (int t = 0; t < w.length; t++) widest[t] = Math.max(widest[t], w[t]);
        }
        measured = next;
        i = 0;
        for (TableColumn<Line, CostRow> c : shown.keySet()) {
            double w = Math.ceil(widest[i++] + CELL_PADDING);
            if (c.getMinWidth() != w) {
                c.setMinWidth(w);
                c.setPrefWidth(w);
            }
        }
    }

    private double width(String text) {
        ruler.setText(text);
        return ruler.getLayoutBounds().getWidth();
    }

    /** The font the cells are drawn in, once the stylesheet has given one; the default font until then. */
    private javafx.scene.text.Font cellFont() {
        javafx.scene.Node cell = lookup(".money-cell");
        return cell instanceof TableCell<?, ?> c && c.getFont() != null ? c.getFont() : javafx.scene.text.Font.getDefault();
    }

    /** The width the columns take side by side. */
    public double columnsWidth() {
        return getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
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

    private TableColumn<Line, CostRow> money(String title, PurchaseFamily family, Function<CostRow, OptionCell> cell) {
        TableColumn<Line, CostRow> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> c.getValue().row.getReadOnlyProperty());
        col.setCellFactory(c -> new MoneyCell(family, cell));
        // "● " marks the column the block is bought under, so room for it in every column
        shown.put(col, r -> { OptionCell o = cell.apply(r); return o.kind() == OptionCell.Kind.EMPTY ? "" : "● " + o.text(); });
        col.getStyleClass().add("money-column");
        return col;
    }

    private static final class MoneyCell extends TableCell<Line, CostRow> {
        private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");
        private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
        private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
        private static final PseudoClass USED = PseudoClass.getPseudoClass("used");
        private final PurchaseFamily family;
        private final Function<CostRow, OptionCell> cell;
        private final Tooltip tip = new Tooltip();
        /** What the tooltip explains, built when it opens: most cells' tooltips are never looked at. */
        private java.util.function.Supplier<String> explain = () -> "";

        MoneyCell(PurchaseFamily family, Function<CostRow, OptionCell> cell) {
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
            boolean used = !empty && row != null && family != null && family == row.usedFamily();
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
