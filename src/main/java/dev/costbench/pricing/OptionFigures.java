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
    /** Which figure of an option, in the order they are kept: monthly recurring, upfront, monthly effective. */
    static final int RECURRING = 0, UPFRONT = 1, EFFECTIVE = 2;
    static {
        // one bit an option in a long, and a figure's place in a byte: a catalogue past 42 options needs wider fields
        if (3 * N > Byte.MAX_VALUE) throw new IllegalStateException(N + " purchase options do not fit the compact figures");
    }

    /**
     * The figures, option after option from {@link #at}: recurring, then upfront and effective unless the option has
     * no upfront part ({@link #single}); each as its unscaled value and scale (or {@link #WHOLE}).
     */
    private final long[] unscaled;
    private final byte[] scales;
    /** Per option: where its figures start, or -1 when it is not priced (then {@link #unpriced} holds its cost). */
    private final byte[] at = new byte[N];
    private final byte[] basis = new byte[N];
    private final short[] lines = new short[N];
    /** Bit i: option i's effective figure is its recurring one (the same object); its upfront is zero, unless {@link #single} is clear. */
    private final long effectiveIsRecurring;
    /** Bit i: option i keeps its recurring figure alone (upfront zero, effective the recurring one). */
    private final long single;
    /** The costs of the options not priced; null while there are none. */
    private OptionCost[] unpriced;
    /**
     * What a priced option carries beside its figures, when one does (null while none): why it has no charge of its
     * own ({@link OptionCost#noChargeOfItsOwn()}), and its lines awaiting a rate the catalog lacks.
     */
    private String[] reasons;
    private java.util.List<?>[] awaiting;
    /** Figures whose unscaled value does not fit a long, where {@link #scales} says {@link #WHOLE}; null while none. */
    private BigDecimal[] whole;
    private final LaterLines.Source source;

    private OptionFigures(OptionMap<OptionCost> options, LaterLines.Source source) {
        this.source = source;
        long same = 0, alone = 0;
        int count = 0;
        for (int i = 0; i < N; i++) {
            OptionCost c = options.at(i);
            if (!c.isPriced() || c.lines().size() > Short.MAX_VALUE) continue;
            if (c.monthlyEffective() == c.monthlyRecurring()) {
                same |= 1L << i;
                // OptionCost.priced gives an option without upfront lines the ZERO constant as its upfront figure
                if (c.upfront() == BigDecimal.ZERO) alone |= 1L << i;
            }
            count += (alone & (1L << i)) != 0 ? 1 : 3;
        }
        effectiveIsRecurring = same;
        single = alone;
        unscaled = new long[count];
        scales = new byte[count];
        int next = 0;
        for (int i = 0; i < N; i++) {
            OptionCost c = options.at(i);
            if (!c.isPriced() || c.lines().size() > Short.MAX_VALUE) {
                at[i] = -1;
                if (unpriced == null) unpriced = new OptionCost[N];
                unpriced[i] = c;
                continue;
            }
            at[i] = (byte) next;
            basis[i] = (byte) c.basis().ordinal();
            if (c.reason() != null) {
                if (reasons == null) reasons = new String[N];
                reasons[i] = c.reason();
            }
            if (!c.unpriced().isEmpty()) {
                if (awaiting == null) awaiting = new java.util.List<?>[N];
                awaiting[i] = c.unpriced();
            }
            lines[i] = (short) c.lines().size();
            put(next++, c.monthlyRecurring());
            if ((alone & (1L << i)) == 0) {
                put(next++, c.upfront());
                put(next++, c.monthlyEffective());
            }
        }
    }

    /**
     * {@code options} kept compact, each option's lines priced again by {@code pricing} when first read; options
     * without lines (not applicable, missing) are kept as they are.
     */
    static OptionMap<OptionCost> of(OptionMap<OptionCost> options, LaterLines.Source pricing) {
        return OptionMap.over(new OptionFigures(options, pricing));
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
            if (whole == null) whole = new BigDecimal[unscaled.length];
            whole[at] = v;
        }
    }

    /** Whether option {@code i} is priced. */
    boolean priced(int i) { return at[i] >= 0; }

    /** The cost of option {@code i} when it is not priced. */
    OptionCost unpriced(int i) { return unpriced[i]; }

    boolean effectiveIsRecurring(int i) { return (effectiveIsRecurring & (1L << i)) != 0; }

    /** Where figure {@code figure} of priced option {@code i} is; an option kept {@link #single} has its recurring one alone. */
    private int index(int i, int figure) {
        if ((single & (1L << i)) == 0) return at[i] + figure;
        if (figure == UPFRONT) throw new IllegalArgumentException("option " + i + " has no upfront part");
        return at[i];
    }

    long unscaled(int i, int figure) { return unscaled[index(i, figure)]; }

    /** The scale of a figure, or {@link #WHOLE} when only {@link #figure} gives it. */
    int scale(int i, int figure) { return scales[index(i, figure)]; }

    BigDecimal figure(int i, int figure) {
        if (figure == UPFRONT && (single & (1L << i)) != 0) return BigDecimal.ZERO;
        int k = index(i, figure);
        return scales[k] == WHOLE ? whole[k] : BigDecimal.valueOf(unscaled[k], scales[k]);
    }

    /** The option's cost, as the pricer gave it (its lines priced again when first read). */
    @Override public OptionCost apply(PurchaseOption option) {
        int i = option.index();
        if (!priced(i)) return unpriced(i);
        BigDecimal recurring = figure(i, RECURRING);
        BigDecimal effective = effectiveIsRecurring(i) ? recurring : figure(i, EFFECTIVE);
        java.util.List<CostLine> l = lines[i] == 0 ? java.util.List.of() : new LaterLines(source, i, lines[i]);
        @SuppressWarnings("unchecked")
        java.util.List<UnpricedLine> gaps = awaiting == null || awaiting[i] == null ? java.util.List.of() : (java.util.List<UnpricedLine>) awaiting[i];
        return new OptionCost(option, OptionCost.Status.PRICED, figure(i, UPFRONT), recurring, effective, BASES[basis[i]],
                l, reasons == null ? null : reasons[i], java.util.List.of(), gaps);
    }
}
