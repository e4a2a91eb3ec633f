package dev.costbench.ui.startup;

/**
 * Where the workbench's panels divide its window, as fractions the window keeps when it opens: the workbench sets
 * its split panes by them, and the starting view draws the same outline, so nothing jumps when the one replaces
 * the other.
 */
public final class WorkbenchLayout {
    /** The palette's right edge and the inspector's left edge, as fractions of the window's width. */
    public static final double PALETTE_END = 0.15, INSPECTOR_START = 0.72;
    /** The cost panel's top edge, as a fraction of the height between the bars above and below. */
    public static final double COST_PANEL_START = 0.62;
    /** The menu and scenario bars' height, and the status bar's, in the default font (for the outline only). */
    static final double TOP_BARS = 82, STATUS_BAR = 24;

    private WorkbenchLayout() {}
}
