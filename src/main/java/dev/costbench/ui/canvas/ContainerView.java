package dev.costbench.ui.canvas;

import dev.costbench.export.diagram.ContainerLabel;
import dev.costbench.export.diagram.ContainerStyle;
import dev.costbench.model.Container;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A frame on the canvas drawn in its kind's AWS group style (the same colours as the exported diagram). Its
 * inside lets clicks through to the canvas, so a rubber band can start in it; its title tab selects and moves
 * it, and the corner handle of a selected frame resizes it.
 */
public final class ContainerView extends Group {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final double HANDLE = 10;

    private final Rectangle frame = new Rectangle();
    private final Label badge = new Label();
    private final Label title = new Label();
    private final HBox tab;
    private final Rectangle handle = new Rectangle(HANDLE, HANDLE);
    private Container container;

    public ContainerView(Container container) {
        getStyleClass().add("container-view");
        setId("container-" + container.id());
        ContainerStyle style = ContainerStyle.of(container.kind());
        frame.getStyleClass().add("container-frame");
        frame.setStroke(Color.web(ContainerStyle.css(style.line())));
        // the fill per theme, which the stylesheet picks by the canvas's background: a subnet's pale AWS fill, see-through,
        // on the light canvas; on the dark one that pale fill would glare, so its frame is tinted with its line colour
        frame.setStyle(style.fill() == null ? "-container-fill-light: transparent; -container-fill-dark: transparent;"
                : "-container-fill-light: " + rgba(Color.web(ContainerStyle.css(style.fill())), 0.55)
                + "; -container-fill-dark: " + rgba(Color.web(ContainerStyle.css(style.line())), 0.16) + ";");
        frame.setStrokeWidth(1.5);
        if (style.dashed()) frame.getStrokeDashArray().setAll(7.0, 4.0);
        frame.setMouseTransparent(true);
        badge.getStyleClass().add("container-badge");
        badge.setStyle("-fx-background-color: " + ContainerStyle.css(style.line()) + ";");
        badge.setVisible(style.badge() != null);
        badge.setManaged(style.badge() != null);
        badge.setText(style.badge());
        title.getStyleClass().add("container-title");
        // AWS Cloud's near-black line would vanish on the dark canvas: its frame and title take the theme's text colour
        if (Color.web(ContainerStyle.css(style.line())).getBrightness() < 0.3) {
            frame.getStyleClass().add("container-frame-neutral");
            title.getStyleClass().add("container-title-neutral");
        } else {
            title.setStyle("-fx-text-fill: " + ContainerStyle.css(style.line()) + ";");
        }
        tab = new HBox(5, badge, title);
        tab.setAlignment(Pos.CENTER_LEFT);
        tab.setPadding(new Insets(0, 6, 0, 0));
        tab.getStyleClass().add("container-tab");
        tab.setCursor(Cursor.MOVE);
        handle.getStyleClass().add("container-handle");
        handle.setCursor(Cursor.SE_RESIZE);
        handle.setVisible(false);
        getChildren().addAll(frame, tab, handle);
        update(container);
    }

    public void update(Container next) {
        container = next;
        title.setText(ContainerLabel.of(next));
        showBounds(next.x(), next.y(), next.width(), next.height());
    }

    /** Draws the frame at these bounds (a drag shows them before the release commits them). */
    public void showBounds(double x, double y, double width, double height) {
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(width);
        frame.setHeight(height);
        tab.relocate(x, y);
        tab.setMaxWidth(width);
        handle.setX(x + width - HANDLE / 2);
        handle.setY(y + height - HANDLE / 2);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        handle.setVisible(selected);
        frame.setStrokeWidth(selected ? 3 : 1.5);
    }

    public Container container() { return container; }

    /** The title tab: press to select, drag to move the frame with what it holds. */
    public HBox tab() { return tab; }

    /** The bottom-right corner handle of a selected frame. */
    public Rectangle handle() { return handle; }

    public String titleText() { return title.getText(); }

    private static String rgba(Color c, double alpha) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255), alpha);
    }
}
