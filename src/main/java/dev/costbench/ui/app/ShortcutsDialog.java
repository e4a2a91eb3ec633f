package dev.costbench.ui.app;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Help → Keyboard Shortcuts: every menu accelerator (read from the menus, so the list cannot drift) and the canvas gestures. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {}

    static final List<String[]> GESTURES = List.of(
            new String[]{"Drag from palette", "Add a block where you drop it"},
            new String[]{"Enter / double-click on palette", "Add a block in the middle of the view"},
            new String[]{"Click / Ctrl+click", "Select a block / add or remove it from the selection"},
            new String[]{"Drag on empty canvas", "Rubber-band selection (Ctrl adds)"},
            new String[]{"Drag a block", "Move the selection (snaps to the grid, one undo step)"},
            new String[]{"Drag a block's right-edge dot", "Connect it to another block"},
            new String[]{"Drag a frame's title", "Move the frame with the blocks in it"},
            new String[]{"Drag a selected frame's corner", "Resize the frame"},
            new String[]{"Right-click a block", "Duplicate, delete, bring to front, purchase option…"},
            new String[]{"Click / drag in the minimap", "Pan the canvas there"},
            new String[]{"Arrow keys (Shift: ×5)", "Nudge the selection one grid step"},
            new String[]{"Escape on the canvas", "Clear the selection"},
            new String[]{"Space+drag / middle-drag", "Pan"},
            new String[]{"Ctrl+wheel", "Zoom around the pointer"},
            new String[]{"Ctrl+Y", "Redo"},
            new String[]{"Enter / Escape in a field", "Apply / undo the typing"});

    /** Rows of (keys, action) for every menu item with an accelerator. */
    static List<String[]> menuShortcuts(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, m.getText(), rows);
        // the window's own second shortcut, which no menu item can carry
        rows.add(new String[]{MainWindow.PRESENTATION_TOO.getDisplayText(), "View → Presentation Mode"});
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collect(sub, path + " → " + sub.getText(), rows);
            else if (item.getAccelerator() != null) {
                String text = item.getText().startsWith("Undo") ? "Undo" : item.getText().startsWith("Redo") ? "Redo" : item.getText();
                rows.add(new String[]{item.getAccelerator().getDisplayText(), path + " → " + text});
            }
        }
    }

    public static void show(MenuBar bar, Window owner) { dialog(bar, owner).showAndWait(); }

    /** The dialog, not yet shown. */
    static Alert dialog(MenuBar bar, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        javafx.scene.layout.ColumnConstraints keysColumn = new javafx.scene.layout.ColumnConstraints();
        keysColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints actionColumn = new javafx.scene.layout.ColumnConstraints();
        actionColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        actionColumn.setMinWidth(0);
        grid.getColumnConstraints().setAll(keysColumn, actionColumn);
        int row = 0;
        for (String[] r : menuShortcuts(bar)) row = add(grid, row, r);
        for (String[] r : GESTURES) row = add(grid, row, r);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 560);
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard shortcuts and gestures");
        dialog.getDialogPane().setContent(scroll);
        if (owner != null) dialog.initOwner(owner);
        dialog.setResizable(true);
        return dialog;
    }

    private static int add(GridPane grid, int row, String[] r) {
        Label keys = new Label(r[0]);
        keys.getStyleClass().add("shortcut-key");
        keys.setMinWidth(Label.USE_PREF_SIZE);
        // a long description wraps onto a second line rather than being cut off
        Label action = new Label(r[1]);
        action.setWrapText(true);
        action.setMinHeight(Label.USE_PREF_SIZE);
        grid.addRow(row, keys, action);
        return row + 1;
    }
}
