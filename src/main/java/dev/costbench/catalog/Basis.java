package dev.costbench.catalog;

/** Whether a rate is AWS's own published figure or estimated from published ones by a stated rule. */
public enum Basis {
    PUBLISHED("published"), ESTIMATED("estimated");

    private final String fileName;

    Basis(String fileName) { this.fileName = fileName; }

    public String fileName() { return fileName; }

    public static Basis fromFileName(String s) {
        for (Basis b : values()) if (b.fileName.equalsIgnoreCase(s)) return b;
        throw new IllegalArgumentException("unknown basis '" + s + "' (expected published or estimated)");
    }

    /** The weaker of two bases: a figure built from an estimate is an estimate. */
    public Basis and(Basis other) { return this == ESTIMATED || other == ESTIMATED ? ESTIMATED : PUBLISHED; }
}
