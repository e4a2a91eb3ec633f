package dev.costbench.ui.workshop;

import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.workshop.WhatIfWorker;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/** The Workshop menu: the facilitator's views, each in a window of its own beside the workbench. */
public final class WorkshopMenu {
    private final Workbench workbench;
    private final Supplier<Window> owner;
    private final DesignCanvas canvas;
    private final Menu menu = new Menu("Workshop");
    /** The scenarios last compared, by name: the comparison opens on them again for the rest of the session. */
    private List<String> lastCompared = List.of();
    /** Works out What-if previews; the window's, so it prices the design's traffic ticks before the panel opens. */
    private final WhatIfWorker whatIfWorker = new WhatIfWorker();
    /** The What-if panel and its window while open: one at a time, as the worker answers one panel. */
    private WhatIfPanel whatIfPanel;
    private Stage whatIfStage;
    /**
     * How long the design on screen stays as it is before its What-if traffic ticks are priced: long enough that a
     * run of edits is not slowed by pricing ticks each edit makes stale, short against finding the menu.
     */
    static final javafx.util.Duration QUIET_BEFORE_PRICING_AHEAD = javafx.util.Duration.millis(500);
    private final javafx.animation.PauseTransition quiet = new javafx.animation.PauseTransition(QUIET_BEFORE_PRICING_AHEAD);

    public WorkshopMenu(Workbench workbench, DesignCanvas canvas, Supplier<Window> owner) {
        this.workbench = workbench;
        this.owner = owner;
        this.canvas = canvas;
        menu.setId("menu-workshop");
        menu.getItems().addAll(item("Size Savings Plan…", "Shortcut+Shift+L", "menu-size-savings-plan", this::sizeSavingsPlan),
                item("Compare Scenarios…", "Shortcut+Shift+C", "menu-compare-scenarios", this::compareScenarios),
                item("What-if…", "Shortcut+Shift+W", "menu-what-if", this::whatIf),
                item("Price on Other Platforms…", "Shortcut+Shift+R", "menu-replatform", this::replatformSelected));
        // a drag over ticks not priced yet shows 2–4 figures a second at 5,000 blocks: the ticks of the design on
        // screen are priced while it is quiet, so the panel opens on them (an open panel asks for its own)
        quiet.setOnFinished(e -> {
            // before the design's first price the report's arrival starts the half second again
            if (whatIfPanel == null && workbench.report() != null)
                whatIfWorker.priceAhead(new WhatIfWorker.Request(WhatIfWorker.Settings.none(workbench.scenario()), null,
                        workbench.engine(), workbench.catalog()));
        });
        workbench.repricer().reportProperty().addListener((o, a, r) -> quiet.playFromStart());
        workbench.whenClosed(this::close);
        // the design may have been priced before this menu listened for it
        quiet.playFromStart();
        workbench.commands().stateProperty().addListener((o, a, b) -> {
            // a click that only selects changes nothing the ticks are priced for
            if (a != null && b != null && a.scenario() == b.scenario()) return;
            if (whatIfPanel == null) whatIfWorker.stopPricingAhead();
            // the window reprices the design at once; the ticks wait for it and for the edits to pause
            quiet.playFromStart();
        });
        canvas.setBlockMenu(b -> {
            if (!ReplatformView.supports(b)) return java.util.List.of();
            MenuItem m = new MenuItem("Price on other platforms…");
            m.setOnAction(e -> replatform(b));
            return java.util.List.of(m);
        });
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    public Menu menu() { return menu; }

    /** Opens the sizing view on the scenario on screen, priced against the current catalog. */
    public SavingsPlanSizingView sizeSavingsPlan() {
        SavingsPlanSizingView view = new SavingsPlanSizingView(workbench.scenario(), workbench.session());
        show(view.root(), "Savings Plan sizing — " + workbench.scenario().name(), 1100, 760);
        return view;
    }

    /** Opens the comparison of the design's scenarios; the canvas marks changed blocks while it is open. */
    public ScenarioComparisonView compareScenarios() {
        ScenarioComparisonView view = new ScenarioComparisonView(workbench.project().scenarios(),
                () -> workbench.state().scenarioIndex(), workbench.engine(), canvas::showComparison, lastCompared);
        javafx.beans.value.ChangeListener<Object> follow = (o, a, b) -> view.remark();
        workbench.commands().stateProperty().addListener(follow);
        // wide enough for every column of as many scenarios as can be picked (ClearOfCanvas keeps it on the screen)
        Stage stage = show(view.root(), "Compare scenarios", Math.max(1100, view.widthForMostPicked()), 560);
        ClearOfCanvas.place(stage, canvas);
        stage.setOnHidden(e -> {
            lastCompared = view.pickedNames();
            workbench.commands().stateProperty().removeListener(follow);
            view.closed();
        });
        return view;
    }

    /** Opens the weekly load profile of {@code block}; Apply sets it as one undo step and closes the window. */
    public LoadProfileEditor editLoadProfile(dev.costbench.model.Block block) {
        LoadProfileEditor editor = new LoadProfileEditor(workbench, block);
        Stage stage = show(editor.root(), "Load profile of " + block.name(), 960, 420);
        editor.setOnDone(stage::close);
        return editor;
    }

    /** Opens the what-if controls on the scenario on screen (or brings the open ones forward); they follow it until closed. */
    public WhatIfPanel whatIf() {
        if (whatIfPanel != null) {
            whatIfStage.toFront();
            return whatIfPanel;
        }
        WhatIfPanel panel = new WhatIfPanel(workbench, whatIfWorker);
        // as tall as its controls: the room under them is the cost table's
        Stage stage = show(panel.root(), "What-if", 560, Region.USE_COMPUTED_SIZE);
        ClearOfTotals.place(stage, canvas, owner.get());
        // after the new text's layout: the window keeps the height its controls need
        panel.onTextChanged(() -> javafx.application.Platform.runLater(() -> ClearOfTotals.fit(stage, canvas)));
        whatIfPanel = panel;
        whatIfStage = stage;
        stage.setOnHidden(e -> {
            panel.close();
            whatIfPanel = null;
            whatIfStage = null;
            // the panel's last settings were priced ahead; the design as it is comes next
            quiet.playFromStart();
        });
        return panel;
    }

    /** The window's What-if worker (the panel's previews and the ticks priced ahead). */
    public WhatIfWorker whatIfWorker() { return whatIfWorker; }

    /** Stops the What-if worker: the window is closing. */
    public void close() {
        quiet.stop();
        whatIfWorker.close();
    }

    /** Prices the selected Lambda, Fargate service or Auto Scaling group on the other platforms. */
    public ReplatformView replatformSelected() {
        var b = workbench.selectedBlock().filter(ReplatformView::supports);
        if (b.isEmpty()) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    "Select one Lambda function, Fargate ECS service or Auto Scaling group first.", javafx.scene.control.ButtonType.OK);
            a.setHeaderText("Price on other platforms");
            if (owner.get() != null) a.initOwner(owner.get());
            a.show();
            return null;
        }
        return replatform(b.get());
    }

    public ReplatformView replatform(dev.costbench.model.Block block) {
        ReplatformView view = new ReplatformView(workbench.scenario(), block, workbench.engine());
        show(view.root(), block.name() + " on other platforms", 1000, 680);
        return view;
    }

    /** A window beside the workbench, styled like it. */
    Stage show(Parent content, String title, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title + " — Costbench");
        Window w = owner.get();
        if (w != null) stage.initOwner(w);
        Scene scene = new Scene(content, width, height);
        // Esc closes the window, as a dialog does; a control that uses Esc itself (an open list) consumes it first
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        if (w != null && w.getScene() != null) scene.getStylesheets().addAll(w.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
