package dev.costbench.export.xlsx;

/** Which version of a block a line or option row prices: the block as designed, or its Graviton (arm64) twin. */
enum Variant {
    DESIGN("as designed"), GRAVITON("Graviton twin");

    private final String label;

    Variant(String label) { this.label = label; }

    /** The text in the workbook's Variant columns, also used as a SUMIFS criterion. */
    String label() { return label; }
}
