package dev.costbench.catalog;

/**
 * Where a rate comes from: a source id from the catalog's source table, its human description, the
 * date the figure was taken, its basis, and for estimates the rule that produced it.
 */
public record Provenance(String sourceId, String source, String asOf, Basis basis, String rule) {
    public boolean isEstimated() { return basis == Basis.ESTIMATED; }

    /** One line for a tooltip or a Sources sheet cell. */
    public String describe() {
        return basis.fileName() + " · " + source + " · " + asOf + (rule == null || rule.isBlank() ? "" : " · rule: " + rule);
    }
}
