package dev.costbench.ui.arrange;

/** The six ways to line up a selection, as diagram editors name them. */
public enum Alignment {
    LEFT("Align Left"), CENTER("Align Center"), RIGHT("Align Right"),
    TOP("Align Top"), MIDDLE("Align Middle"), BOTTOM("Align Bottom");

    private final String label;

    Alignment(String label) { this.label = label; }

    public String label() { return label; }

    boolean horizontal() { return this == LEFT || this == CENTER || this == RIGHT; }
}
