package dev.costbench.pricing.rates;

import dev.costbench.model.purchase.PurchaseOption;

/**
 * A rate's name as a line under each Savings Plan cites it ("Lambda requests, Compute SP 1yr No Upfront"): written
 * here once, and worked out once per kind of line rather than on every block's every plan line.
 */
public final class PlanRateNames {
    private final String[] names = new String[PurchaseOption.SavingsPlan.COUNT];

    public PlanRateNames(String rateName) {
        for (PurchaseOption o : PurchaseOption.ALL)
            if (o instanceof PurchaseOption.SavingsPlan p) names[p.offset()] = rateName + ", " + p.label();
    }

    public String under(PurchaseOption.SavingsPlan plan) { return names[plan.offset()]; }
}
