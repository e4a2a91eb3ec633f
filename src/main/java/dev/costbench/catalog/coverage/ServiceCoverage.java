package dev.costbench.catalog.coverage;

/**
 * What a region has for one kind of price: whether its rates are published, estimated, both or missing,
 * and the dates of the oldest and newest of them (null when missing).
 */
public record ServiceCoverage(PriceKind kind, Status status, String oldest, String newest) {
    public enum Status {
        PUBLISHED("published"), MIXED("published + estimated"), ESTIMATED("estimated"), MISSING("missing");

        private final String label;

        Status(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** "published 2025-04-04", "published + estimated 2025-04-05", "missing". */
    public String describe() {
        if (status == Status.MISSING) return status.label();
        return status.label() + " " + dev.costbench.catalog.RateDates.of(oldest, newest);
    }
}
