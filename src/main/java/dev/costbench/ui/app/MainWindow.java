package dev.costbench.ui.app;

import dev.costbench.ui.workshop.WorkshopMenu;
import dev.costbench.model.Project;
import dev.costbench.project.ProjectFileException;
import dev.costbench.project.autosave.AutosaveFolder;
import dev.costbench.project.autosave.RecoveryCopy;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.ui.command.ReplaceDesign;
import dev.costbench.ui.cost.CostPanel;
import dev.costbench.ui.inspector.Inspector;
import dev.costbench.ui.palette.KindIcons;
import dev.costbench.ui.palette.Palette;
import dev.costbench.ui.scenario.ScenarioBar;
import dev.costbench.ui.startup.WorkbenchLayout;
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

import java.nio.file.Path;

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
    private final ExportActions exports;
    private final WorkbenchMenus menus;
    private final WorkshopMenu workshop;
    private final AutosaveFolder autosaveFolder;
    private final AutosaveTimer autosave;
    private final dev.costbench.ui.diagram.DiagramActions diagramActions;
    private final dev.costbench.ui.diagram.DiagramMenus diagramMenus;
    private Stage stage;
    private PresentationMode presentation;
    /** Presentation mode's second shortcut, beside the menu's F11 (which some desktops take). */
    static final javafx.scene.input.KeyCombination PRESENTATION_TOO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+P");

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
        exports = new ExportActions(workbench, this::window, statusBar::tell);
        autosaveFolder = new AutosaveFolder(settings.folder());
        autosave = new AutosaveTimer(workbench, autosaveFolder, statusBar::tell);
        menus = new WorkbenchMenus(workbench, settings, documents, exports, canvas, this::deleteSelection, scenarioBar, this::quit,
                () -> ShortcutsDialog.show(menus().bar(), window()), this::about, this::recoverUnsavedWork);

        workshop = new WorkshopMenu(workbench, canvas, this::window);
        installWorkshopMenus();
        diagramActions = new dev.costbench.ui.diagram.DiagramActions(workbench, this::window, statusBar::tell);
        diagramMenus = new dev.costbench.ui.diagram.DiagramMenus(workbench, canvas, diagramActions, this::window);
        diagramMenus.install(menus::menu, menus::addMenu);
        inspector.setOnLoadProfile(dev.costbench.ui.workshop.LoadProfileEditor::supports, workshop::editLoadProfile);

        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setMinWidth(180);
        inspector.getChildren().add(1, new dev.costbench.ui.inspector.DiagramItemInspector(workbench, canvas.selectedConnectionProperty()));
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setMinWidth(280);
        SplitPane work = new SplitPane(paletteScroll, canvas, inspectorScroll);
        work.setDividerPositions(WorkbenchLayout.PALETTE_END, WorkbenchLayout.INSPECTOR_START);
        SplitPane.setResizableWithParent(paletteScroll, false);
        SplitPane.setResizableWithParent(inspectorScroll, false);
        SplitPane main = new SplitPane(work, costPanel);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(WorkbenchLayout.COST_PANEL_START);
        SplitPane.setResizableWithParent(costPanel, false);

        BorderPane layout = new BorderPane(main);
        presentation = new PresentationMode(workbench, canvas, work, layout);
        layout.setTop(new VBox(menus.bar(), scenarioBar));
        layout.setBottom(statusBar);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        root.getChildren().addAll(layout, overlay);
    }

    /** File → Import Prices… and the Workshop menu; each view lives in its own package. */
    private void installWorkshopMenus() {
        javafx.scene.control.Menu file = menus.menu("File");
        int at = file.getItems().indexOf(file.getItems().stream().filter(m -> "Open Example".equals(m.getText())).findFirst().orElseThrow()) + 1;
        javafx.scene.control.MenuItem importPrices = WorkbenchMenus.item("Import Prices…", "Shortcut+I", this::importPrices);
        importPrices.setId("menu-import-prices");
        file.getItems().addAll(at, java.util.List.of(new javafx.scene.control.SeparatorMenuItem(), importPrices));
        menus.addMenu(workshop.menu());
        javafx.scene.control.Menu view = menus.menu("View");
        javafx.scene.control.MenuItem present = WorkbenchMenus.item("Presentation Mode", "F11", this::togglePresentation);
        present.setId("menu-presentation");
        view.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), present);
    }

    /** Opens the import dialog; its catalog goes to the user data folder, where the next start finds it too. */
    public dev.costbench.ui.importer.ImportPricesDialog importPrices() {
        var dialog = new dev.costbench.ui.importer.ImportPricesDialog(workbench, settings.folder(), window());
        dialog.show();
        return dialog;
    }

    /** Puts the window on {@code stage}: title with the unsaved mark, icons, and a question before closing with unsaved changes. */
    public Scene show(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        // on the scene, not the root: a stylesheet of a parent node makes JavaFX list every parent under it as its user,
        // one by one, which took most of the minute a 10,000-block design spent opening
        scene.getStylesheets().add(Theme.STYLESHEET);
        menus.installExtraAccelerators(scene);
        // Ctrl+Shift+P too: F11 is taken by some desktops; the menu item can carry only one accelerator
        scene.getAccelerators().put(PRESENTATION_TOO, this::togglePresentation);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, presentation::escapeFilter);
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.titleProperty());
        stage.getIcons().setAll(KindIcons.application());
        stage.setOnCloseRequest(e -> {
            if (documents.confirmDiscard()) closeCleanly();
            else e.consume();
        });
        stage.show();
        autosave.start(stage);
        Platform.runLater(canvas::fitOpened);
        return scene;
    }

    /**
     * What the window does once it is on screen at start: lock the design it opened (asking if someone else
     * has it open), say so if a newer Costbench wrote it, and offer unsaved work a crash left behind.
     */
    public void startUp() {
        if (!documents.locks().claimOpened()) workbench.open(DocumentActions.emptyDesign(), null, "Untitled");
        else documents.showNewerVersionNotice();
        RecoveryDialog.offer(autosaveFolder, window(), this::restore);
    }

    /** File → Recover Unsaved Work…: the crash recovery dialog again, for copies left with Later. */
    private void recoverUnsavedWork() {
        if (autosaveFolder.leftBehind().isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "No unsaved work is waiting to be recovered.", ButtonType.OK);
            a.setHeaderText("Nothing to recover");
            if (window() != null) a.initOwner(window());
            a.showAndWait();
            return;
        }
        if (documents.confirmDiscard()) RecoveryDialog.offer(autosaveFolder, window(), this::restore);
    }

    /**
     * Opens a recovery copy as unsaved changes on top of its design's file, so Undo goes back to what is on
     * disk and Save writes the recovered work where it belongs.
     */
    private void restore(RecoveryCopy copy) {
        Project recovered;
        try {
            recovered = autosaveFolder.restore(copy);
        } catch (ProjectFileException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            a.setHeaderText("Could not restore the unsaved work");
            if (window() != null) a.initOwner(window());
            a.showAndWait();
            return;
        }
        Path original = copy.original();
        Project onDisk = DocumentActions.emptyDesign();
        if (original != null) {
            if (!documents.locks().claim(original)) return;
            try {
                onDisk = workbench.session().read(original).project();
            } catch (ProjectFileException e) {
                // the file is gone or damaged: the recovered work stands on its own and Save writes it there
            }
        }
        workbench.open(onDisk, original, original == null ? "Untitled (recovered)" : null);
        String when = RecoveryDialog.when(copy.takenAt(), java.time.Instant.now(), java.time.ZoneId.systemDefault());
        if (workbench.execute(new ReplaceDesign("Restore unsaved work autosaved " + when, recovered)))
            autosave.continueRecovered(copy, recovered);
        else autosave.discardRecovered(copy);
    }

    /** Stops autosaving and lets go of the design's lock: the user closed the window on purpose. */
    private void closeCleanly() {
        autosave.closeCleanly();
        documents.locks().releaseAll();
    }

    /** Delete acts on the canvas selection, except while an inspector control has the keyboard. */
    private void deleteSelection() {
        if (!inspector.isFocusWithin()) canvas.deleteSelection();
    }

    private void quit() {
        if (documents.confirmDiscard()) {
            closeCleanly();
            workbench.close();
            Platform.exit();
        }
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Costbench — AWS compute architecture and cost.\n\n"
                + "Prices: catalog " + workbench.catalog().version() + "; the dates of the rates a design uses are on the"
                + " status bar and beside each rate.\n"
                + "Settings and recent files: " + settings.folder(), ButtonType.OK);
        a.setTitle("About Costbench");
        a.setHeaderText("Costbench");
        if (window() != null) a.initOwner(window());
        a.showAndWait();
    }

    private Window window() { return stage; }

    /** View → Presentation Mode (F11, Ctrl+Shift+P): only the canvas and the totals, full screen; Esc leaves. */
    public void togglePresentation() { presentation.toggle(stage); }

    public boolean inPresentation() { return presentation.isOn(); }

    public String presentationTotals() { return presentation.totalsText(); }

    public Parent root() { return root; }
    public DesignCanvas canvas() { return canvas; }
    public Palette palette() { return palette; }
    public Inspector inspector() { return inspector; }
    public CostPanel costPanel() { return costPanel; }
    public ScenarioBar scenarioBar() { return scenarioBar; }
    public StatusBar statusBar() { return statusBar; }
    public DocumentActions documents() { return documents; }
    public ExportActions exports() { return exports; }
    public WorkbenchMenus menus() { return menus; }
    public WorkshopMenu workshop() { return workshop; }
    public AutosaveTimer autosave() { return autosave; }
    public dev.costbench.ui.diagram.DiagramActions diagramActions() { return diagramActions; }
    public dev.costbench.ui.diagram.DiagramMenus diagramMenus() { return diagramMenus; }
    public Workbench workbench() { return workbench; }
}
