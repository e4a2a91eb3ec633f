package dev.costbench.ui.palette;

import dev.costbench.model.BlockKind;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The six block kinds with their icons. Drag one onto the canvas to add a block there; double-click
 * or Enter adds one in the middle of the view. The drag is a mouse gesture inside the window (a ghost
 * follows the pointer on {@code overlay}), so it behaves the same on every platform.
 */
public final class Palette extends VBox {
    private static final double DRAG_THRESHOLD = 4;

    private final BlockDropTarget target;
    private final Pane overlay;

    public Palette(BlockDropTarget target, Pane overlay) {
        this.target = target;
        this.overlay = overlay;
        setId("palette");
        getStyleClass().add("palette");
        setSpacing(4);
        setPadding(new Insets(8));
        Label title = new Label("Blocks");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (BlockKind kind : BlockKind.values()) getChildren().add(item(kind));
        setMinWidth(190);
        setPrefWidth(200);
    }

    private HBox item(BlockKind kind) {
        ImageView icon = new ImageView(KindIcons.of(kind, 32));
        icon.setFitWidth(28);
        icon.setFitHeight(28);
        Label name = new Label(kind.displayName());
        name.setWrapText(true);
        HBox item = new HBox(8, icon, name);
        item.setId("palette-" + kind.fileName());
        item.getStyleClass().add("palette-item");
        item.setPadding(new Insets(6, 8, 6, 8));
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        item.setFocusTraversable(true);
        item.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(item, new Tooltip("Drag onto the canvas to add " + withArticle(kind.displayName())
                + "\n(double-click or Enter adds one in the middle of the view)"));
        item.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                target.addInView(kind);
                e.consume();
            }
        });
        new DragGesture(kind, item);
        return item;
    }

    /** Press, drag past a few pixels, release over the canvas: one block added there. */
    private final class DragGesture {
        private final BlockKind kind;
        private Point2D start;
        private boolean dragging;
        private ImageView ghost;

        DragGesture(BlockKind kind, HBox item) {
            this.kind = kind;
            item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() != MouseButton.PRIMARY) return;
                item.requestFocus();
                start = new Point2D(e.getSceneX(), e.getSceneY());
                dragging = false;
                e.consume();
            });
            item.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (start == null) return;
                if (!dragging && start.distance(e.getSceneX(), e.getSceneY()) > DRAG_THRESHOLD) {
                    dragging = true;
                    showGhost();
                }
                if (dragging) moveGhost(e.getSceneX(), e.getSceneY());
                e.consume();
            });
            item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (start == null) return;
                if (dragging) target.dropAt(kind, e.getSceneX(), e.getSceneY());
                else if (e.getClickCount() == 2) target.addInView(kind);
                hideGhost();
                start = null;
                dragging = false;
                e.consume();
            });
        }

        private void showGhost() {
            if (overlay == null) return;
            ghost = new ImageView(KindIcons.of(kind, 48));
            ghost.setOpacity(0.75);
            ghost.setMouseTransparent(true);
            ghost.setManaged(false);
            overlay.getChildren().add(ghost);
        }

        private void moveGhost(double sceneX, double sceneY) {
            if (ghost == null) return;
            Point2D p = overlay.sceneToLocal(sceneX, sceneY);
            ghost.relocate(p.getX() - 24, p.getY() - 24);
        }

        private void hideGhost() {
            if (ghost != null) overlay.getChildren().remove(ghost);
            ghost = null;
        }
    }

    /** "an ECS service", "a Lambda function": every kind's name starting with a vowel letter is said with a vowel sound. */
    static String withArticle(String name) {
        return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
