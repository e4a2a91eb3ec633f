package dev.costbench.cli;

import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Short option names for narrow table columns, and the cheapest priced option of a family. */
final class OptionLabels {
    private OptionLabels() {}

    /** "RI 3y std all", "Compute SP 1y none", "On-Demand": the words that tell options apart in a narrow column. */
    static String shortLabel(String key) {
        PurchaseOption option = PurchaseOption.parse(key);
        if (option == null) return key;
        return switch (option) {
            case PurchaseOption.OnDemand o -> "On-Demand";
            case PurchaseOption.Spot s -> "Spot";
            case PurchaseOption.Reserved r -> "RI " + r.offer().term().key() + " "
                    + (r.offer().offeringClass() == OfferingClass.STANDARD ? "std" : "conv") + " " + upfront(r.offer().payment());
            case PurchaseOption.SavingsPlan p -> (p.plan().type() == SavingsPlanType.COMPUTE ? "Compute SP " : "EC2 SP ")
                    + p.plan().term().key() + " " + upfront(p.plan().payment());
        };
    }

    /** How much is paid upfront: all, partial or none. */
    private static String upfront(Payment p) {
        return switch (p) {
            case NO_UPFRONT -> "none";
            case PARTIAL_UPFRONT -> "partial";
            case ALL_UPFRONT -> "all";
        };
    }

    /** The priced option of {@code family} (reserved, savings-plan) with the lowest monthly effective cost. */
    static Optional<Map.Entry<String, OptionCost>> cheapest(Map<String, OptionCost> options, String family) {
        Map.Entry<String, OptionCost> best = null;
        for (Map.Entry<String, OptionCost> e : options.entrySet()) {
            OptionCost c = e.getValue();
            PurchaseOption o = PurchaseOption.parse(e.getKey());
            if (o == null || !o.family().equals(family) || !c.isPriced()) continue;
            if (best == null || c.monthlyEffective().compareTo(best.getValue().monthlyEffective()) < 0) best = e;
        }
        return Optional.ofNullable(best);
    }

    /** Like {@link #cheapest} for scenario totals, which carry only amounts. */
    static Optional<String> cheapestKey(Map<String, BigDecimal> amounts, String family) {
        String best = null;
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            PurchaseOption o = PurchaseOption.parse(e.getKey());
            if (o == null || !o.family().equals(family) || e.getValue() == null) continue;
            if (best == null || e.getValue().compareTo(amounts.get(best)) < 0) best = e.getKey();
        }
        return Optional.ofNullable(best);
    }
}
