package dev.costbench.catalog;

/**
 * Where a rate comes from: a source id from the catalog's source table, its human description, the
 * date the figure was taken, its basis, and for estimates the rule that produced it, with (where the rule is a
 * formula over other catalog rates) its {@link Derivation}.
 */
public record Provenance(String sourceId, String source, String asOf, Basis basis, String rule, Derivation derivation) {
    /** A source without a derivation: published, or estimated by a rule kept as text only. */
    public Provenance(String sourceId, String source, String asOf, Basis basis, String rule) {
        this(sourceId, source, asOf, basis, rule, null);
    }

    public boolean isEstimated() { return basis == Basis.ESTIMATED; }

    /** Rates share their source's provenance object: the same one is equal at once, without comparing formulas. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Provenance p && java.util.Objects.equals(sourceId, p.sourceId)
                && java.util.Objects.equals(source, p.source) && java.util.Objects.equals(asOf, p.asOf) && basis == p.basis
                && java.util.Objects.equals(rule, p.rule) && java.util.Objects.equals(derivation, p.derivation);
    }

    /** Without the derivation (equal ones have equal ids and rules anyway), so hashing a rate's source stays cheap. */
    @Override
    public int hashCode() { return java.util.Objects.hash(sourceId, source, asOf, basis, rule); }

    /** One line for a tooltip or a Sources sheet cell. */
    public String describe() {
        return basis.fileName() + " · " + source + " · " + asOf + (rule == null || rule.isBlank() ? "" : " · rule: " + rule);
    }
}
