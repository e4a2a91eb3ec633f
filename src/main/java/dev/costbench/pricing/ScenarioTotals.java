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
        OptionCost chosen = block.chosen();
        if (chosen.isPriced()) {
            chosenMonthly.add(chosen.monthlyEffective(), sign);
            if (chosen.upfront().signum() != 0) chosenUpfront.add(chosen.upfront(), sign);
        }
        // the design on Graviton: the twin under the block's option where it has that price, else the block itself
        OptionCost onGraviton = TwinPricing.comparedCost(block.graviton(), block.chosenOption());
        if (onGraviton == null || !onGraviton.isPriced()) onGraviton = chosen;
        if (onGraviton.isPriced()) gravitonMonthly.add(onGraviton.monthlyEffective(), sign);
    }

    private void countOptions(OptionMap<OptionCost> options, int sign) {
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
     */
    private static final class Sum {
        /** Places counted one by one: every figure the engine derives has at most {@link Money#SCALE}. */
        private static final int PLACES = 16;

        private BigDecimal total = BigDecimal.ZERO;
        /** {@code places[k]}: figures with k decimal places (1..PLACES); figures with 0 or fewer need none. */
        private final int[] places = new int[PLACES + 1];
        private int longer;

        void add(BigDecimal v, int sign) {
            total = sign > 0 ? total.add(v) : total.subtract(v);
            count(v.scale(), sign);
        }

        private void count(int scale, int sign) {
            if (scale <= 0) return;
            if (scale > PLACES) longer += sign;
            else places[scale] += sign;
        }

        void add(Sum part) {
            total = total.add(part.total);
            for (int k = 1; k <= PLACES; k++) places[k] += part.places[k];
            longer += part.longer;
        }

        /** The sum at the scale a fresh sum of the same figures has: the most decimal places of any figure in it. */
        BigDecimal value() {
            if (longer > 0) return total;
            int scale = 0;
            for (int k = PLACES; k > 0; k--) if (places[k] > 0) { scale = k; break; }
            return total.scale() == scale ? total : total.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }
}
