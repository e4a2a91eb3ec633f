package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A fixed fleet of EC2 instances against the shipped catalog: On-Demand Linux m5.large $0.096 an hour in us-east-1 and
 * $0.107 in eu-west-1 (https://aws.amazon.com/ec2/pricing/on-demand/), gp3 $0.08 and $0.088 per GB-month
 * (https://aws.amazon.com/ebs/pricing/); 730 hours a month.
 */
class Ec2InstancesPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static BlockCost price(String region, Block b) {
        return ENGINE.price(new Scenario("ec2", region, List.of(b), List.of(), PurchaseOption.ON_DEMAND, false)).blocks().get(0);
    }

    private static Ec2Instances fleet() { return new Ec2Instances("web", "web", 0, 0, null, "m5.large", 3, 20, null); }

    @Test
    void usEast1ThreeInstancesWithTheirVolumes() {
        // 3 × 0.096 × 730 = 210.24; EBS 3 × 20 GB × 0.08 = 4.80          total 215.04
        BlockCost b = price("us-east-1", fleet());
        assertExactly("215.04", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("3 × m5.large", b.keySize());
    }

    @Test
    void euWest1AtItsOwnRates() {
        // 3 × 0.107 × 730 = 234.33; EBS 60 GB × 0.088 = 5.28              total 239.61
        assertExactly("239.61", option(price("eu-west-1", fleet()), PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void everyPurchaseOptionAndTheGravitonTwinAreTheFixedAutoScalingGroups() {
        // one home: the fleet prices exactly as a group of min = desired = max = 3, under every option, twin included
        BlockCost fleet = price("us-east-1", fleet());
        BlockCost group = price("us-east-1", new AutoScalingGroup("web", "web", 0, 0, null, "m5.large", 3, 3, 3, 0, 100, 20, null, null));
        for (PurchaseOption o : PurchaseOption.ALL) {
            OptionCost f = fleet.option(o), g = group.option(o);
            assertEquals(g.status(), f.status(), o.key());
            if (g.monthlyEffective() != null) assertExactly(g.monthlyEffective().toPlainString(), f.monthlyEffective());
        }
        assertNotNull(fleet.graviton(), "m5.large has a Graviton twin");
        assertEquals(group.graviton().twinType(), fleet.graviton().twinType());
        // the Spot option buys every instance on Spot, as the group's does
        assertEquals(OptionCost.Status.PRICED, fleet.option(PurchaseOption.SPOT).status());
    }
}
