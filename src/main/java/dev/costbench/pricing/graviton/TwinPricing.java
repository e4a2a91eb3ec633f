package dev.costbench.pricing.graviton;

import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a priced twin into the report's {@link GravitonTwin}: the saving is the block's cost under its chosen
 * option minus the twin's cost under the same option (On-Demand when that option does not apply to the twin,
 * as for the block itself). No saving is shown when either side lacks a price.
 */
public final class TwinPricing {
    private TwinPricing() {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static GravitonTwin of(String fromType, String twinType, String rule, PricedBlock twin, PurchaseOption chosenOption,
                                  OptionCost chosen) {
        OptionCost same = twin.options().get(chosenOption);
        if (same == null || same.status() == OptionCost.Status.NOT_APPLICABLE)
            same = twin.options().get(PurchaseOption.ON_DEMAND);
        BigDecimal saving = null, pct = null;
        if (chosen != null && chosen.isPriced() && same != null && same.isPriced()) {
            saving = chosen.monthlyEffective().subtract(same.monthlyEffective());
            if (chosen.monthlyEffective().signum() != 0)
                pct = saving.multiply(HUNDRED).divide(chosen.monthlyEffective(), 2, RoundingMode.HALF_UP);
        }
        return new GravitonTwin(true, fromType, twinType, rule, twin.options(), saving, pct, null);
    }

    /** The twin's cost that the saving compares against (the chosen option, else On-Demand). */
    public static OptionCost comparedCost(GravitonTwin twin, PurchaseOption chosenOption) {
        if (!twin.available()) return null;
        OptionCost same = twin.options().get(chosenOption);
        return same == null || same.status() == OptionCost.Status.NOT_APPLICABLE
                ? twin.options().get(PurchaseOption.ON_DEMAND) : same;
    }
}
