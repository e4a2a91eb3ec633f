package dev.costbench.ui.workshop;

import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.Money;
import dev.costbench.session.Session;
import dev.costbench.workshop.CostCurvePoint;
import dev.costbench.workshop.PlanFigures;
import dev.costbench.workshop.SavingsPlanOptimizer;
import dev.costbench.workshop.SavingsPlanSizing;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * Workshop → Size Savings Plan…: for the scenario on screen, the cost-minimizing commitment of every plan type,
 * term and payment; the monthly cost against commitment for the selected plan with the optimum marked; and a
 * commitment the user sets by hand, with the same figures.
 */
public final class SavingsPlanSizingView {
    private final SavingsPlanOptimizer optimizer;
    private final BorderPane root = new BorderPane();
    private final TableView<SavingsPlanSizing> table = new TableView<>();
    private final NumberAxis commitmentAxis = new NumberAxis();
    private final NumberAxis costAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(commitmentAxis, costAxis);
    private final ComboBox<String> scope = new ComboBox<>();
    private final Slider slider = new Slider();
    private final TextField commitment = new TextField();
    private final Label manual = new Label();
    private final Label problem = new Label();
    private boolean updating;

    /** The usage a plan could cover is priced by {@code session}, as the command line's size-savings-plan prices it. */
    public SavingsPlanSizingView(Scenario scenario, Session session) {
        optimizer = new SavingsPlanOptimizer(session.hourlyUsage(scenario));
        root.setId("savings-plan-sizing");
        root.getStyleClass().add("workshop-view");

        Label title = new Label("Savings Plan sizing — " + scenario.name() + " (" + scenario.region() + ")");
        title.getStyleClass().add("workshop-title");
        Label explain = new Label("Each plan sized on its own against On-Demand, hour by hour over the week. "
                + "Monthly cost = commitment × 730 h + the eligible usage left On-Demand; upfront payments amortized.");
        explain.setWrapText(true);
        VBox top = new VBox(4, title, explain);
        top.setPadding(new Insets(10, 10, 6, 10));
        root.setTop(top);

        buildTable();
        table.getItems().setAll(optimizer.optimizeAll());

        chart.setId("sizing-chart");
        chart.setTitle("Monthly cost of the eligible usage against commitment");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        commitmentAxis.setLabel("Commitment ($ per hour)");
        costAxis.setLabel("Monthly cost ($)");
        commitmentAxis.setForceZeroInRange(true);
        costAxis.setForceZeroInRange(false);

        slider.setId("sizing-slider");
        slider.setMin(0);
        commitment.setId("sizing-commitment");
        commitment.setPrefColumnCount(8);
        commitment.setTooltip(new Tooltip("Commitment in $ per hour; Enter applies it"));
        manual.setId("sizing-manual");
        manual.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        scope.setId("sizing-scope");
        scope.setTooltip(new Tooltip("An EC2 Instance plan covers one instance family"));
        slider.valueProperty().addListener((o, a, v) -> {
            if (updating) return;
            setManual(BigDecimal.valueOf(v.doubleValue()).setScale(SavingsPlanSizing.COMMITMENT_DECIMALS, RoundingMode.HALF_UP));
        });
        commitment.setOnAction(e -> applyTyped());
        commitment.focusedProperty().addListener((o, was, now) -> { if (!now) applyTyped(); });
        scope.valueProperty().addListener((o, a, s) -> { if (!updating) showSelected(); });

        HBox hand = new HBox(8, new Label("Your commitment:"), commitment, new Label("$/h"), slider, scope);
        HBox.setHgrow(slider, Priority.ALWAYS);
        hand.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, hand, manual, problem);
        bottom.setPadding(new Insets(6, 10, 10, 10));
        VBox chartBox = new VBox(chart, bottom);
        VBox.setVgrow(chart, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, chartBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        root.setCenter(split);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> showSelected());
        if (!table.getItems().isEmpty()) table.getSelectionModel().select(0);
    }

    private void buildTable() {
        table.setId("sizing-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTooltip(new Tooltip("Break-even: the utilization below which the plan would cost more than On-Demand"));
        table.getColumns().add(column("Plan", s -> s.option().label(), 220));
        table.getColumns().add(column("Commitment", s -> perHour(s.commitmentPerHour()), 110));
        table.getColumns().add(column("Coverage", s -> pct(s.rounded().coveragePct()), 80));
        table.getColumns().add(column("Utilization", s -> pct(s.rounded().utilizationPct()), 90));
        table.getColumns().add(column("Monthly cost", s -> Money.format(s.rounded().monthlyCost()), 110));
        table.getColumns().add(column("Saving vs On-Demand", s -> Money.format(s.rounded().savingVsOnDemand()), 175));
        table.getColumns().add(column("Break-even", s -> pct(s.rounded().breakEvenUtilizationPct()), 95));
        table.getColumns().add(column("Upfront", s -> Money.format(s.upfront()), 100));
    }

    private static TableColumn<SavingsPlanSizing, String> column(String name, Function<SavingsPlanSizing, String> text, double width) {
        TableColumn<SavingsPlanSizing, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // the figures are the point: never squeeze a header into "Commitm…"
        c.setSortable(false);
        return c;
    }

    /** "$1.234/h", the commitment to three decimals as it is bought. */
    static String perHour(BigDecimal v) { return "$" + v.setScale(SavingsPlanSizing.COMMITMENT_DECIMALS, RoundingMode.HALF_UP).toPlainString() + "/h"; }

    static String pct(BigDecimal v) { return v == null ? "—" : v.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"; }

    private SavingsPlanSizing selected() { return table.getSelectionModel().getSelectedItem(); }

    /** Chart and hand-set commitment for the selected plan (and, for EC2 Instance plans, family). */
    private void showSelected() {
        SavingsPlanSizing s = selected();
        if (s == null) return;
        updating = true;
        try {
            List<String> scopes = s.scopes().stream().map(SavingsPlanSizing.Scope::name).toList();
            if (!scope.getItems().equals(scopes)) scope.getItems().setAll(scopes);
            if (scope.getValue() == null || !scopes.contains(scope.getValue())) scope.setValue(scopes.isEmpty() ? null : scopes.getFirst());
            scope.setVisible(scopes.size() > 1);
            scope.setManaged(scopes.size() > 1);
        } finally {
            updating = false;
        }
        SavingsPlanSizing.Scope sc = currentScope();
        chart.getData().clear();
        if (sc == null) {
            manual.setText("Nothing in this scenario can be covered by " + s.option().label()
                    + " (blocks bought as Reserved or on Spot are left out).");
            return;
        }
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("Monthly cost");
        BigDecimal maxX = BigDecimal.ZERO;
        for (CostCurvePoint p : sc.curve()) {
            curve.getData().add(new XYChart.Data<>(p.commitmentPerHour().doubleValue(), p.monthlyCost().doubleValue()));
            maxX = maxX.max(p.commitmentPerHour());
        }
        // past the optimum the commitment goes unused and the cost climbs; show a stretch of that too
        BigDecimal end = maxX.multiply(new BigDecimal("1.3"));
        BigDecimal step = end.subtract(maxX).divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP);
        for (int i = 1; step.signum() > 0 && i <= 10; i++) {
            BigDecimal x = maxX.add(step.multiply(BigDecimal.valueOf(i)));
            PlanFigures f = optimizer.evaluate(s.plan(), sc.name(), x).exact();
            curve.getData().add(new XYChart.Data<>(x.doubleValue(), f.monthlyCost().doubleValue()));
        }
        maxX = end;
        CostCurvePoint best = sc.curve().get(sc.optimumIndex());
        XYChart.Series<Number, Number> optimum = new XYChart.Series<>();
        optimum.setName("Optimum " + perHour(sc.rounded().commitmentPerHour()) + " → " + Money.format(sc.rounded().monthlyCost()));
        optimum.getData().add(new XYChart.Data<>(best.commitmentPerHour().doubleValue(), best.monthlyCost().doubleValue()));
        chart.getData().addAll(List.of(curve, optimum));
        for (XYChart.Data<Number, Number> d : curve.getData()) if (d.getNode() != null) d.getNode().setVisible(false);
        Node mark = optimum.getData().getFirst().getNode();
        if (mark != null) {
            mark.getStyleClass().add("sizing-optimum");
            mark.setStyle("-fx-background-color: #c0392b, white, #c0392b; -fx-background-insets: 0, 2, 4; -fx-background-radius: 9px; -fx-padding: 9px;");
            Tooltip.install(mark, new Tooltip(optimum.getName()));
        }
        updating = true;
        try {
            slider.setMax(Math.max(0.001, maxX.doubleValue()));
        } finally {
            updating = false;
        }
        setManual(sc.rounded().commitmentPerHour());
    }

    private SavingsPlanSizing.Scope currentScope() {
        SavingsPlanSizing s = selected();
        if (s == null || s.scopes().isEmpty()) return null;
        String name = scope.getValue();
        return s.scopes().stream().filter(x -> x.name().equals(name)).findFirst().orElse(s.scopes().getFirst());
    }

    private void applyTyped() {
        String t = commitment.getText().trim().replace("$", "").replace("/h", "").trim();
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0) throw new NumberFormatException();
            problem.setText("");
            setManual(v);
        } catch (NumberFormatException e) {
            problem.setText("Commitment: '" + commitment.getText() + "' is not an amount of dollars an hour (0 or more)");
        }
    }

    /** Shows what {@code value} $/h of the selected plan does, through the optimizer's {@code evaluate}. */
    public void setManual(BigDecimal value) {
        SavingsPlanSizing s = selected();
        SavingsPlanSizing.Scope sc = currentScope();
        if (s == null || sc == null) return;
        PlanFigures f = optimizer.evaluate(s.plan(), sc.name(), value).rounded();
        updating = true;
        try {
            commitment.setText(value.toPlainString());
            slider.setValue(value.doubleValue());
        } finally {
            updating = false;
        }
        manual.setText(describe(sc.name(), f));
    }

    static String describe(String scope, PlanFigures f) {
        return "At " + perHour(f.commitmentPerHour()) + ("compute".equals(scope) ? "" : " on " + scope + " instances")
                + ": coverage " + pct(f.coveragePct()) + ", utilization " + pct(f.utilizationPct())
                + ", monthly cost " + Money.format(f.monthlyCost()) + " (On-Demand " + Money.format(f.onDemandMonthly())
                + "), saving " + Money.format(f.savingVsOnDemand()) + ", break-even utilization " + pct(f.breakEvenUtilizationPct()) + ".";
    }

    public Parent root() { return root; }
    public TableView<SavingsPlanSizing> table() { return table; }
    public LineChart<Number, Number> chart() { return chart; }
    public String manualText() { return manual.getText(); }
    public SavingsPlanOptimizer optimizer() { return optimizer; }
}
