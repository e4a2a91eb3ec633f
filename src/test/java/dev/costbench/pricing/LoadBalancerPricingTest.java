package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.LoadBalancer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LoadBalancerPricingTest {

    private static LoadBalancer lb(LoadBalancer.Type type, String newPerSec, String activePerMin, String gbPerHour,
                                   String rulesPerSec) {
        return new LoadBalancer("lb", "edge", 0, 0, null, type, new BigDecimal(newPerSec), new BigDecimal(activePerMin),
                new BigDecimal(gbPerHour), new BigDecimal(rulesPerSec));
    }

    @Test
    void albCapacityUnitsFollowTheLargestDimension() {
        // new conn 50/s ÷ 25 = 2; active 3000/min ÷ 3000 = 1; 1.5 GB/h; rules 500/s ÷ 1000 = 0.5 → 2 LCU
        // hours $0.0225 × 730 = 16.425; 2 LCU × $0.008 × 730 = 11.68
        BlockCost b = one(lb(LoadBalancer.Type.ALB, "50", "3000", "1.5", "500"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("28.105", od.monthlyEffective());
        assertCents("28.11", od.monthlyEffective());
        assertExactly("2", line(od, "elb.capacity-units").quantity());
        assertEquals("ALB · 2 LCU", b.keySize());
    }

    @Test
    void processedBytesCanBeTheLargestDimension() {
        // 3.2 GB/h beats 10/s ÷ 25 = 0.4: 3.2 × 0.008 × 730 = 18.688 + 16.425
        BlockCost b = one(lb(LoadBalancer.Type.ALB, "10", "0", "3.2", "0"));
        assertExactly("35.113", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("ALB · 3.2 LCU", b.keySize());
    }

    @Test
    void nlbUsesNlcuDivisors() {
        // new conn 1600/s ÷ 800 = 2; active 50,000/min ÷ 100,000 = 0.5; 1 GB/h → 2 NLCU
        // 16.425 + 2 × 0.006 × 730 = 8.76
        BlockCost b = one(lb(LoadBalancer.Type.NLB, "1600", "50000", "1", "0"));
        assertExactly("25.185", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("NLB · 2 NLCU", b.keySize());
    }

    @Test
    void loadBalancersAreOnDemandOnlyAndHaveNoTwin() {
        BlockCost b = one(lb(LoadBalancer.Type.ALB, "50", "0", "0", "0"));
        assertEquals("Load balancers have no Spot pricing", option(b, PurchaseOption.SPOT).reason());
        assertEquals("Load balancers have no Reserved Instances", option(b, PurchaseOption.parse("reserved/3y/convertible/all-upfront")).reason());
        assertEquals("Savings Plans do not cover load balancers", option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront")).reason());
        assertFalse(b.graviton().available());
        assertEquals("load balancers have no Graviton twin: AWS runs them on its own hardware", b.graviton().reason());
    }
}
