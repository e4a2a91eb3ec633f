package dev.costbench.pricing;

import java.util.Collection;

/**
 * The totals of some of a scenario's blocks (those with one tag value, say), by the same rule as the scenario's own
 * totals ({@link ScenarioTotals}): under each option, a block the option does not apply to counts at On-Demand and
 * one without a price makes the total incomplete; under the chosen options, each block's chosen figure. So the
 * groups of a scenario add up to its totals exactly.
 */
public record GroupTotal(OptionMap<OptionTotal> options, OptionTotal chosen) {

    public static GroupTotal of(Collection<BlockCost> blocks) {
        ScenarioTotals t = new ScenarioTotals();
        int missing = 0;
        for (BlockCost b : blocks) {
            t.add(b);
            if (!b.chosenPriced()) missing++;
        }
        return new GroupTotal(t.build(), new OptionTotal("chosen", t.chosenUpfront(), t.chosenMonthly(), t.chosenMonthly(), 0, missing));
    }
}
