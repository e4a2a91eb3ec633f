package dev.costbench.ui.workshop;

import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.AddScenario;
import dev.costbench.workshop.SavingsPlanCommitment;
import dev.costbench.workshop.SavingsPlanOptimizer;
import dev.costbench.workshop.ScenarioComparison;
import dev.costbench.workshop.WhatIfPreviews;
import dev.costbench.workshop.WhatIfWorker;
import dev.costbench.workshop.WhatIfWorker.Request;
import dev.costbench.workshop.WhatIfWorker.Settings;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workshop → What-if…: traffic multiplier, Spot share, Graviton and a Savings Plan commitment applied to the
 * scenario on screen. The preview is priced off the UI thread and never touches the design or its undo history;
 * "Keep as New Scenario" adds the changed scenario as one undo step. The window's {@link WhatIfWorker} works the
 * previews out, and the traffic slider's other ticks ahead while nothing is asked, so a facilitator's drag shows each
 * tick from memory; it has priced the ticks of the design on screen before the panel opens.
 */
public final class WhatIfPanel implements AutoCloseable {
    private final Workbench workbench;
    private final VBox root = new VBox(10);
    /** What the preview reads while its figure is worked out. */
    public static final String PRICING = "With the what-ifs: pricing…";
    private final Slider traffic = new Slider(WhatIfWorker.TRAFFIC_MIN, WhatIfWorker.TRAFFIC_MAX, 1);
    private final Label trafficValue = new Label();
    private final CheckBox spotOn = new CheckBox("Spot share");
    private final Slider spot = new Slider(0, 100, 50);
    private final Label spotValue = new Label();
    private final CheckBox graviton = new CheckBox("Graviton (arm64 twins)");
    private final TextField commitment = new TextField();
    private final ComboBox<SavingsPlanKey> plan = new ComboBox<>();
    private final Label now = new Label();
    private final Label preview = new Label();
    private final Label note = new Label();
    private final Button keep = new Button("Keep as New Scenario");
    /** The window's: it outlives the panel, and what it priced while the panel was closed is there when it opens. */
    private final WhatIfWorker worker;
    private final AtomicLong generation = new AtomicLong();
    private final javafx.beans.value.ChangeListener<Object> follow = (o, a, b) -> update();
    private ScenarioComparison shown;
    /** The traffic multiplier of the preview on screen, and the request it answered (FX thread). */
    private double shownTraffic = Double.NaN;
    private long shownGeneration;
    /** A preview of settings older than the controls' reads dimmed until the current one replaces it. */
    private static final double PENDING_OPACITY = 0.55;

    public WhatIfPanel(Workbench workbench, WhatIfWorker worker) {
        this.workbench = workbench;
        this.worker = worker;
        root.setId("what-if");
        root.setPadding(new Insets(12));
        Label title = new Label("What if…");
        title.getStyleClass().add("workshop-title");

        traffic.setId("what-if-traffic");
        traffic.setMajorTickUnit(WhatIfWorker.TRAFFIC_STEP);
        traffic.setMinorTickCount(0);
        traffic.setSnapToTicks(true);
        spotOn.setId("what-if-spot-on");
        spot.setId("what-if-spot");
        spot.setMajorTickUnit(10);
        spot.setMinorTickCount(0);
        spot.setSnapToTicks(true);
        spot.disableProperty().bind(spotOn.selectedProperty().not());
        graviton.setId("what-if-graviton");
        commitment.setId("what-if-commitment");
        commitment.setPromptText("none");
        commitment.setPrefColumnCount(7);
        plan.setId("what-if-plan");
        plan.getItems().setAll(SavingsPlanOptimizer.PLANS.stream().filter(k -> k.type() == SavingsPlanType.COMPUTE).toList());
        plan.setValue(plan.getItems().getFirst());
        plan.setConverter(new StringConverter<>() {
            @Override public String toString(SavingsPlanKey k) { return k == null ? "" : PurchaseOption.of(k).label(); }
            @Override public SavingsPlanKey fromString(String s) { return null; }
        });

        GridPane controls = new GridPane();
        controls.setHgap(8);
        controls.setVgap(8);
        controls.addRow(0, new Label("Traffic ×"), traffic, trafficValue);
        controls.addRow(1, spotOn, spot, spotValue);
        controls.addRow(2, graviton);
        GridPane.setColumnSpan(graviton, 3);
        controls.addRow(3, new Label("Commitment $/h"), commitment);
        // the plan on a row of its own: beside the commitment it made the panel wider than its window and cut its name
        controls.addRow(4, new Label("Savings Plan"), plan);
        plan.setMaxWidth(Double.MAX_VALUE);
        traffic.setPrefWidth(260);
        spot.setPrefWidth(260);

        now.setId("what-if-now");
        // a long scenario name wraps: the figures at the end of the headline stay readable
        now.setWrapText(true);
        preview.setWrapText(true);
        now.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.setId("what-if-preview");
        preview.getStyleClass().add("workshop-title");
        note.setWrapText(true);
        note.setId("what-if-note");
        keep.setId("what-if-keep");
        keep.setOnAction(e -> keepAsNewScenario());
        root.getChildren().addAll(title, controls, now, preview, note, keep);
        root.setAlignment(Pos.TOP_LEFT);

        traffic.valueProperty().addListener(follow);
        spot.valueProperty().addListener(follow);
        spotOn.selectedProperty().addListener(follow);
        graviton.selectedProperty().addListener(follow);
        commitment.textProperty().addListener(follow);
        plan.valueProperty().addListener(follow);
        workbench.commands().stateProperty().addListener(follow);
        workbench.catalogProperty().addListener(follow);
        update();
    }

    /** The scenario on screen with the chosen what-ifs, named after them. */
    public Scenario changedScenario() { return settings().applied(worker.whatIf(workbench.catalog())); }

    /** What the controls are set to, read on the FX thread. */
    private Settings settings() {
        return new Settings(workbench.scenario(), traffic.getValue(), spotOn.isSelected() ? (int) Math.round(spot.getValue()) : null,
                graviton.isSelected());
    }

    /** The commitment typed, null for none; a problem goes to the note. */
    private SavingsPlanCommitment commitmentOrNull() {
        String t = commitment.getText().trim();
        if (t.isEmpty()) return null;
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() <= 0) throw new NumberFormatException();
            return SavingsPlanCommitment.compute(plan.getValue(), v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Commitment: '" + t + "' is not an amount of dollars an hour above 0");
        }
    }

    private void update() {
        trafficValue.setText(String.format("%.2f", traffic.getValue()));
        spotValue.setText(spotOn.isSelected() ? Math.round(spot.getValue()) + " %" : "as designed");
        Settings settings = settings();
        SavingsPlanCommitment c;
        try {
            c = commitmentOrNull();
        } catch (IllegalArgumentException e) {
            note.setText(e.getMessage());
            keep.setDisable(true);
            return;
        }
        keep.setDisable(!settings.any());
        note.setText(c == null ? "" : "The design file has no place for a commitment: a kept scenario keeps the other what-ifs only.");
        // the figure on screen stays, dimmed, while the one of the new settings is worked out
        if (shownGeneration == 0) preview.setText(PRICING);
        else preview.setOpacity(PENDING_OPACITY);
        // while a slider is dragged, only its latest value is worked out: a newer request replaces one not yet started
        long mine = generation.incrementAndGet();
        worker.ask(new Request(settings, c, workbench.engine(), workbench.catalog()), new WhatIfWorker.Answer() {
            // a drag shows each figure priced while it moves, named by its own multiplier, not "pricing…" until it
            // stops; the worker takes requests in order, so an older figure never follows a newer one
            @Override public void priced(ScenarioComparison result) {
                Platform.runLater(() -> {
                    if (mine > shownGeneration) {
                        shownGeneration = mine;
                        shownTraffic = settings.traffic();
                        show(result);
                        preview.setOpacity(mine == generation.get() ? 1 : PENDING_OPACITY);
                    }
                });
            }

            @Override public void failed(String why) {
                Platform.runLater(() -> {
                    if (mine != generation.get()) return;
                    shownTraffic = Double.NaN;
                    preview.setOpacity(1);
                    preview.setText("Could not price the what-if: " + why);
                });
            }
        });
    }

    /** The remembered previews (what the worker priced on request and ahead). */
    public WhatIfPreviews previews() { return worker.previews(); }

    private void show(ScenarioComparison r) {
        shown = r;
        now.setText(r.scenarios().get(0) + ": " + r.totalText(0) + " a month");
        preview.setText(r.scenarios().get(1) + ": " + r.totalText(1) + " a month (" + r.differenceText(1) + ")");
    }

    /** Adds the changed scenario to the design (one undo step) and shows it. */
    public void keepAsNewScenario() {
        Scenario changed = changedScenario();
        if (changed == workbench.scenario()) return;
        String name = changed.name();
        for (int n = 2; workbench.project().scenario(name) != null; n++) name = changed.name() + " (" + n + ")";
        workbench.execute(new AddScenario("Keep what-if " + name, changed.withName(name)));
        traffic.setValue(1);
        spotOn.setSelected(false);
        graviton.setSelected(false);
    }

    public void setTraffic(double m) { traffic.setValue(m); }
    public double traffic() { return traffic.getValue(); }
    /** Whether the preview on screen is that of traffic × {@code m}. */
    public boolean showsTraffic(double m) { return shownTraffic == m; }

    /** Whether nothing is being priced and every traffic tick of the last request is remembered: a drag then shows each at once. */
    public boolean ticksPricedAhead() { return worker.ticksPricedAhead(); }

    public void setSpotShare(Integer pct) { spotOn.setSelected(pct != null); if (pct != null) spot.setValue(pct); }
    public void setGraviton(boolean on) { graviton.setSelected(on); }
    public void setCommitment(String perHour) { commitment.setText(perHour); }
    public String previewText() { return preview.getText(); }

    /** Runs {@code r} when a text under the controls changes: a preview or note that wraps makes the panel taller. */
    public void onTextChanged(Runnable r) {
        javafx.beans.InvalidationListener l = o -> r.run();
        now.textProperty().addListener(l);
        preview.textProperty().addListener(l);
        note.textProperty().addListener(l);
    }
    public ScenarioComparison preview() { return shown; }
    public Parent root() { return root; }

    @Override
    public void close() {
        workbench.commands().stateProperty().removeListener(follow);
        workbench.catalogProperty().removeListener(follow);
        // the worker stays the window's: it goes on pricing the ticks of the design on screen for the next opening
    }
}
