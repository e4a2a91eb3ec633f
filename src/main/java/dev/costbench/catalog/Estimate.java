package dev.costbench.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One estimated rate as a formula over other catalog rates: {@code round(Σ base × factor ÷ per)} under the named
 * rule. Editing a base rate moves the estimate by the same formula ({@link #evaluate}).
 */
public record Estimate(RateId rate, String rule, Derivation.Round round, List<Term> terms) {
    public Estimate { terms = List.copyOf(terms); }

    public record Term(RateId base, BigDecimal factor, BigDecimal per) {
        public boolean isPlain() { return factor.compareTo(BigDecimal.ONE) == 0 && per.compareTo(BigDecimal.ONE) == 0; }
    }

    /** The formula's figure for the base figures {@code bases} gives; empty when one is unknown. */
    public Optional<BigDecimal> evaluate(Function<RateId, Optional<BigDecimal>> bases) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            Optional<BigDecimal> b = bases.apply(t.base());
            if (b.isEmpty()) return Optional.empty();
            BigDecimal v = b.get().multiply(t.factor());
            if (t.per().compareTo(BigDecimal.ONE) != 0) v = v.divide(t.per(), MathContext.DECIMAL128);
            sum = sum.add(v);
        }
        return Optional.of(round.apply(sum));
    }

    /** The formula over the catalog's own base figures. */
    public Optional<BigDecimal> evaluate(PriceCatalog c) {
        return evaluate(id -> id.in(c).map(RateId.Figure::usd));
    }
}
