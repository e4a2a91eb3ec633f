package dev.costbench.ui.workshop;

import dev.costbench.model.Scenario;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.ui.canvas.BlockView;
import dev.costbench.workshop.ScenarioComparison;
import dev.costbench.workshop.ScenarioComparison.Change;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Workshop → Compare Scenarios…: two to four scenarios side by side, each block's monthly cost under the
 * scenario's chosen options and its difference from the first, with totals. Rows of blocks that changed or were
 * added are highlighted here, and on the canvas while the view is open.
 */
public final class ScenarioComparisonView {
    private static final PseudoClass CHANGED_ROW = PseudoClass.getPseudoClass("compare-changed");
    private static final PseudoClass ADDED_ROW = PseudoClass.getPseudoClass("compare-added");

    /** One line of the table: a block or the totals, already as text. */
    public record Line(String name, String kind, List<String> cells, Change mark) {}

    private final List<Scenario> scenarios;
    private final PricingEngine engine;
    private final Consumer<Map<String, PseudoClass>> canvasMarks;
    private final java.util.function.IntSupplier shownIndex;
    private List<Integer> chosen = List.of();
    private final BorderPane root = new BorderPane();
    private final List<CheckBox> picks = new ArrayList<>();
    private final TableView<Line> table = new TableView<>();
    private final Label message = new Label();
    private ScenarioComparison comparison;

    /**
     * @param shownIndex  the index of the scenario on the canvas, whose blocks get marked
     * @param canvasMarks receives block id → mark for the canvas (empty to clear)
     */
    public ScenarioComparisonView(List<Scenario> scenarios, java.util.function.IntSupplier shownIndex, PricingEngine engine,
                                  Consumer<Map<String, PseudoClass>> canvasMarks) {
        this(scenarios, shownIndex, engine, canvasMarks, List.of());
    }

    /** @param picked the names of the scenarios to pick at first (the first two when fewer than two of them are in the design) */
    public ScenarioComparisonView(List<Scenario> scenarios, java.util.function.IntSupplier shownIndex, PricingEngine engine,
                                  Consumer<Map<String, PseudoClass>> canvasMarks, List<String> picked) {
        this.scenarios = List.copyOf(scenarios);
        this.engine = engine;
        this.canvasMarks = canvasMarks;
        this.shownIndex = shownIndex;
        root.setId("scenario-comparison");
        root.getStyleClass().add("workshop-view");

        Label title = new Label("Compare scenarios");
        title.getStyleClass().add("workshop-title");
        FlowPane boxes = new FlowPane(12, 6);
        long known = scenarios.stream().filter(s -> picked.contains(s.name())).count();
        for (int i = 0; i < scenarios.size(); i++) {
            CheckBox c = new CheckBox(scenarios.get(i).name());
            c.setId("compare-pick-" + i);
            c.setMnemonicParsing(false);
            c.setSelected(known >= 2 ? picked.contains(scenarios.get(i).name()) : i < 2);
            c.selectedProperty().addListener((o, a, b) -> refresh());
            picks.add(c);
            boxes.getChildren().add(c);
        }
        Label hint = new Label("Pick two to four; differences are from the first picked. Changed blocks are outlined orange "
                + "on the canvas, added ones green.");
        hint.setWrapText(true);
        message.setId("compare-message");
        message.getStyleClass().add("field-problem");
        VBox top = new VBox(6, title, boxes, hint, message);
        top.setPadding(new Insets(10));
        root.setTop(top);

        table.setId("compare-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(30);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                Change m = empty || line == null ? null : line.mark();
                pseudoClassStateChanged(CHANGED_ROW, m == Change.CHANGED || m == Change.REMOVED);
                pseudoClassStateChanged(ADDED_ROW, m == Change.ADDED);
                getStyleClass().remove("compare-total");
                if (!empty && line != null && line.kind().isEmpty() && line.name().equals("Total")) getStyleClass().add("compare-total");
            }
        });
        root.setCenter(table);
        refresh();
    }

    /** Re-prices the picked scenarios and rebuilds the table and the canvas marks. */
    public void refresh() {
        chosen = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) if (picks.get(i).isSelected()) chosen.add(i);
        if (chosen.size() < 2 || chosen.size() > 4) {
            message.setText("Pick two to four scenarios to compare (" + chosen.size() + " picked).");
            comparison = null;
            table.getColumns().clear();
            table.getItems().clear();
            canvasMarks.accept(Map.of());
            return;
        }
        message.setText("");
        comparison = ScenarioComparison.ofScenarios(chosen.stream().map(scenarios::get).toList(), engine);
        buildColumns(comparison.scenarios());
        table.getItems().setAll(lines(comparison));
        remark();
    }

    /** Marks the canvas again, e.g. after the user showed another scenario. */
    public void remark() {
        if (comparison == null) return;
        canvasMarks.accept(marks(comparison, chosen.indexOf(shownIndex.getAsInt())));
    }

    private static final double BLOCK_WIDTH = 170, KIND_WIDTH = 185, COST_WIDTH = 150, DIFFERENCE_WIDTH = 180;
    /** The table's borders, the view's own and the table's vertical scroll bar. */
    private static final double TABLE_CHROME = 24;

    /**
     * The width that shows every column without scrolling sideways when as many scenarios are picked as can be
     * (four, or all of the design's when it has fewer).
     */
    public double widthForMostPicked() {
        int n = Math.min(4, scenarios.size());
        return BLOCK_WIDTH + KIND_WIDTH + n * COST_WIDTH + Math.max(0, n - 1) * DIFFERENCE_WIDTH + TABLE_CHROME;
    }

    private void buildColumns(List<String> names) {
        table.getColumns().clear();
        table.getColumns().add(column("Block", Line::name, BLOCK_WIDTH));
        table.getColumns().add(column("Kind", Line::kind, KIND_WIDTH));
        int cell = 0;
        for (int i = 0; i < names.size(); i++) {
            int at = cell++;
            table.getColumns().add(wrapped(money(column(names.get(i), l -> l.cells().get(at), COST_WIDTH))));
            if (i > 0) {
                int diff = cell++;
                table.getColumns().add(wrapped(money(column("Δ " + names.get(i), l -> l.cells().get(diff), DIFFERENCE_WIDTH))));
            }
        }
    }

    private static TableColumn<Line, String> column(String name, java.util.function.Function<Line, String> text, double width) {
        TableColumn<Line, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(90);
        c.setSortable(false);
        return c;
    }

    /** A scenario's name in full in its column's header, over as many lines as it takes: long names are usual here. */
    private static TableColumn<Line, String> wrapped(TableColumn<Line, String> c) {
        Label header = new Label(c.getText());
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.prefWidthProperty().bind(c.widthProperty().subtract(12));
        // the header row asks its labels' height without a width, which for wrapped text is one line: a name over
        // three lines lost its last; the label's least height is that of its lines at its width
        Runnable fit = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(header.getText());
            probe.setFont(header.getFont());
            probe.setWrappingWidth(Math.max(1, header.getPrefWidth() - header.snappedLeftInset() - header.snappedRightInset()));
            header.setMinHeight(Math.ceil(probe.getLayoutBounds().getHeight()) + header.snappedTopInset() + header.snappedBottomInset());
        };
        header.prefWidthProperty().addListener(o -> fit.run());
        header.fontProperty().addListener(o -> fit.run());
        fit.run();
        c.setText(null);
        c.setGraphic(header);
        return c;
    }

    /** A column's title, whether plain or in a wrapped header. */
    public static String title(TableColumn<?, ?> c) {
        return c.getGraphic() instanceof Label header ? header.getText() : c.getText();
    }

    private static TableColumn<Line, String> money(TableColumn<Line, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    static List<Line> lines(ScenarioComparison c) {
        List<Line> out = new ArrayList<>();
        for (ScenarioComparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>();
            Change mark = Change.SAME;
            for (int i = 0; i < c.scenarios().size(); i++) {
                Change ch = r.changes().get(i);
                cells.add(r.costs().get(i) == null ? (ch == Change.REMOVED || (i == 0 && r.changes().contains(Change.ADDED)) ? "—" : "missing")
                        : Money.format(r.costs().get(i)));
                if (i > 0) cells.add(ScenarioComparison.signed(r.differences().get(i)) + suffix(ch));
                if (ch != Change.SAME && mark == Change.SAME) mark = ch;
            }
            String kind = r.kind() == null ? "Savings Plan" : r.kind().displayName();
            out.add(new Line(r.name(), kind, cells, mark));
        }
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < c.scenarios().size(); i++) {
            totals.add(c.totalText(i));
            if (i > 0) totals.add(c.differenceText(i));
        }
        out.add(new Line("Total", "", totals, Change.SAME));
        return out;
    }

    private static String suffix(Change ch) {
        return switch (ch) {
            case SAME -> "";
            case CHANGED -> "  (changed)";
            case ADDED -> "  (added)";
            case REMOVED -> "  (removed)";
        };
    }

    /**
     * Canvas marks for the scenario on screen: when it is a later picked scenario, its blocks that differ from the
     * first (changed or added); otherwise the blocks some picked scenario changes.
     */
    static Map<String, PseudoClass> marks(ScenarioComparison c, int shownPosition) {
        Map<String, PseudoClass> out = new HashMap<>();
        for (ScenarioComparison.Row r : c.rows()) {
            if (r.kind() == null) continue;
            if (shownPosition > 0) {
                Change ch = r.changes().get(shownPosition);
                if (ch == Change.CHANGED) out.put(r.blockId(), BlockView.COMPARE_CHANGED);
                if (ch == Change.ADDED) out.put(r.blockId(), BlockView.COMPARE_ADDED);
            } else if (r.changes().stream().anyMatch(ch -> ch == Change.CHANGED || ch == Change.REMOVED)) {
                out.put(r.blockId(), BlockView.COMPARE_CHANGED);
            }
        }
        return out;
    }

    public void pick(int scenarioIndex, boolean picked) { picks.get(scenarioIndex).setSelected(picked); }

    /** The names of the scenarios picked now, in the design's order. */
    public List<String> pickedNames() {
        return picks.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }

    /** Clears the canvas marks; call when the view closes. */
    public void closed() { canvasMarks.accept(Map.of()); }

    public Parent root() { return root; }
    public TableView<Line> table() { return table; }
    public ScenarioComparison comparison() { return comparison; }
    public String message() { return message.getText(); }
}
