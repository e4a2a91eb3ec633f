package dev.costbench.pricing.traffic;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.KeySize;
import dev.costbench.model.NatGateway;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.util.List;

/**
 * NAT gateways (https://aws.amazon.com/vpc/pricing/): each gateway bills every hour of the month (730 h). The GB they
 * process are the connections' ({@link TrafficLines}, on top of this). Sold On-Demand only: no Spot, reservations or
 * Savings Plans cover a NAT gateway.
 */
public final class NatGatewayPricer {
    private NatGatewayPricer() {}

    public static final String NO_TWIN = "NAT gateways have no Graviton twin: AWS runs them on its own hardware";
    private static final NotApplicable SPOT_NA = new NotApplicable("NAT gateways have no Spot pricing");
    private static final NotApplicable RESERVED_NA = new NotApplicable("NAT gateways have no reservations");
    private static final NotApplicable PLANS_NA = new NotApplicable("Savings Plans do not cover NAT gateways");

    public static PricedBlock price(NatGateway n, RateBook rates) {
        OptionLines out = new OptionLines(PurchaseOption.ON_DEMAND);
        ServiceDimension hour = rates.service(ServiceRates.VPC, ServiceRates.NAT_GATEWAY_HOUR);
        Quantity.Input gateways = Quantity.Input.number("gateways", "NAT gateways", "gateways", "each billed every hour", n.gateways());
        if (hour.rate() == null) out.missing(hour.missing());
        else out.add(CostLine.hourly("nat.hours", "NAT gateway hours", gateways, "gateways", hour.rateRef("NAT gateway-hour", "per hour"),
                hour.rate().usd(), hour.perMonth()));
        OptionCost onDemand = out.build();
        return new PricedBlock(KeySize.of(n), onDemandOnly(onDemand), List.of());
    }

    static dev.costbench.pricing.OptionMap<OptionCost> onDemandOnly(OptionCost onDemand) {
        return PricedBlock.eachOption(o -> switch (o) {
            case PurchaseOption.OnDemand d -> onDemand;
            case PurchaseOption.Spot s -> SPOT_NA.of(o);
            case PurchaseOption.Reserved r -> RESERVED_NA.of(o);
            case PurchaseOption.SavingsPlan p -> PLANS_NA.of(o);
        });
    }
}
