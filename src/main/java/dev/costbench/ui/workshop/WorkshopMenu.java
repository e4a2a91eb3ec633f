package dev.costbench.ui.workshop;

import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
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

    public WorkshopMenu(Workbench workbench, DesignCanvas canvas, Supplier<Window> owner) {
        this.workbench = workbench;
        this.owner = owner;
        this.canvas = canvas;
        menu.setId("menu-workshop");
        menu.getItems().addAll(item("Size Savings Plan…", "Shortcut+Shift+L", "menu-size-savings-plan", this::sizeSavingsPlan),
                item("Compare Scenarios…", "Shortcut+Shift+C", "menu-compare-scenarios", this::compareScenarios),
                item("What-if…", "Shortcut+Shift+W", "menu-what-if", this::whatIf),
                item("Price on Other Platforms…", "Shortcut+Shift+R", "menu-replatform", this::replatformSelected));
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

    /** Opens the what-if controls on the scenario on screen; they follow it until the window closes. */
    public WhatIfPanel whatIf() {
        WhatIfPanel panel = new WhatIfPanel(workbench);
        // as tall as its controls: the room under them is the cost table's
        Stage stage = show(panel.root(), "What-if", 560, Region.USE_COMPUTED_SIZE);
        ClearOfTotals.place(stage, canvas, owner.get());
        // after the new text's layout: the window keeps the height its controls need
        panel.onTextChanged(() -> javafx.application.Platform.runLater(() -> ClearOfTotals.fit(stage, canvas)));
        stage.setOnHidden(e -> panel.close());
        return panel;
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
