package dev.costbench.pricing.component;

import java.math.BigDecimal;

/**
 * How a cost line's quantity follows from the block's inputs: the rule written once, as data. The engine
 * evaluates it ({@link QuantityEvaluator}); the workbook writes the same tree as a formula over its
 * Assumptions cells, so an edited input moves the workbook exactly as it would move the engine.
 */
public sealed interface Quantity {

    /** The quantity's value as the engine bills it. */
    default BigDecimal value() { return QuantityEvaluator.evaluate(this); }

    /** How a reviewer reads an input: a plain number, or a fraction shown as a percentage (50% is 0.5). */
    enum Format { NUMBER, PERCENT }

    /** A figure the user sets on the block (a count, a size, a percentage, a rate of traffic). */
    record Input(String field, String label, String unit, String note, BigDecimal value, Format format) implements Quantity {
        public static Input number(String field, String label, String unit, String note, BigDecimal value) {
            return new Input(field, label, unit, note, value, Format.NUMBER);
        }

        public static Input number(String field, String label, String unit, String note, long value) {
            return number(field, label, unit, note, BigDecimal.valueOf(value));
        }

        /** {@code percent} (0..100) held as a fraction. */
        public static Input percent(String field, String label, String note, int percent) {
            BigDecimal fraction = percent >= 0 && percent <= 100 ? FRACTIONS[percent] : BigDecimal.valueOf(percent).movePointLeft(2);
            return new Input(field, label, "%", note, fraction, Format.PERCENT);
        }

        /** 0% to 100% as fractions, made once: every mixed-instances group's reprice asks for one. */
        private static final BigDecimal[] FRACTIONS = new BigDecimal[101];

        static {
            for (int i = 0; i <= 100; i++) FRACTIONS[i] = BigDecimal.valueOf(i).movePointLeft(2);
        }
    }

    /** A fixed figure of AWS's rules, such as the 25 new connections one LCU covers. */
    record Constant(BigDecimal value) implements Quantity {
        public static Constant of(long v) { return new Constant(BigDecimal.valueOf(v)); }
    }

    /**
     * A derived figure with a name (e.g. the On-Demand part of a mixed-instances group): the workbook shows it as
     * a formula row of its own, and its value is worked out once, when it is built, however often lines use it.
     */
    record Named(String block, String field, String label, String unit, String note, Quantity formula, BigDecimal value)
            implements Quantity {
        /** A figure of the block whose lines use it. */
        public static Named of(String field, String label, String unit, String note, Quantity formula) {
            return new Named(null, field, label, unit, note, formula, QuantityEvaluator.evaluate(formula));
        }

        /** A figure of block {@code block}, which other blocks' rules may refer to (the Lambda free tier's chain). */
        public static Named of(String block, String field, String label, String unit, String note, Quantity formula) {
            return new Named(block, field, label, unit, note, formula, QuantityEvaluator.evaluate(formula));
        }
    }

    /** {@code then} when the scenario's yes/no {@code setting} is on (as it is when {@code on}), else {@code otherwise}. */
    record If(String setting, boolean on, Quantity then, Quantity otherwise) implements Quantity {}

    /**
     * The part of {@code of} between {@code lower} and {@code upper} (no upper bound when null): a pricing tier.
     * min(max(of − lower, 0), upper − lower).
     */
    record Band(Quantity of, BigDecimal lower, BigDecimal upper) implements Quantity {}

    record Add(Quantity left, Quantity right) implements Quantity {}

    record Sub(Quantity left, Quantity right) implements Quantity {}

    record Mul(Quantity left, Quantity right) implements Quantity {}

    /** A quotient, kept to the engine's ten decimal places. */
    record Div(Quantity left, Quantity right) implements Quantity {}

    /** Rounded up to a whole number (whole instances). */
    record Ceil(Quantity of) implements Quantity {}

    /** Rounded down to a whole number (whole tasks on an instance, whole tasks of a weighted share). */
    record Floor(Quantity of) implements Quantity {}

    /** {@code then} when {@code left} is greater than {@code right}, else {@code otherwise}: a rule's branch on its inputs. */
    record IfAbove(Quantity left, Quantity right, Quantity then, Quantity otherwise) implements Quantity {}

    /**
     * A text the user sets on a block, such as the name of the EKS cluster a node group belongs to. It is not a
     * number, so it only appears inside {@link FirstOf}.
     */
    record Text(String field, String label, String note, String value) {}

    /**
     * 1 when no block before this one in the scenario has the same {@code own} text (case-sensitive) in the same
     * field, else 0: the first block of a group, such as the first node group of a cluster, which pays the cluster's
     * fee. {@code first} is whether it is, as the pricer found when it compared the scenario's blocks.
     */
    record FirstOf(Text own, boolean first) implements Quantity {}

    record Max(Quantity left, Quantity right) implements Quantity {}

    record Min(Quantity left, Quantity right) implements Quantity {}

    static Quantity add(Quantity a, Quantity b) { return new Add(a, b); }

    /**
     * The sum of {@code terms} (at least one), in their order, as a balanced tree of additions: a sum over thousands of
     * blocks (an account's Lambda GB-seconds) is then some dozen additions deep, not thousands, for whatever walks it.
     */
    static Quantity sum(java.util.List<? extends Quantity> terms) {
        if (terms.isEmpty()) throw new IllegalArgumentException("a sum of no terms");
        return sum(terms, 0, terms.size());
    }

    private static Quantity sum(java.util.List<? extends Quantity> terms, int from, int to) {
        if (to - from == 1) return terms.get(from);
        int mid = (from + to) >>> 1;
        return new Add(sum(terms, from, mid), sum(terms, mid, to));
    }

    static Quantity sub(Quantity a, Quantity b) { return new Sub(a, b); }

    static Quantity mul(Quantity a, Quantity b) { return new Mul(a, b); }

    static Quantity div(Quantity a, Quantity b) { return new Div(a, b); }

    static Quantity ceil(Quantity a) { return new Ceil(a); }

    static Quantity floor(Quantity a) { return new Floor(a); }

    /** {@code left} − {@code right} × floor(left ÷ right): what is left over after whole shares. */
    static Quantity mod(Quantity left, Quantity right) { return sub(left, mul(right, floor(div(left, right)))); }

    static Quantity max(Quantity a, Quantity b) { return new Max(a, b); }

    static Quantity min(Quantity a, Quantity b) { return new Min(a, b); }

    /** The scenario setting that gives Lambda functions AWS's monthly free tier. */
    String LAMBDA_FREE_TIER = "lambda_free_tier";
}
