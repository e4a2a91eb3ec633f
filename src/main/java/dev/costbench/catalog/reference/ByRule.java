package dev.costbench.catalog.reference;

import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.ReservedKey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works an estimated rate out by its source's {@link Derivation}: the rule is built as data first and the figure is
 * that formula evaluated ({@link dev.costbench.catalog.Estimate#evaluate}), the same evaluation the workbook's
 * Sources-sheet formula mirrors. So each estimate's rule is written once (docs/pricing-data.md, "Estimates as
 * formulas").
 */
final class ByRule {
    private ByRule() {}

    /** Base figures: a rate id's figure, empty when unknown. */
    interface Bases extends Function<RateId, Optional<BigDecimal>> {}

    /** The figures of catalog {@code c}. */
    static Bases in(PriceCatalog c) { return id -> id.in(c).map(RateId.Figure::usd); }

    /** One region's service rates, keyed {@code service/dimension}. */
    static Bases services(String region, Map<String, BigDecimal> byKey) {
        return id -> id.kind() == RateId.Kind.SERVICE && id.region().equals(region)
                ? Optional.ofNullable(byKey.get(id.key())) : Optional.empty();
    }

    /** One region's On-Demand rates by instance type. */
    static Bases onDemand(String region, Map<String, BigDecimal> byType) {
        return id -> id.kind() == RateId.Kind.ON_DEMAND && id.region().equals(region)
                ? Optional.ofNullable(byType.get(id.key())) : Optional.empty();
    }

    /** Just the one figure {@code usd} for {@code base}. */
    static Bases only(RateId base, BigDecimal usd) {
        return id -> id.equals(base) ? Optional.of(usd) : Optional.empty();
    }

    /** Rate {@code id}'s figure by {@code source}'s rule over {@code bases}. */
    static BigDecimal figure(Provenance source, RateId id, Bases bases) {
        return figure(source, id, null, bases);
    }

    /** As {@link #figure(Provenance, RateId, Bases)}, with the rate's factor when the rule does not keep it (Spot). */
    static BigDecimal figure(Provenance source, RateId id, BigDecimal unkeptFactor, Bases bases) {
        if (source.derivation() == null) throw new IllegalStateException(source.sourceId() + " has no formula for " + id.text());
        return figure(source.derivation(), id, unkeptFactor, bases);
    }

    /** Rate {@code id}'s figure by {@code rule} over {@code bases}. */
    static BigDecimal figure(Derivation rule, RateId id, BigDecimal unkeptFactor, Bases bases) {
        return rule.resolve(id, unkeptFactor)
                .orElseThrow(() -> new IllegalStateException("the rule \"" + rule.name() + "\" has no formula for " + id.text()))
                .evaluate(bases)
                .orElseThrow(() -> new IllegalStateException(id.text() + ": a base rate of the rule \"" + rule.name()
                        + "\" is not in the catalog"));
    }

    /**
     * A Reserved offer by {@code source}'s rule: its upfront and hourly figures, each zero where the rule has no
     * formula for it (the pattern's offer has none of that figure).
     */
    static ReservedRate reserved(Provenance source, String region, String type, ReservedKey key, Bases bases) {
        return new ReservedRate(offerFigure(source, RateId.reserved(region, type, key, true), bases),
                offerFigure(source, RateId.reserved(region, type, key, false), bases), source);
    }

    private static BigDecimal offerFigure(Provenance source, RateId id, Bases bases) {
        return source.derivation().covers(id) ? figure(source, id, bases) : BigDecimal.ZERO;
    }
}
