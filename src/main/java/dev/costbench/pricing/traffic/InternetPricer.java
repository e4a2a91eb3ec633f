package dev.costbench.pricing.traffic;

import dev.costbench.model.Internet;
import dev.costbench.model.KeySize;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricedBlock;

import java.util.List;

/**
 * The internet has no charge of its own: On-Demand with no lines, saying why. What is sent to it is billed to the sender
 * ({@link TrafficLines}); what it sends in is free (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer).
 */
public final class InternetPricer {
    private InternetPricer() {}

    public static final String NO_TWIN = "the internet has no Graviton twin: it runs nothing of the design's";
    public static final String NO_CHARGE = "the internet has no charge of its own: the blocks that send to it pay for"
            + " the GB as data transfer, and what it sends in is free";
    private static final NotApplicable OTHER_NA = new NotApplicable("the internet is billed only as data transfer, On-Demand");

    public static PricedBlock price(Internet i) {
        OptionCost free = OptionCost.noChargeOfItsOwn(PurchaseOption.ON_DEMAND, NO_CHARGE);
        return new PricedBlock(KeySize.of(i), PricedBlock.eachOption(o -> o instanceof PurchaseOption.OnDemand ? free : OTHER_NA.of(o)),
                List.of());
    }
}
