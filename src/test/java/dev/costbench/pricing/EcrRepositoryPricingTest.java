package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ECR against the shipped catalog: storage $0.10 per GB-month in us-east-1 (https://aws.amazon.com/ecr/pricing/);
 * data transfer out per GB (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer) as in infracost's 2024-09-25
 * golden: us-east-1 internet $0.09 first 10 TB, $0.085 next 40 TB, to other regions $0.02; eu-west-1 internet $0.09,
 * other regions $0.02.
 */
class EcrRepositoryPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static OptionCost onDemand(String region, String stored, String internet, String crossRegion) {
        EcrRepository e = new EcrRepository("repo", "repo", 0, 0, null, new BigDecimal(stored), new BigDecimal(internet),
                new BigDecimal(crossRegion));
        BlockCost b = ENGINE.price(new Scenario("ecr", region, List.of(e), List.of(), PurchaseOption.ON_DEMAND, false)).blocks().get(0);
        return option(b, PurchaseOption.ON_DEMAND);
    }

    @Test
    void usEast1StorageAndPullsAcrossTheFirstTierBoundary() {
        // 250 GB × 0.10 = 25; internet 12,000 GB: first 10,240 × 0.09 = 921.60, next 1,760 × 0.085 = 149.60;
        // other regions 500 × 0.02 = 10                                            total 1,106.20
        OptionCost od = onDemand("us-east-1", "250", "12000", "500");
        assertExactly("25", line(od, "ecr.storage").monthly());
        assertExactly("10240", line(od, "ecr.internet.first-10tb").quantity());
        assertExactly("921.6", line(od, "ecr.internet.first-10tb").monthly());
        assertExactly("1760", line(od, "ecr.internet.next-40tb").quantity());
        assertExactly("149.6", line(od, "ecr.internet.next-40tb").monthly());
        assertExactly("10", line(od, "ecr.inter-region").monthly());
        assertExactly("1106.2", od.monthlyEffective());
    }

    @Test
    void pullsInTheRepositorysRegionAreFreeSoStorageAloneIsTheCost() {
        // 40 GB × 0.10 = 4.00; transfer lines of 0 GB
        OptionCost od = onDemand("us-east-1", "40", "0", "0");
        assertExactly("4", od.monthlyEffective());
        // the transfer lines are there at nothing, so a workbook edit of the GB charges them
        assertTrue(od.lines().stream().filter(l -> l.component().startsWith("ecr.internet")).allMatch(l -> l.monthly().signum() == 0));
    }

    @Test
    void euWest1PricesTransferAtItsRatesAndLacksAStorageRate() {
        // eu-west-1 transfer: internet 100 GB × 0.09 = 9; other regions 300 × 0.02 = 6 → 15 with nothing stored
        assertExactly("15", onDemand("eu-west-1", "0", "100", "300").monthlyEffective());
        // its storage rate is not in the catalog: missing, never $0
        assertEquals(OptionCost.Status.MISSING, onDemand("eu-west-1", "10", "0", "0").status());
    }
}
