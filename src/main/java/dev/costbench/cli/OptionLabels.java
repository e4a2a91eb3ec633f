package dev.costbench.cli;

import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.Optional;

/** Short option names for narrow table columns, and the cheapest priced option of a family. */
final class OptionLabels {
    private OptionLabels() {}

    /** "RI 3y std all", "Compute SP 1y none", "On-Demand": the words that tell options apart in a narrow column. */
    static String shortLabel(PurchaseOption option) {
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

    /** The priced option of {@code family} with the lowest monthly effective cost. */
    static Optional<OptionMap.Entry<OptionCost>> cheapest(OptionMap<OptionCost> options, PurchaseFamily family) {
        return cheapest(options, family, c -> c.isPriced() ? c.monthlyEffective() : null);
    }

    /** Like {@link #cheapest} for scenario totals. */
    static Optional<PurchaseOption> cheapestTotal(OptionMap<OptionTotal> totals, PurchaseFamily family) {
        return cheapest(totals, family, OptionTotal::monthlyEffective).map(OptionMap.Entry::option);
    }

    private static <V> Optional<OptionMap.Entry<V>> cheapest(OptionMap<V> values, PurchaseFamily family, Function<V, BigDecimal> amount) {
        OptionMap.Entry<V> best = null;
        BigDecimal lowest = null;
        for (OptionMap.Entry<V> e : values.family(family)) {
            BigDecimal a = e.value() == null ? null : amount.apply(e.value());
            if (a == null) continue;
            if (lowest == null || a.compareTo(lowest) < 0) {
                best = e;
                lowest = a;
            }
        }
        return Optional.ofNullable(best);
    }
}
