package dev.costbench.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How an estimated source's rates are worked out from other catalog rates, as data: a named rule, a rounding,
 * per selector (an offer key with its figure, or a {@code service/dimension} key; {@code *} for all) a rounding
 * and the sum of parts {@code base × factor ÷ per}. A part's base is a rate id in which {@code {region}} and {@code {key}} stand
 * for the estimated rate's own; a factor left out means the estimate ÷ its base, exact (a rule whose per-rate factor
 * is not kept apart, the Spot Advisor's savings). Resolved for one rate by {@link #resolve}; docs/pricing-data.md,
 * "Estimates as formulas".
 */
public record Derivation(String name, Map<String, Formula> formulas) {
    public static final String ALL = "*";

    public Derivation {
        Objects.requireNonNull(name);
        formulas = java.util.Collections.unmodifiableMap(new TreeMap<>(formulas));
    }

    /** One selector's formula: round(Σ parts). */
    public record Formula(Round round, List<Part> parts) {
        public Formula {
            Objects.requireNonNull(round);
            parts = List.copyOf(parts);
            if (parts.isEmpty()) throw new IllegalArgumentException("a formula needs a part");
        }

        public static Formula of(Round round, Part... parts) { return new Formula(round, List.of(parts)); }
    }

    /** One term of the sum: base rate (with placeholders) × factor ÷ per; {@code factor} null: estimate ÷ base. */
    public record Part(String base, BigDecimal factor, BigDecimal per) {
        public Part {
            Objects.requireNonNull(base);
            factor = factor == null ? null : tidy(factor);
            per = per == null ? BigDecimal.ONE : tidy(per);
        }
    }

    /** How the rule rounds its result: not at all (an exact product), to the cent, to six significant digits. */
    public enum Round {
        EXACT("exact"), CENTS("cents"), SIX_DIGITS("6 digits");

        private final String text;

        Round(String text) { this.text = text; }

        public String text() { return text; }

        public static Round fromText(String s) {
            for (Round r : values()) if (r.text.equals(s)) return r;
            return null;
        }

        public BigDecimal apply(BigDecimal v) {
            BigDecimal r = switch (this) {
                case EXACT -> v;
                case CENTS -> v.setScale(2, RoundingMode.HALF_UP);
                case SIX_DIGITS -> v.round(new MathContext(6, RoundingMode.HALF_UP));
            };
            return tidy(r);
        }
    }

    /** Without trailing zeros and never in exponent form, so that a figure read back equals the one written. */
    static BigDecimal tidy(BigDecimal v) {
        if (v.signum() == 0) return BigDecimal.ZERO;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Whether the rule has a formula for rate {@code id}; an offer's figure it has none for is zero by the rule. */
    public boolean covers(RateId id) { return formula(id) != null; }

    private Formula formula(RateId id) {
        Formula f = formulas.get(id.selector());
        return f != null ? f : formulas.get(ALL);
    }

    /**
     * The estimate of rate {@code id} (whose figure is {@code usd}) under this rule, if the rule has parts for it; a
     * factor the rule does not keep is worked out as {@code usd} ÷ the base's figure in {@code catalog}.
     */
    public Optional<Estimate> resolve(RateId id, BigDecimal usd, PriceCatalog catalog) {
        Formula formula = formula(id);
        if (formula == null) return Optional.empty();
        BigDecimal unkept = null;
        if (formula.parts().stream().anyMatch(p -> p.factor() == null)) {
            if (formula.parts().size() != 1) return Optional.empty();
            Part p = formula.parts().get(0);
            RateId base = base(p, id);
            if (base == null) return Optional.empty();
            Optional<RateId.Figure> f = base.in(catalog);
            if (f.isEmpty() || f.get().usd().signum() == 0) return Optional.empty();
            try {
                unkept = usd.divide(f.get().usd()).multiply(p.per());
            } catch (ArithmeticException notExact) {
                return Optional.empty();
            }
        }
        return resolve(id, unkept);
    }

    /**
     * The estimate of rate {@code id} under this rule, a factor the rule does not keep (Spot's 1 − savings) being
     * {@code unkeptFactor}; empty when the rule has no formula for the rate, or needs that factor and it is null.
     * The reference catalog builder works every estimate out this way, so the rule exists in this one form.
     */
    public Optional<Estimate> resolve(RateId id, BigDecimal unkeptFactor) {
        Formula formula = formula(id);
        if (formula == null) return Optional.empty();
        List<Estimate.Term> terms = new ArrayList<>();
        for (Part p : formula.parts()) {
            RateId base = base(p, id);
            BigDecimal factor = p.factor() != null ? p.factor() : unkeptFactor;
            if (base == null || factor == null) return Optional.empty();
            terms.add(new Estimate.Term(base, factor, p.per()));
        }
        return Optional.of(new Estimate(id, name, formula.round(), terms));
    }

    private static RateId base(Part p, RateId id) {
        return RateId.parse(p.base().replace("{region}", id.region()).replace("{key}", id.key()));
    }
}
