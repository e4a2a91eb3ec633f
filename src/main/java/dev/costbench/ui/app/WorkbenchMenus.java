package dev.costbench.ui.app;

import dev.costbench.model.BlockKind;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.ui.palette.KindIcons;
import dev.costbench.ui.scenario.ScenarioBar;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The menu bar. Every action a user needs is here with its shortcut, and Help → Keyboard Shortcuts
 * lists the same accelerators (read from these menus) plus the mouse gestures.
 */
public final class WorkbenchMenus {
    private final MenuBar bar = new MenuBar();
    private final Workbench workbench;
    private final UserSettings settings;
    private final DocumentActions documents;
    private final Menu recent = new Menu("Open Recent");
    private final CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    private final dev.costbench.ui.designimport.DesignImportActions designImports;

    public WorkbenchMenus(Workbench workbench, UserSettings settings, DocumentActions documents, ExportActions exports,
                          DesignCanvas canvas, Runnable delete, ScenarioBar scenarios, Runnable quit, Runnable showShortcuts,
                          Runnable showAbout, Runnable recoverUnsavedWork) {
        this.workbench = workbench;
        this.settings = settings;
        this.documents = documents;
        bar.setId("menu-bar");
        designImports = new dev.costbench.ui.designimport.DesignImportActions(workbench, documents::confirmDiscard,
                () -> bar.getScene() == null ? null : bar.getScene().getWindow());
        bar.setUseSystemMenuBar(true);

        Menu file = new Menu("File");
        file.getItems().addAll(
                item("New", "Shortcut+N", documents::newDesign),
                item("Open…", "Shortcut+O", documents::open),
                recent,
                item("Open Example", null, documents::openExample),
                examples(documents),
                designImports.menu(),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", documents::save),
                item("Save As…", "Shortcut+Shift+S", documents::saveAs),
                item("Recover Unsaved Work…", null, recoverUnsavedWork),
                new SeparatorMenuItem(),
                exportItem(exports),
                new SeparatorMenuItem(),
                item("Close", "Shortcut+W", documents::close),
                item("Quit", "Shortcut+Q", quit));
        recent.setOnShowing(e -> fillRecent());
        fillRecent();

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", () -> workbench.commands().undo());
        undo.setId("menu-undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> describe("Undo", workbench.commands().undoDescriptionProperty().get()),
                workbench.commands().undoDescriptionProperty()));
        undo.disableProperty().bind(workbench.commands().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> workbench.commands().redo());
        redo.setId("menu-redo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> describe("Redo", workbench.commands().redoDescriptionProperty().get()),
                workbench.commands().redoDescriptionProperty()));
        redo.disableProperty().bind(workbench.commands().canRedoProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", canvas::cutSelection),
                item("Copy", "Shortcut+C", canvas::copySelection),
                item("Paste", "Shortcut+V", canvas::paste),
                item("Duplicate", "Shortcut+D", canvas::duplicateSelection),
                item("Delete", "Delete", delete),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", canvas::selectAll));

        Menu add = new Menu("Add");
        int n = 1;
        for (BlockKind kind : BlockKind.values()) {
            MenuItem m = item(kind.displayName(), "Shortcut+" + n++, () -> canvas.addInView(kind));
            m.setGraphic(new ImageView(KindIcons.of(kind, 16)));
            add.getItems().add(m);
        }

        Menu view = new Menu("View");
        dark.setSelected(settings.darkTheme());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setOnAction(e -> {
            settings.setDarkTheme(dark.isSelected());
            (dark.isSelected() ? Theme.DARK : Theme.LIGHT).apply();
        });
        view.getItems().addAll(
                item("Zoom In", "Shortcut+Equals", canvas::zoomIn),
                item("Zoom Out", "Shortcut+Minus", canvas::zoomOut),
                item("Actual Size", "Shortcut+0", canvas::actualSize),
                item("Fit to Window", "Shortcut+Shift+F", canvas::fitToWindow),
                new SeparatorMenuItem(), dark);

        Menu scenario = new Menu("Scenario");
        MenuItem deleteScenario = item("Delete Scenario", null, scenarios::deleteScenario);
        deleteScenario.disableProperty().bind(Bindings.createBooleanBinding(() -> workbench.project().scenarios().size() < 2,
                workbench.commands().stateProperty()));
        scenario.getItems().addAll(
                item("New Scenario", "Shortcut+T", scenarios::addScenario),
                item("Duplicate Scenario", "Shortcut+Shift+D", scenarios::duplicateScenario),
                item("Rename Scenario…", "F2", scenarios::renameScenario),
                item("Describe Scenario…", null, scenarios::describeScenario),
                deleteScenario,
                new SeparatorMenuItem(),
                item("Next Scenario", "Shortcut+Page Down", () -> step(1)),
                item("Previous Scenario", "Shortcut+Page Up", () -> step(-1)));

        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard Shortcuts", "F1", showShortcuts), item("About Costbench", null, showAbout));

        bar.getMenus().addAll(file, edit, add, view, scenario, help);
    }

    private void step(int by) {
        int count = workbench.project().scenarios().size();
        workbench.commands().showScenario(Math.floorMod(workbench.state().scenarioIndex() + by, count));
    }

    /** "Undo Change Desired of Web tier", or plain "Undo" when there is nothing to undo. */
    static String describe(String verb, String what) { return what == null || what.isEmpty() ? verb : verb + " " + what; }

    /** Ctrl+Y redoes too, as on Windows; a second accelerator cannot sit on a menu item, so the scene carries it. */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> workbench.commands().redo());
    }

    private void fillRecent() {
        List<MenuItem> items = new ArrayList<>();
        for (Path p : settings.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> documents.openRecent(p));
            items.add(m);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No recent designs");
            none.setDisable(true);
            items.add(none);
        }
        recent.getItems().setAll(items);
    }

    /** The menu called {@code text} ("File", "View"…), for windows that add their own items. */
    public Menu menu(String text) {
        return bar.getMenus().stream().filter(m -> m.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Adds {@code menu} before Help. */
    public void addMenu(Menu menu) { bar.getMenus().add(bar.getMenus().size() - 1, menu); }

    private static MenuItem exportItem(ExportActions exports) {
        MenuItem m = item("Export…", "Shortcut+E", exports::export);
        m.setId("menu-export");
        return m;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    public MenuBar bar() { return bar; }

    public dev.costbench.ui.designimport.DesignImportActions designImports() { return designImports; }

    public CheckMenuItem darkThemeItem() { return dark; }

    /** File → Examples: every shipped example design, each opened as an untitled copy. */
    private static Menu examples(DocumentActions documents) {
        Menu examples = new Menu("Examples");
        examples.setId("menu-examples");
        for (BundledExample example : BundledExample.ALL) {
            MenuItem open = item(example.menuText(), null, () -> documents.openExample(example));
            open.setId("menu-example-" + example.resource().replaceAll(".*/|\\.costbench\\.json$", ""));
            examples.getItems().add(open);
        }
        return examples;
    }
}
