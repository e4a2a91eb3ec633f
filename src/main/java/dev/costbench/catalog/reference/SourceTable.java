package dev.costbench.catalog.reference;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;

import java.util.HashMap;
import java.util.Map;

/** Registers each source once in the catalog being built and hands back its provenance for the rates citing it. */
final class SourceTable {
    private final PriceCatalog.Builder builder;
    private final Map<String, Provenance> byId = new HashMap<>();

    SourceTable(PriceCatalog.Builder builder) { this.builder = builder; }

    Provenance published(String id, String source, String asOf) {
        return add(new Provenance(id, source, asOf, Basis.PUBLISHED, null));
    }

    Provenance estimated(String id, String source, String asOf, String rule) {
        return add(new Provenance(id, source, asOf, Basis.ESTIMATED, rule));
    }

    /** An estimated source whose rule is also a formula over other catalog rates. */
    Provenance estimated(String id, String source, String asOf, String rule, Derivation derivation) {
        return add(new Provenance(id, source, asOf, Basis.ESTIMATED, rule, derivation));
    }

    private Provenance add(Provenance p) {
        Provenance known = byId.putIfAbsent(p.sourceId(), p);
        if (known != null && !known.equals(p)) throw new IllegalStateException("source id " + p.sourceId() + " defined twice");
        if (known == null) builder.source(p.sourceId(), p);
        return p;
    }
}
