package dev.costbench.pricing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's total under each option: every block under that option; a block the option does not apply to
 * counts at its On-Demand cost ({@code fallbackBlocks}); a block with no price under the option (or, when it
 * falls back, On-Demand) adds nothing and makes the total incomplete ({@code missingBlocks}). Blocks are added
 * as soon as they are priced, while their figures are still in the processor's cache.
 */
final class ScenarioTotals {
    private static final int N = PurchaseOption.ALL.size();

    private final BigDecimal[] upfront = new BigDecimal[N], recurring = new BigDecimal[N], effective = new BigDecimal[N];
    private final int[] fallback = new int[N], missing = new int[N];

    ScenarioTotals() {
        for (int i = 0; i < N; i++) upfront[i] = recurring[i] = effective[i] = BigDecimal.ZERO;
    }

    void add(OptionMap options) {
        OptionCost onDemand = options.get(PurchaseOption.ON_DEMAND);
        for (PurchaseOption o : PurchaseOption.ALL) {
            int i = o.index();
            OptionCost counted = options.get(o);
            if (counted.status() == OptionCost.Status.NOT_APPLICABLE) {
                fallback[i]++;
                counted = onDemand;
            }
            if (counted.isPriced()) {
                if (counted.upfront().signum() != 0) upfront[i] = upfront[i].add(counted.upfront());
                recurring[i] = recurring[i].add(counted.monthlyRecurring());
                effective[i] = effective[i].add(counted.monthlyEffective());
            } else {
                missing[i]++;
            }
        }
    }

    /** Adds another part of the same scenario (sums are exact, so the order parts are added in does not matter). */
    void add(ScenarioTotals part) {
        for (int i = 0; i < N; i++) {
            upfront[i] = upfront[i].add(part.upfront[i]);
            recurring[i] = recurring[i].add(part.recurring[i]);
            effective[i] = effective[i].add(part.effective[i]);
            fallback[i] += part.fallback[i];
            missing[i] += part.missing[i];
        }
    }

    Map<String, OptionTotal> build() {
        Map<String, OptionTotal> out = new LinkedHashMap<>(48);
        for (PurchaseOption o : PurchaseOption.ALL) {
            int i = o.index();
            out.put(o.key(), new OptionTotal(o.key(), upfront[i], recurring[i], effective[i], fallback[i], missing[i]));
        }
        return Collections.unmodifiableMap(out);
    }
}
