package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.pricing.BlockCost;
import dev.costbench.ui.cost.OptionCell;
import dev.costbench.ui.palette.KindIcons;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A block on the canvas: icon, name, key size and monthly cost under its chosen option, plus a small
 * handle on the right edge to drag a connection from. Positioned in world coordinates.
 */
public final class BlockView extends StackPane {
    public static final double WIDTH = 220;
    public static final double HEIGHT = 76;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final Label name = new Label();
    private final Label size = new Label();
    private final Label cost = new Label();
    private final Tooltip costTip = new Tooltip();
    private final Circle handle = new Circle(6);
    private Block block;

    public BlockView(Block block) {
        getStyleClass().add("block-view");
        setId("block-" + block.id());
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        ImageView icon = new ImageView(KindIcons.of(block.kind(), 32));
        icon.setFitWidth(32);
        icon.setFitHeight(32);
        name.getStyleClass().add("block-name");
        size.getStyleClass().add("block-size");
        cost.getStyleClass().add("block-cost");
        for (Label l : new Label[]{name, size, cost}) l.setMaxWidth(WIDTH - 64);
        VBox text = new VBox(1, name, size, cost);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(10, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 14, 6, 10));
        handle.getStyleClass().add("connect-handle");
        handle.setManaged(false);
        handle.setCenterX(WIDTH);
        handle.setCenterY(HEIGHT / 2);
        getChildren().addAll(row, handle);
        Tooltip.install(cost, costTip);
        update(block);
    }

    public void update(Block next) {
        if (next.equals(block)) return;
        block = next;
        name.setText(next.name());
        size.setText(KeySize.of(next));
        relocate(next.x(), next.y());
    }

    public void showCost(BlockCost blockCost) {
        OptionCell cell = OptionCell.chosen(blockCost);
        String option = blockCost == null ? "" : " · " + OptionCell.label(blockCost.chosenOption());
        cost.setText(blockCost == null ? "pricing…" : cell.text() + "/mo" + option);
        costTip.setText(cell.tooltip() == null ? "Not priced yet" : cell.tooltip());
        cost.pseudoClassStateChanged(ESTIMATED, cell.kind() == OptionCell.Kind.ESTIMATED);
        cost.pseudoClassStateChanged(MISSING, cell.kind() == OptionCell.Kind.MISSING);
    }

    public void setSelected(boolean selected) { pseudoClassStateChanged(SELECTED, selected); }

    public Block block() { return block; }

    public Circle handle() { return handle; }

    public String costText() { return cost.getText(); }
}
