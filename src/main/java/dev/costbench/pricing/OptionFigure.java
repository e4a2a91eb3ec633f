package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.catalog.Basis;
import dev.costbench.model.purchase.SavingsPlanType;

/**
 * How a block's monthly figure under one option reads wherever it is shown (cost table, canvas, exported
 * diagram, CLI): "$560.64", "~$12.00" when estimated, "missing" (never $0), "n/a", or "no charge" (the Internet
 * block, which has no charge of its own: never $0.00); and an option's short name.
 */
public final class OptionFigure {
    public static final String MISSING = "missing";
    public static final String NOT_APPLICABLE = "n/a";
    public static final String NO_CHARGE = "no charge";

    private OptionFigure() {}

    public static String monthly(OptionCost cost) {
        if (cost == null) return "";
        return switch (cost.status()) {
            case MISSING -> MISSING;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case PRICED -> cost.noChargeOfItsOwn() ? NO_CHARGE : (cost.basis() == Basis.ESTIMATED ? "~" : "") + Money.format(cost.monthlyEffective());
        };
    }

    /** "OD", "Spot", "RI 1y", "SP 3y", "EC2 SP 1y": the option in a few letters, for a block's cost line. */
    public static String shortLabel(PurchaseOption o) {
        return switch (o) {
            case PurchaseOption.OnDemand d -> "OD";
            case PurchaseOption.Spot s -> "Spot";
            case PurchaseOption.Reserved r -> "RI " + r.offer().term().key();
            case PurchaseOption.SavingsPlan p -> (p.plan().type() == SavingsPlanType.COMPUTE ? "SP " : "EC2 SP ") + p.plan().term().key();
        };
    }
}
