package dev.costbench.pricing;

import dev.costbench.catalog.Basis;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A priced block's figures under every purchase option, kept compact: each figure as its exact unscaled value and
 * scale (a BigDecimal is rebuilt equal to the one priced, scale and all), the lines as a way to price them again
 * ({@link LaterLines}). The engine keeps the costs of the last scenarios it priced; 26 {@link OptionCost}s of three
 * BigDecimals each made some 5 KB a block, which the garbage collector copied on every reprice of a large design.
 * An option's {@link OptionCost} is made when a view first reads it; the totals read the figures themselves.
 */
final class OptionFigures implements Function<PurchaseOption, OptionCost> {
    private static final int N = PurchaseOption.ALL.size();
    private static final Basis[] BASES = Basis.values();
    /** The scale of a figure kept as the BigDecimal itself (its unscaled value does not fit a long). */
    static final byte WHOLE = Byte.MIN_VALUE;
    /** Which figure of an option: upfront, monthly recurring, monthly effective. */
    static final int UPFRONT = 0, RECURRING = 1, EFFECTIVE = 2;

    /** Figure k of option i at 3i + k: the unscaled values, and their scales (or {@link #WHOLE}). */
    private final long[] unscaled = new long[3 * N];
    private final byte[] scales = new byte[3 * N];
    /** Per option: the basis ordinal, or -1 when the option is not priced (then {@link #other} holds its cost). */
    private final byte[] basis = new byte[N];
    /** Per option: whether its effective figure is its recurring one (no upfront part), and its number of lines. */
    private final short[] lines = new short[N];
    private final long effectiveIsRecurring;
    /** The costs of options not priced, and figures too large for a long; null while there are none. */
    private Object[] other;
    private final LaterLines.Source source;

    private OptionFigures(OptionMap<OptionCost> options, LaterLines.Source source) {
        this.source = source;
        long same = 0;
        for (int i = 0; i < N; i++) {
            OptionCost c = options.at(i);
            if (!c.isPriced() || c.lines().size() > Short.MAX_VALUE) {
                basis[i] = -1;
                keep(3 * i, c);
                continue;
            }
            basis[i] = (byte) c.basis().ordinal();
            lines[i] = (short) c.lines().size();
            put(3 * i + UPFRONT, c.upfront());
            put(3 * i + RECURRING, c.monthlyRecurring());
            if (c.monthlyEffective() == c.monthlyRecurring()) same |= 1L << i;
            else put(3 * i + EFFECTIVE, c.monthlyEffective());
        }
        effectiveIsRecurring = same;
    }

    /**
     * {@code options} kept compact, each option's lines priced again by {@code pricing} when first read; options
     * without lines (not applicable, missing) are kept as they are.
     */
    static OptionMap<OptionCost> of(OptionMap<OptionCost> options, java.util.function.Supplier<OptionMap<OptionCost>> pricing) {
        return OptionMap.made(new OptionFigures(options, new LaterLines.Source(pricing)));
    }

    /** The compact figures behind {@code options}, or null when it was not made by {@link #of}. */
    static OptionFigures behind(OptionMap<OptionCost> options) {
        return options.maker() instanceof OptionFigures f ? f : null;
    }

    private void put(int at, BigDecimal v) {
        int scale = v.scale();
        if (scale >= 0 && scale <= Money.SCALE && v.precision() <= 15) {
            // read without making a BigInteger, exactly (see ScenarioTotals.Sum#unscaled)
            unscaled[at] = ScenarioTotals.Sum.unscaled(v, scale);
            scales[at] = (byte) scale;
        } else if (scale > Byte.MIN_VALUE && scale <= Byte.MAX_VALUE && v.precision() <= 18) {
            unscaled[at] = v.unscaledValue().longValueExact();
            scales[at] = (byte) scale;
        } else {
            scales[at] = WHOLE;
            keep(at, v);
        }
    }

    private void keep(int at, Object v) {
        if (other == null) other = new Object[3 * N];
        other[at] = v;
    }

    /** Whether option {@code i} is priced. */
    boolean priced(int i) { return basis[i] >= 0; }

    /** The cost of option {@code i} when it is not priced. */
    OptionCost unpriced(int i) { return (OptionCost) other[3 * i]; }

    boolean effectiveIsRecurring(int i) { return (effectiveIsRecurring & (1L << i)) != 0; }

    long unscaled(int i, int figure) { return unscaled[3 * i + figure]; }

    /** The scale of a figure, or {@link Byte#MIN_VALUE} when only {@link #figure} gives it. */
    int scale(int i, int figure) { return scales[3 * i + figure]; }

    BigDecimal figure(int i, int figure) {
        int at = 3 * i + figure;
        return scales[at] == WHOLE ? (BigDecimal) other[at] : BigDecimal.valueOf(unscaled[at], scales[at]);
    }


    /** The option's cost, as the pricer gave it (its lines priced again when first read). */
    @Override public OptionCost apply(PurchaseOption option) {
        int i = option.index();
        if (!priced(i)) return unpriced(i);
        BigDecimal recurring = figure(i, RECURRING);
        BigDecimal effective = effectiveIsRecurring(i) ? recurring : figure(i, EFFECTIVE);
        java.util.List<CostLine> l = lines[i] == 0 ? java.util.List.of() : new LaterLines(source, i, lines[i]);
        return new OptionCost(option, OptionCost.Status.PRICED, figure(i, UPFRONT), recurring, effective, BASES[basis[i]],
                l, null, java.util.List.of());
    }
}
