package dev.costbench.ui.diagram;

import dev.costbench.model.ContainerKind;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.arrange.Alignment;
import dev.costbench.ui.arrange.Arrangement;
import dev.costbench.ui.canvas.DesignCanvas;
import dev.costbench.ui.command.ArrangeBlocks;
import dev.costbench.ui.command.BringToFront;
import dev.costbench.ui.find.FindDialog;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The diagram editor's menu items, added to the window's menus: File → Export Diagram… and Print…, Edit → Find…,
 * Add → the frames, View → Minimap, and the Arrange menu (align, distribute, bring to front).
 */
public final class DiagramMenus {
    private final Workbench workbench;
    private final DesignCanvas canvas;
    private final DiagramActions actions;
    private final Supplier<Window> owner;
    private FindDialog find;

    public DiagramMenus(Workbench workbench, DesignCanvas canvas, DiagramActions actions, Supplier<Window> owner) {
        this.workbench = workbench;
        this.canvas = canvas;
        this.actions = actions;
        this.owner = owner;
    }

    /** Adds the items to the window's menus; {@code menu} finds one by name, {@code addMenu} adds one before Help. */
    public void install(Function<String, Menu> menu, java.util.function.Consumer<Menu> addMenu) {
        Menu file = menu.apply("File");
        int at = indexAfter(file, "Export…");
        file.getItems().addAll(at, List.of(
                item("Export Diagram…", "Shortcut+Shift+E", "menu-export-diagram", actions::exportDiagram),
                item("Print…", "Shortcut+P", "menu-print", actions::print)));

        Menu edit = menu.apply("Edit");
        edit.getItems().addAll(new SeparatorMenuItem(), item("Find…", "Shortcut+F", "menu-find", this::find));

        Menu add = menu.apply("Add");
        add.getItems().add(new SeparatorMenuItem());
        for (ContainerKind kind : ContainerKind.values())
            add.getItems().add(item(kind.displayName() + " frame", null, "menu-add-" + kind.fileName(), () -> canvas.addContainer(kind)));

        CheckMenuItem minimap = new CheckMenuItem("Minimap");
        minimap.setId("menu-minimap");
        minimap.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        minimap.selectedProperty().bindBidirectional(canvas.minimapShownProperty());
        menu.apply("View").getItems().addAll(new SeparatorMenuItem(), minimap);

        Menu arrange = new Menu("Arrange");
        arrange.setId("menu-arrange");
        for (Alignment a : Alignment.values()) {
            arrange.getItems().add(item(a.label(), null, "menu-" + a.name().toLowerCase(java.util.Locale.ROOT),
                    () -> run(Arrangement.align(workbench.scenario(), workbench.selection(), a))));
            if (a == Alignment.RIGHT) arrange.getItems().add(new SeparatorMenuItem());
        }
        arrange.getItems().addAll(new SeparatorMenuItem(),
                item("Distribute Horizontally", null, "menu-distribute-h",
                        () -> run(Arrangement.distribute(workbench.scenario(), workbench.selection(), true))),
                item("Distribute Vertically", null, "menu-distribute-v",
                        () -> run(Arrangement.distribute(workbench.scenario(), workbench.selection(), false))),
                new SeparatorMenuItem(),
                item("Bring to Front", "Shortcut+Shift+Close Bracket", "menu-front",
                        () -> workbench.execute(new BringToFront(workbench.selection()))));
        addMenu.accept(arrange);
    }

    private void run(ArrangeBlocks step) { if (step != null) workbench.execute(step); }

    /** Edit → Find…: one dialog per window, kept for the next search. */
    public FindDialog find() {
        if (find == null) find = new FindDialog(workbench, canvas::reveal, owner.get());
        find.show();
        return find;
    }

    private static int indexAfter(Menu menu, String text) {
        for (int i = 0; i < menu.getItems().size(); i++) if (text.equals(menu.getItems().get(i).getText())) return i + 1;
        return menu.getItems().size();
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }
}
