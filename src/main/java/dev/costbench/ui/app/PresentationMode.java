package dev.costbench.ui.app;

import dev.costbench.pricing.CostReport;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.ui.cost.CostRow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * View → Presentation Mode: full screen, large high-contrast type, only the canvas and the scenario's totals.
 * Esc (or the same shortcut) goes back to the workbench as it was.
 */
final class PresentationMode {
    private final Workbench workbench;
    private final DesignCanvas canvas;
    private final SplitPane canvasParent;
    private final BorderPane layout;
    private final Label scenario = new Label();
    private final Label totals = new Label();
    private final HBox totalsBar;
    private final ChangeListener<CostReport> follow = (o, a, r) -> showTotals(r);
    private Node normalCenter, normalBottom;
    private int canvasIndex;
    private double[] dividers;
    private double zoom, panX, panY;
    private Stage stage;
    private boolean on;

    PresentationMode(Workbench workbench, DesignCanvas canvas, SplitPane canvasParent, BorderPane layout) {
        this.workbench = workbench;
        this.canvas = canvas;
        this.canvasParent = canvasParent;
        this.layout = layout;
        scenario.setId("presentation-scenario");
        totals.setId("presentation-totals");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        totalsBar = new HBox(24, scenario, gap, totals);
        totalsBar.getStyleClass().add("presentation-totals");
        totalsBar.setAlignment(Pos.CENTER_LEFT);
        totalsBar.setPadding(new Insets(14, 24, 14, 24));
    }

    boolean isOn() { return on; }

    void toggle(Stage stage) {
        if (on) leave();
        else enter(stage);
    }

    void enter(Stage s) {
        if (on) return;
        on = true;
        stage = s;
        normalCenter = layout.getCenter();
        normalBottom = layout.getBottom();
        canvasIndex = canvasParent.getItems().indexOf(canvas);
        // taking the canvas out of its split pane resets the dividers, and the view is refitted full screen
        dividers = canvasParent.getDividerPositions();
        zoom = canvas.viewport().zoom();
        panX = canvas.viewport().translate().getX();
        panY = canvas.viewport().translate().getY();
        canvasParent.getItems().remove(canvas);
        // the menu bar is hidden, not removed: its shortcuts (Ctrl+PgDn, the same F11) keep working only while it is in the scene
        showTop(false);
        layout.setBottom(totalsBar);
        layout.setCenter(canvas);
        layout.getStyleClass().add("presentation");
        workbench.repricer().reportProperty().addListener(follow);
        showTotals(workbench.report());
        if (stage != null) {
            stage.setFullScreenExitHint("Esc leaves presentation mode");
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(leaveWhenWindowed);
        }
        Platform.runLater(() -> Platform.runLater(canvas::fitToPresent)); // after the full-screen layout pass
    }

    private final ChangeListener<Boolean> leaveWhenWindowed = (o, was, full) -> { if (!full) leave(); };

    void leave() {
        if (!on) return;
        on = false;
        workbench.repricer().reportProperty().removeListener(follow);
        layout.getStyleClass().remove("presentation");
        layout.setCenter(null);
        canvasParent.getItems().add(canvasIndex, canvas);
        canvasParent.setDividerPositions(dividers);
        layout.setCenter(normalCenter);
        showTop(true);
        layout.setBottom(normalBottom);
        if (stage != null) {
            stage.fullScreenProperty().removeListener(leaveWhenWindowed);
            if (stage.isFullScreen()) stage.setFullScreen(false);
        }
        canvas.viewport().zoomProperty().set(zoom);
        canvas.viewport().translate().setX(panX);
        canvas.viewport().translate().setY(panY);
    }

    private void showTop(boolean shown) {
        Node top = layout.getTop();
        if (top == null) return;
        top.setVisible(shown);
        top.setManaged(shown);
    }

    /** Esc leaves presentation mode before the canvas sees it (there it would clear the selection). */
    void escapeFilter(KeyEvent e) {
        if (on && e.getCode() == KeyCode.ESCAPE) {
            leave();
            e.consume();
        }
    }

    private void showTotals(CostReport r) {
        scenario.setText(workbench.scenario().name() + " · " + workbench.scenario().region());
        if (r == null) {
            totals.setText("pricing…");
            return;
        }
        totals.setText(CostRow.chosenTotal(r).text() + " a month   ·   " + CostRow.chosenAnnual(r) + " a year");
    }

    String totalsText() { return totals.getText(); }
}
