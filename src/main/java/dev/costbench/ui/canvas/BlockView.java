package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.KeySize;
import dev.costbench.pricing.BlockCost;
import dev.costbench.ui.cost.OptionCell;
import dev.costbench.ui.palette.KindIcons;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
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
    public static final double WIDTH = BlockShape.WIDTH;
    public static final double HEIGHT = BlockShape.HEIGHT;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    /** Zoomed far out: the name alone, in type large enough to read at that size. */
    private static final PseudoClass FAR = PseudoClass.getPseudoClass("far");
    /** While a scenario comparison is open: the block differs from the first scenario's, or is not in it. */
    public static final PseudoClass COMPARE_CHANGED = PseudoClass.getPseudoClass("compare-changed");
    public static final PseudoClass COMPARE_ADDED = PseudoClass.getPseudoClass("compare-added");

    private final Label name = new Label();
    private final Label size = new Label();
    private final Label cost = new Label();
    /** Made when the pointer first enters the block ({@link #installTooltips}); null until then. */
    private Tooltip costTip, blockTip;
    private final Circle handle = new Circle(6);
    private final ImageView icon;
    private Block block;
    private BlockCost shownCost;
    private BlockCost renderedCost;

    public BlockView(Block block) {
        getStyleClass().add("block-view");
        setId("block-" + block.id());
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        icon = new ImageView(KindIcons.of(block.kind(), 48));
        icon.setFitWidth(20);
        icon.setFitHeight(20);
        icon.setSmooth(true);
        name.getStyleClass().add("block-name");
        size.getStyleClass().add("block-size");
        cost.getStyleClass().add("block-cost");
        name.setMaxWidth(WIDTH - 40);
        size.setMaxWidth(WIDTH - 17);
        cost.setMaxWidth(WIDTH - 17);
        HBox title = new HBox(5, icon, name);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, title, size, cost);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 8, 6, 9));
        handle.getStyleClass().add("connect-handle");
        handle.setManaged(false);
        handle.setCenterX(WIDTH);
        handle.setCenterY(HEIGHT / 2);
        getChildren().addAll(row, handle);
        sceneProperty().addListener((o, was, now) -> { if (now != null) renderCost(); });
        // a tooltip is a popup with a scene of its own: two made for each view at once were most of the UI thread's
        // time opening a 5,000-block design, so they are made when the pointer first comes over the block
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltips());
        update(block);
    }

    /** The cost's tooltip and the block's (which says what it is, in full even when its name is cut short). */
    private void installTooltips() {
        if (blockTip != null) return;
        costTip = new Tooltip();
        costTip.setOnShowing(e -> costTip.setText(costTooltip()));
        Tooltip.install(cost, costTip);
        blockTip = new Tooltip();
        blockTip.setOnShowing(e -> blockTip.setText(blockTooltip()));
        Tooltip.install(this, blockTip);
    }

    public void update(Block next) {
        if (next == block || next.equals(block)) return;
        block = next;
        name.setText(next.name());
        size.setText(KeySize.of(next));
        relocate(next.x(), next.y());
    }

    /** Shows the block's cost now if it is on the canvas, else when it comes into view. */
    public void showCost(BlockCost blockCost) {
        shownCost = blockCost;
        if (getScene() != null) renderCost();
    }

    private void renderCost() {
        if (renderedCost == shownCost && renderedCost != null) return;
        BlockCost blockCost = shownCost;
        renderedCost = blockCost;
        OptionCell cell = OptionCell.chosen(blockCost);
        // a block with no charge of its own is bought under no option: "no charge", not "no charge · OD"
        String option = blockCost == null || cell.kind() == OptionCell.Kind.NO_CHARGE ? ""
                : " · " + OptionCell.shortLabel(blockCost.chosenOption());
        cost.setText(blockCost == null ? "pricing…" : cell.text("/mo") + option);
        cost.pseudoClassStateChanged(ESTIMATED, cell.kind() == OptionCell.Kind.ESTIMATED);
        cost.pseudoClassStateChanged(MISSING, cell.kind() == OptionCell.Kind.MISSING);
    }

    /** Built when the tooltip opens, from the cost shown then. */
    private String costTooltip() {
        OptionCell cell = OptionCell.chosen(shownCost);
        if (cell.tooltip() == null) return "Not priced yet";
        return cell.kind() == OptionCell.Kind.NO_CHARGE ? cell.tooltip() : "Bought as " + shownCost.chosenOption().label() + "\n" + cell.tooltip();
    }

    /** "Web tier · EC2 Auto Scaling group", its size and its cost, built when the tooltip opens. */
    String blockTooltip() {
        return block.name() + " · " + block.kind().displayName() + "\n" + KeySize.of(block)
                + (shownCost == null ? "" : "\n" + cost.getText())
                + (block.tags().isEmpty() ? "" : "\nTags: " + block.tags());
    }

    /** The block's tooltip, as it reads now. */
    public String tooltipText() { return blockTooltip(); }

    /**
     * Full detail, or (zoomed far out, as when a whole design is fitted into a small window) the icon and the
     * name in large type over two lines: the size and cost lines would be too small to read, the name is not.
     */
    public void setDetailed(boolean detailed) {
        size.setVisible(detailed);
        size.setManaged(detailed);
        cost.setVisible(detailed);
        cost.setManaged(detailed);
        name.setWrapText(!detailed);
        name.pseudoClassStateChanged(FAR, !detailed);
        icon.setFitWidth(detailed ? 20 : 24);
        icon.setFitHeight(detailed ? 20 : 24);
    }

    /** Whether the block shows its size and cost lines (false when zoomed far out). */
    public boolean detailed() { return size.isVisible(); }

    /** The name as shown on the block. */
    public Label nameLabel() { return name; }

    public void setSelected(boolean selected) { pseudoClassStateChanged(SELECTED, selected); }

    /** {@code COMPARE_CHANGED}, {@code COMPARE_ADDED} or null for no comparison mark. */
    public void setComparison(PseudoClass mark) {
        pseudoClassStateChanged(COMPARE_CHANGED, mark == COMPARE_CHANGED);
        pseudoClassStateChanged(COMPARE_ADDED, mark == COMPARE_ADDED);
    }

    public Block block() { return block; }

    public Circle handle() { return handle; }

    public String costText() { return cost.getText(); }
}
