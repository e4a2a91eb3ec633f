package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.BringToFront;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.inspector.BlockFields;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The items every block's context menu starts with: Duplicate, Delete, Bring to Front and its purchase option;
 * each runs the same command as the menu bar or the inspector, so it is one undo step.
 */
final class BlockMenu {
    private BlockMenu() {}

    static List<MenuItem> items(Workbench workbench, Block b, Runnable duplicate, Runnable delete) {
        List<MenuItem> out = new ArrayList<>();
        out.add(item("Duplicate", "block-menu-duplicate", duplicate));
        out.add(item("Delete", "block-menu-delete", delete));
        out.add(item("Bring to Front", "block-menu-front", () -> workbench.execute(new BringToFront(Set.of(b.id())))));
        Menu option = new Menu("Purchase Option");
        option.setId("block-menu-option");
        ToggleGroup group = new ToggleGroup();
        for (PurchaseOption choice : BlockFields.purchaseOptionChoices()) {
            RadioMenuItem m = new RadioMenuItem(BlockFields.purchaseOptionLabel(choice));
            m.setToggleGroup(group);
            m.setSelected(Objects.equals(choice, b.purchaseOption()));
            m.setOnAction(e -> workbench.scenario().block(b.id()).ifPresent(now -> workbench.execute(
                    new EditBlock("Change Purchase option of " + now.name(), now.withPurchaseOption(choice)))));
            option.getItems().add(m);
        }
        out.add(option);
        return out;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    static MenuItem separator() { return new SeparatorMenuItem(); }
}
