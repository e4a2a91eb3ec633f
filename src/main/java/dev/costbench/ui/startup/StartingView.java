package dev.costbench.ui.startup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the window paints while the catalog and the design are read and the workbench is built: the workbench's
 * outline in the theme's colours and what is being opened. Plain regions and labels, so it costs the first frame
 * no more than a bare window.
 */
public final class StartingView {
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 900;

    private record Colours(String background, String panel, String border, String text, String muted) {}

    // AtlantaFX Primer's canvas, subtle canvas, border and foreground colours
    private static final Colours LIGHT = new Colours("#ffffff", "#f6f8fa", "#d0d7de", "#1f2328", "#656d76");
    private static final Colours DARK = new Colours("#0d1117", "#161b22", "#30363d", "#e6edf3", "#848d97");

    private final BorderPane root = new BorderPane();

    /** {@code opening} is the design's name as the title shows it. */
    public StartingView(String opening, boolean dark) {
        Colours c = dark ? DARK : LIGHT;
        Label what = new Label("Opening " + opening + "…");
        what.setStyle("-fx-font-size: 18px; -fx-text-fill: " + c.text() + ";");
        Label how = new Label("Reading the price catalog and the design");
        how.setStyle("-fx-font-size: 13px; -fx-text-fill: " + c.muted() + ";");
        VBox message = new VBox(8, what, how);
        message.setAlignment(Pos.CENTER);
        message.setStyle("-fx-background-color: " + c.background() + ";");

        root.setTop(panel(c, -1, 56, "0 0 1 0"));
        root.setLeft(panel(c, 200, -1, "0 1 0 0"));
        root.setRight(panel(c, 300, -1, "0 0 0 1"));
        root.setBottom(panel(c, -1, 300, "1 0 0 0"));
        root.setCenter(message);
        root.setPadding(Insets.EMPTY);
        root.setStyle("-fx-background-color: " + c.background() + ";");
    }

    /** A panel of the workbench's layout (menus, palette, inspector, cost panel), empty until the workbench is built. */
    private static Region panel(Colours c, double width, double height, String borderWidths) {
        Region r = new Region();
        if (width > 0) r.setPrefWidth(width);
        if (height > 0) r.setPrefHeight(height);
        r.setStyle("-fx-background-color: " + c.panel() + "; -fx-border-color: " + c.border() + "; -fx-border-width: " + borderWidths + ";");
        return r;
    }

    public Parent root() { return root; }
}
