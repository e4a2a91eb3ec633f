package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.pricing.graviton.TwinPricing;

import java.math.BigDecimal;

/**
 * The scenario's total under each option: every block under that option; a block the option does not apply to
 * counts at its On-Demand cost ({@code fallbackBlocks}); a block with no price under the option (or, when it
 * falls back, On-Demand) adds nothing and makes the total incomplete ({@code missingBlocks}). Also the total of
 * every block under its chosen option, and the same on Graviton. Blocks are added as soon as they are priced,
 * while their figures are still in the processor's cache.
 */
final class ScenarioTotals {
    private static final int N = PurchaseOption.ALL.size();

    // most options have no upfront part, so their effective figure is their recurring one: it is added once, to
    // both; only options with an upfront part add recurring and effective separately
    private final BigDecimal[] upfront = new BigDecimal[N], both = new BigDecimal[N], recurringOnly = new BigDecimal[N],
            effectiveOnly = new BigDecimal[N];
    private final int[] fallback = new int[N], missing = new int[N];
    private BigDecimal chosenMonthly = BigDecimal.ZERO, chosenUpfront = BigDecimal.ZERO, gravitonMonthly = BigDecimal.ZERO;

    ScenarioTotals() {
        for (int i = 0; i < N; i++) upfront[i] = both[i] = recurringOnly[i] = effectiveOnly[i] = BigDecimal.ZERO;
    }

    void add(BlockCost block) {
        addOptions(block.options());
        OptionCost chosen = block.chosen();
        if (chosen.isPriced()) {
            chosenMonthly = chosenMonthly.add(chosen.monthlyEffective());
            if (chosen.upfront().signum() != 0) chosenUpfront = chosenUpfront.add(chosen.upfront());
        }
        // the design on Graviton: the twin under the block's option where it has that price, else the block itself
        OptionCost onGraviton = TwinPricing.comparedCost(block.graviton(), block.chosenOption());
        if (onGraviton == null || !onGraviton.isPriced()) onGraviton = chosen;
        if (onGraviton.isPriced()) gravitonMonthly = gravitonMonthly.add(onGraviton.monthlyEffective());
    }

    private void addOptions(OptionMap<OptionCost> options) {
        OptionCost onDemand = options.get(PurchaseOption.ON_DEMAND);
        for (int i = 0; i < N; i++) {
            OptionCost counted = options.at(i);
            if (counted.status() == OptionCost.Status.NOT_APPLICABLE) {
                fallback[i]++;
                counted = onDemand;
            }
            if (counted.isPriced()) {
                if (counted.monthlyEffective() == counted.monthlyRecurring()) {
                    both[i] = both[i].add(counted.monthlyRecurring());
                } else {
                    upfront[i] = upfront[i].add(counted.upfront());
                    recurringOnly[i] = recurringOnly[i].add(counted.monthlyRecurring());
                    effectiveOnly[i] = effectiveOnly[i].add(counted.monthlyEffective());
                }
            } else {
                missing[i]++;
            }
        }
    }

    /** Adds another part of the same scenario (sums are exact, so the order parts are added in does not matter). */
    void add(ScenarioTotals part) {
        for (int i = 0; i < N; i++) {
            upfront[i] = upfront[i].add(part.upfront[i]);
            both[i] = both[i].add(part.both[i]);
            recurringOnly[i] = recurringOnly[i].add(part.recurringOnly[i]);
            effectiveOnly[i] = effectiveOnly[i].add(part.effectiveOnly[i]);
            fallback[i] += part.fallback[i];
            missing[i] += part.missing[i];
        }
        chosenMonthly = chosenMonthly.add(part.chosenMonthly);
        chosenUpfront = chosenUpfront.add(part.chosenUpfront);
        gravitonMonthly = gravitonMonthly.add(part.gravitonMonthly);
    }

    BigDecimal chosenMonthly() { return chosenMonthly; }

    BigDecimal chosenUpfront() { return chosenUpfront; }

    BigDecimal gravitonMonthly() { return gravitonMonthly; }

    OptionMap<OptionTotal> build() {
        return OptionMap.of(o -> {
            int i = o.index();
            return new OptionTotal(o.key(), upfront[i], both[i].add(recurringOnly[i]), both[i].add(effectiveOnly[i]),
                    fallback[i], missing[i]);
        });
    }
}
