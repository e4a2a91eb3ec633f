package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

/**
 * NOT_APPLICABLE costs for a reason that never changes ("Lambda has no Reserved Instances"), made once per
 * option and shared by every block: most of a Lambda's or a load balancer's 26 options are these.
 */
public final class NotApplicable {
    private final OptionCost[] costs = new OptionCost[PurchaseOption.ALL.size()];

    public NotApplicable(String reason) {
        for (PurchaseOption o : PurchaseOption.ALL) costs[o.index()] = OptionCost.notApplicable(o, reason);
    }

    public OptionCost of(PurchaseOption option) { return costs[option.index()]; }
}
