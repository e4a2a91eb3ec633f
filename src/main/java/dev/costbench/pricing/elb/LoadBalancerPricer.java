package dev.costbench.pricing.elb;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.util.List;

/** An ALB or NLB: an hourly charge plus capacity units on the largest dimension. Sold On-Demand only. */
public final class LoadBalancerPricer {
    private LoadBalancerPricer() {}

    public static final String NO_SPOT = "Load balancers have no Spot pricing";
    public static final String NO_RESERVED = "Load balancers have no Reserved Instances";
    public static final String NO_PLANS = "Savings Plans do not cover load balancers";
    private static final NotApplicable SPOT_NA = new NotApplicable(NO_SPOT);
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable PLANS_NA = new NotApplicable(NO_PLANS);

    /** One load balancer, billed by the hour whatever its traffic. */
    private static final Quantity ONE = Quantity.Constant.of(1);

    public static PricedBlock price(LoadBalancer lb, RateBook rates) { return price(lb, rates, AlbTargets.OTHER); }

    /** {@code targets}: what the load balancer forwards to, as the design's connections say. */
    public static PricedBlock price(LoadBalancer lb, RateBook rates, AlbTargets targets) {
        boolean alb = lb.type() == LoadBalancer.Type.ALB;
        String name = alb ? "ALB" : "NLB";
        String unitName = alb ? "LCU" : "NLCU";
        CapacityUnits units = CapacityUnits.of(lb, alb && targets.lambda());
        ServiceDimension hour = rates.service(ServiceRates.ELB, alb ? ServiceRates.ALB_HOUR : ServiceRates.NLB_HOUR);
        ServiceDimension unit = rates.service(ServiceRates.ELB, alb ? ServiceRates.ALB_LCU_HOUR : ServiceRates.NLB_NLCU_HOUR);
        OptionLines out = new OptionLines(PurchaseOption.ON_DEMAND);
        if (hour.rate() == null) out.missing(hour.missing());
        else out.add(CostLine.hourly("elb.hours", name + " hours", ONE, "load balancers",
                hour.rateRef(name + " hours", "per load balancer-hour"), hour.rate().usd(), hour.perMonth()));
        if (unit.rate() == null) out.missing(unit.missing());
        else {
            Wording words = Wording.of(unitName + "s (largest: ", units.largest(), ")");
            out.add(CostLine.hourly("elb.capacity-units", words, units.units(), unitName,
                    unit.rateRef(name + " " + unitName + "-hour", "per " + unitName + "-hour"), unit.rate().usd(),
                    unit.perMonth()));
        }
        OptionCost onDemand = out.build();
        Wording keySize = Wording.of(name + (alb || lb.protocol() == LoadBalancer.Protocol.TCP ? "" : " " + lb.protocol().name())
                + " · ", units.units(), " " + unitName);
        return PricedBlock.sized(keySize, PricedBlock.eachOption(o -> switch (o) {
            case PurchaseOption.OnDemand d -> onDemand;
            case PurchaseOption.Spot s -> SPOT_NA.of(o);
            case PurchaseOption.Reserved r -> RESERVED_NA.of(o);
            case PurchaseOption.SavingsPlan p -> PLANS_NA.of(o);
        }), alb && targets == AlbTargets.MIXED ? List.of(AlbTargets.MIXED_WARNING) : List.of());
    }
}
