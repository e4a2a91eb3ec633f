package dev.costbench.ui.app;

import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.ui.cost.CostPanel;
import dev.costbench.ui.inspector.Inspector;
import dev.costbench.ui.palette.KindIcons;
import dev.costbench.ui.palette.Palette;
import dev.costbench.ui.scenario.ScenarioBar;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The workbench window: menus and scenario tabs on top; palette, canvas and inspector side by side;
 * the cost table and chart below; the status bar at the bottom. A transparent overlay carries the
 * palette's drag ghost above everything.
 */
public final class MainWindow {
    private final Workbench workbench;
    private final UserSettings settings;
    private final StackPane root = new StackPane();
    private final Pane overlay = new Pane();
    private final DesignCanvas canvas;
    private final Palette palette;
    private final Inspector inspector;
    private final CostPanel costPanel;
    private final ScenarioBar scenarioBar;
    private final StatusBar statusBar;
    private final DocumentActions documents;
    private final WorkbenchMenus menus;
    private Stage stage;

    public MainWindow(Workbench workbench, UserSettings settings) {
        this.workbench = workbench;
        this.settings = settings;
        canvas = new DesignCanvas(workbench);
        palette = new Palette(canvas, overlay);
        inspector = new Inspector(workbench);
        costPanel = new CostPanel(workbench);
        scenarioBar = new ScenarioBar(workbench);
        statusBar = new StatusBar(workbench);
        documents = new DocumentActions(workbench, settings, this::window);
        menus = new WorkbenchMenus(workbench, settings, documents, canvas, this::deleteSelection, scenarioBar, this::quit,
                () -> ShortcutsDialog.show(menus().bar(), window()), this::about);

        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setMinWidth(180);
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setMinWidth(280);
        SplitPane work = new SplitPane(paletteScroll, canvas, inspectorScroll);
        work.setDividerPositions(0.15, 0.72);
        SplitPane.setResizableWithParent(paletteScroll, false);
        SplitPane.setResizableWithParent(inspectorScroll, false);
        SplitPane main = new SplitPane(work, costPanel);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(costPanel, false);

        BorderPane layout = new BorderPane(main);
        layout.setTop(new VBox(menus.bar(), scenarioBar));
        layout.setBottom(statusBar);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        root.getChildren().addAll(layout, overlay);
        root.getStylesheets().add(Theme.STYLESHEET);
    }

    /** Puts the window on {@code stage}: title with the unsaved mark, icons, and a question before closing with unsaved changes. */
    public Scene show(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        menus.installExtraAccelerators(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.titleProperty());
        stage.getIcons().setAll(KindIcons.application());
        stage.setOnCloseRequest(e -> {
            if (!documents.confirmDiscard()) e.consume();
        });
        stage.show();
        Platform.runLater(canvas::fitOpened);
        return scene;
    }

    /** Delete acts on the canvas selection, except while an inspector control has the keyboard. */
    private void deleteSelection() {
        if (!inspector.isFocusWithin()) canvas.deleteSelection();
    }

    private void quit() {
        if (documents.confirmDiscard()) {
            workbench.close();
            Platform.exit();
        }
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Costbench — AWS compute architecture and cost.\n\n"
                + "Prices: catalog " + workbench.catalog().version() + ", as of " + workbench.catalog().asOf() + ".\n"
                + "Settings and recent files: " + settings.folder(), ButtonType.OK);
        a.setTitle("About Costbench");
        a.setHeaderText("Costbench");
        if (window() != null) a.initOwner(window());
        a.showAndWait();
    }

    private Window window() { return stage; }

    public Parent root() { return root; }
    public DesignCanvas canvas() { return canvas; }
    public Palette palette() { return palette; }
    public Inspector inspector() { return inspector; }
    public CostPanel costPanel() { return costPanel; }
    public ScenarioBar scenarioBar() { return scenarioBar; }
    public StatusBar statusBar() { return statusBar; }
    public DocumentActions documents() { return documents; }
    public WorkbenchMenus menus() { return menus; }
    public Workbench workbench() { return workbench; }
}
