package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.pricing.graviton.TwinPricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scenario's total under each option: every block under that option; a block the option does not apply to
 * counts at its On-Demand cost ({@code fallbackBlocks}); a block with no price under the option (or, when it
 * falls back, On-Demand) adds nothing and makes the total incomplete ({@code missingBlocks}). Also the total of
 * every block under its chosen option, and the same on Graviton. Blocks are added as soon as they are priced,
 * while their figures are still in the processor's cache.
 * <p>
 * Totals are kept by difference: after an edit the engine {@link #remove removes} the old figures of the blocks
 * the edit touched and adds their new ones, without visiting the others. Sums are exact, so a total kept by
 * difference is the same number as one summed afresh; each sum also counts how many of its figures have each
 * number of decimal places, so {@link #build} gives it the same scale a fresh sum has (the most places of any
 * figure in it) and the two are equal as BigDecimals, not only in value.
 */
final class ScenarioTotals {
    private static final int N = PurchaseOption.ALL.size();

    private final Sum[] upfront = new Sum[N], recurring = new Sum[N], effective = new Sum[N];
    private final int[] fallback = new int[N], missing = new int[N];
    private final Sum chosenMonthly = new Sum(), chosenUpfront = new Sum(), gravitonMonthly = new Sum();

    ScenarioTotals() {
        for (int i = 0; i < N; i++) {
            upfront[i] = new Sum();
            recurring[i] = new Sum();
            effective[i] = new Sum();
        }
    }

    /** An independent copy, to be changed by difference while this one stays as it is. */
    ScenarioTotals copy() {
        ScenarioTotals c = new ScenarioTotals();
        c.add(this);
        return c;
    }

    void add(BlockCost block) { count(block, 1); }

    /** Takes back what {@link #add} added for {@code block}: its old figures, before an edit. */
    void remove(BlockCost block) { count(block, -1); }

    private void count(BlockCost block, int sign) {
        countOptions(block.options(), sign);
        // read from the compact figures, without making the chosen option's cost at every add and take-back
        BigDecimal chosen = block.chosenMonthly();
        if (chosen != null) {
            chosenMonthly.add(chosen, sign);
            BigDecimal upfront = block.chosenUpfront();
            if (upfront.signum() != 0) chosenUpfront.add(upfront, sign);
        }
        // the design on Graviton: the twin under the block's option where it has that price, else the block itself
        OptionCost onGraviton = TwinPricing.comparedCost(block.graviton(), block.chosenOption());
        if (onGraviton != null && onGraviton.isPriced()) gravitonMonthly.add(onGraviton.monthlyEffective(), sign);
        else if (chosen != null) gravitonMonthly.add(chosen, sign);
    }

    private void countOptions(OptionMap<OptionCost> options, int sign) {
        OptionFigures figures = OptionFigures.behind(options);
        if (figures != null) {
            countFigures(figures, sign);
            return;
        }
        OptionCost onDemand = options.get(PurchaseOption.ON_DEMAND);
        for (int i = 0; i < N; i++) {
            OptionCost counted = options.at(i);
            if (counted.status() == OptionCost.Status.NOT_APPLICABLE) {
                fallback[i] += sign;
                counted = onDemand;
            }
            if (counted.isPriced()) {
                recurring[i].add(counted.monthlyRecurring(), sign);
                // most options have no upfront part, so their effective figure is their recurring one (the same object)
                if (counted.monthlyEffective() == counted.monthlyRecurring()) {
                    effective[i].add(counted.monthlyRecurring(), sign);
                } else {
                    upfront[i].add(counted.upfront(), sign);
                    effective[i].add(counted.monthlyEffective(), sign);
                }
            } else {
                missing[i] += sign;
            }
        }
    }

    /** The same as {@link #countOptions} for the engine's compact figures, read without making an {@link OptionCost}. */
    private void countFigures(OptionFigures f, int sign) {
        int onDemand = PurchaseOption.ON_DEMAND.index();
        for (int i = 0; i < N; i++) {
            int counted = i;
            if (!f.priced(i) && f.unpriced(i).status() == OptionCost.Status.NOT_APPLICABLE) {
                fallback[i] += sign;
                counted = onDemand;
            }
            if (f.priced(counted)) {
                recurring[i].add(f, counted, OptionFigures.RECURRING, sign);
                if (f.effectiveIsRecurring(counted)) {
                    effective[i].add(f, counted, OptionFigures.RECURRING, sign);
                } else {
                    upfront[i].add(f, counted, OptionFigures.UPFRONT, sign);
                    effective[i].add(f, counted, OptionFigures.EFFECTIVE, sign);
                }
            } else {
                missing[i] += sign;
            }
        }
    }

    /** Adds another part of the same scenario (sums are exact, so the order parts are added in does not matter). */
    void add(ScenarioTotals part) {
        for (int i = 0; i < N; i++) {
            upfront[i].add(part.upfront[i]);
            recurring[i].add(part.recurring[i]);
            effective[i].add(part.effective[i]);
            fallback[i] += part.fallback[i];
            missing[i] += part.missing[i];
        }
        chosenMonthly.add(part.chosenMonthly);
        chosenUpfront.add(part.chosenUpfront);
        gravitonMonthly.add(part.gravitonMonthly);
    }

    BigDecimal chosenMonthly() { return chosenMonthly.value(); }

    BigDecimal chosenUpfront() { return chosenUpfront.value(); }

    BigDecimal gravitonMonthly() { return gravitonMonthly.value(); }

    OptionMap<OptionTotal> build() {
        return OptionMap.of(o -> {
            int i = o.index();
            return new OptionTotal(o.key(), upfront[i].value(), recurring[i].value(), effective[i].value(),
                    fallback[i], missing[i]);
        });
    }

    /**
     * An exact sum of money figures that can also take figures back, with how many of its figures have each
     * number of decimal places (places beyond {@link #PLACES} are counted together and keep the sum as it is).
     * <p>
     * The sum is kept as a whole number of ten-billionths of a dollar ({@link Money#SCALE} places) in a
     * {@code long}: every figure the engine derives has at most that many places, so adding one is a long
     * addition, where a BigDecimal sum made a new BigDecimal for every figure (some 65 a block, most of a large
     * reprice's garbage after the pricers' own). A figure that does not fit (more places, or more than 15 digits)
     * or a sum that would overflow goes to a BigDecimal remainder, so the sum stays exact whatever it is given.
     * BigDecimal is only made when the total is read.
     */
    static final class Sum {
        /** Places counted one by one: every figure the engine derives has at most {@link Money#SCALE}. */
        private static final int PLACES = 16;
        /** The places of the long part. */
        private static final int FIXED = Money.SCALE;
        /** Digits below which a figure's unscaled value is read exactly through a double (see {@link #unscaled}). */
        private static final int EXACT_DIGITS = 15;
        private static final long[] POW10 = new long[FIXED + 1];
        private static final double[] DOUBLE_POW10 = new double[FIXED + 1];
        /** {@code FITS[k]}: 10^(18 - k), below which an unscaled value times 10^k fits a long. */
        private static final long[] FITS = new long[FIXED + 1];
        static {
            long p = 1;
            for (int k = 0; k <= FIXED; k++, p *= 10) {
                POW10[k] = p;
                DOUBLE_POW10[k] = p;
            }
            for (int k = 0; k <= FIXED; k++) FITS[k] = POW10[FIXED] * 100_000_000L / POW10[k];
        }

        /** The figures that fit, in units of 10^-{@link #FIXED}. */
        private long fixed;
        /** The figures that do not fit in {@link #fixed}, or what it overflowed into; null while there are none. */
        private BigDecimal rest;
        /** {@code places[k]}: figures with k decimal places (1..PLACES); figures with 0 or fewer need none. */
        private final int[] places = new int[PLACES + 1];
        private int longer;

        void add(BigDecimal v, int sign) {
            int scale = v.scale();
            count(scale, sign);
            // precision + missing places <= 18 digits: the figure in units of 10^-FIXED is below 10^18, so it fits a long
            if (scale >= 0 && scale <= FIXED && v.precision() <= EXACT_DIGITS && v.precision() + FIXED - scale <= 18) {
                long f = unscaled(v, scale) * POW10[FIXED - scale];
                addFixed(sign > 0 ? f : -f);
            } else {
                rest = rest == null ? (sign > 0 ? v : v.negate()) : sign > 0 ? rest.add(v) : rest.subtract(v);
            }
        }

        /** Figure {@code figure} of option {@code option} of {@code f}, as {@link #add(BigDecimal, int)} adds it. */
        void add(OptionFigures f, int option, int figure, int sign) {
            int scale = f.scale(option, figure);
            if (scale == OptionFigures.WHOLE) {
                add(f.figure(option, figure), sign);
                return;
            }
            long u = f.unscaled(option, figure);
            count(scale, sign);
            // below 10^18 in units of 10^-FIXED fits a long; the sum is exact either way, so only the speed differs
            if (scale >= 0 && scale <= FIXED && Math.abs(u) < FITS[FIXED - scale]) {
                long v = u * POW10[FIXED - scale];
                addFixed(sign > 0 ? v : -v);
            } else {
                BigDecimal v = BigDecimal.valueOf(u, scale);
                rest = rest == null ? (sign > 0 ? v : v.negate()) : sign > 0 ? rest.add(v) : rest.subtract(v);
            }
        }

        /**
         * The unscaled value of {@code v} (at most {@link #EXACT_DIGITS} digits, {@code scale} of 0 to {@link #FIXED})
         * without making an object: {@code doubleValue} is the correctly rounded quotient unscaled ÷ 10^scale, and
         * multiplying back rounds once more, so the result is within |unscaled| × 2.2 × 2^-53 &lt; 0.25 of the unscaled
         * value (|unscaled| &lt; 10^15) and rounds to it exactly.
         */
        static long unscaled(BigDecimal v, int scale) {
            return Math.round(v.doubleValue() * DOUBLE_POW10[scale]);
        }

        private void addFixed(long f) {
            long r = fixed + f;
            // overflow (both operands of one sign, the result of the other): the long part so far goes to the remainder
            if (((fixed ^ r) & (f ^ r)) < 0) {
                BigDecimal spilled = BigDecimal.valueOf(fixed, FIXED);
                rest = rest == null ? spilled : rest.add(spilled);
                r = f;
            }
            fixed = r;
        }

        private void count(int scale, int sign) {
            if (scale <= 0) return;
            if (scale > PLACES) longer += sign;
            else places[scale] += sign;
        }

        void add(Sum part) {
            addFixed(part.fixed);
            if (part.rest != null) rest = rest == null ? part.rest : rest.add(part.rest);
            for (int k = 1; k <= PLACES; k++) places[k] += part.places[k];
            longer += part.longer;
        }

        /** The sum at the scale a fresh sum of the same figures has: the most decimal places of any figure in it. */
        BigDecimal value() {
            BigDecimal total = BigDecimal.valueOf(fixed, FIXED);
            if (rest != null) total = total.add(rest);
            if (longer > 0) return total;
            int scale = 0;
            for (int k = PLACES; k > 0; k--) if (places[k] > 0) { scale = k; break; }
            return total.scale() == scale ? total : total.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }
}
