package dev.costbench.ui.startup;

import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Screen;

/**
 * What the window paints while the catalog and the design are read and the workbench is built: the workbench's
 * outline in the theme's colours and what is being opened. Plain regions and labels coloured in code, not CSS,
 * so the first frame costs no more than a bare window's.
 */
public final class StartingView {
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 900;

    /**
     * The window's size at start: {@link #WIDTH} × {@link #HEIGHT}, or the primary screen's usable area where that is
     * smaller (a 1280×720 laptop or projector), so no part of the window starts off the screen.
     */
    public static Dimension2D size() { return sizeOn(Screen.getPrimary().getVisualBounds()); }

    static Dimension2D sizeOn(Rectangle2D screen) {
        return new Dimension2D(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    private record Colours(Color background, Color panel, Color border, Color text, Color muted) {}

    // AtlantaFX Primer's canvas, subtle canvas, border and foreground colours
    private static final Colours LIGHT = new Colours(Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#d0d7de"),
            Color.web("#1f2328"), Color.web("#656d76"));
    private static final Colours DARK = new Colours(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d"),
            Color.web("#e6edf3"), Color.web("#848d97"));

    private final BorderPane root = new BorderPane();

    /** {@code opening} is the design's name as the title shows it. */
    public StartingView(String opening, boolean dark) {
        Colours c = dark ? DARK : LIGHT;
        Label what = new Label("Opening " + opening + "…");
        what.setFont(Font.font(18));
        what.setTextFill(c.text());
        Label how = new Label("Reading the price catalog and the design");
        how.setFont(Font.font(13));
        how.setTextFill(c.muted());
        VBox message = new VBox(8, what, how);
        message.setAlignment(Pos.CENTER);
        message.setBackground(Background.fill(c.background()));

        // the workbench's outline where its panels will be (WorkbenchLayout), so they do not jump when it takes over
        Region bars = panel(c, new BorderWidths(0, 0, 1, 0)), palette = panel(c, new BorderWidths(0, 1, 0, 0)),
                inspector = panel(c, new BorderWidths(0, 0, 0, 1)), costs = panel(c, new BorderWidths(1, 0, 0, 0)),
                status = panel(c, new BorderWidths(1, 0, 0, 0));
        bars.setPrefHeight(WorkbenchLayout.TOP_BARS);
        status.setPrefHeight(WorkbenchLayout.STATUS_BAR);
        palette.prefWidthProperty().bind(root.widthProperty().multiply(WorkbenchLayout.PALETTE_END));
        inspector.prefWidthProperty().bind(root.widthProperty().multiply(1 - WorkbenchLayout.INSPECTOR_START));
        costs.prefHeightProperty().bind(root.heightProperty().subtract(WorkbenchLayout.TOP_BARS + WorkbenchLayout.STATUS_BAR)
                .multiply(1 - WorkbenchLayout.COST_PANEL_START));
        root.setTop(bars);
        root.setLeft(palette);
        root.setRight(inspector);
        root.setBottom(new VBox(costs, status));
        root.setCenter(message);
        root.setBackground(Background.fill(c.background()));
    }

    /** A panel of the workbench's layout (bars, palette, inspector, cost panel), empty until the workbench is built. */
    private static Region panel(Colours c, BorderWidths borderWidths) {
        Region r = new Region();
        r.setBackground(Background.fill(c.panel()));
        r.setBorder(new Border(new BorderStroke(c.border(), BorderStrokeStyle.SOLID, CornerRadii.EMPTY, borderWidths)));
        return r;
    }

    public Parent root() { return root; }
}
