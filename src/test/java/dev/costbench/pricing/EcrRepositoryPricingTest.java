package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Connection;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Internet;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
 * other regions $0.02. Pulls from the internet share the account's 100 GB a month free and its tiers with the
 * scenario's other internet egress (https://aws.amazon.com/free/, "Data transfer": aggregated across all services).
 */
class EcrRepositoryPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static EcrRepository repo(String id, String stored, String internet, String crossRegion) {
        return new EcrRepository(id, id, 0, 0, null, new BigDecimal(stored), new BigDecimal(internet), new BigDecimal(crossRegion));
    }

    private static OptionCost onDemand(String region, String stored, String internet, String crossRegion) {
        BlockCost b = ENGINE.price(new Scenario("ecr", region, List.of(repo("repo", stored, internet, crossRegion)), List.of(),
                PurchaseOption.ON_DEMAND, false)).blocks().get(0);
        return option(b, PurchaseOption.ON_DEMAND);
    }

    @Test
    void usEast1StorageAndPullsAcrossTheFirstTierBoundary() {
        // 250 GB × 0.10 = 25; internet 12,000 GB: the first 100 GB free, then 10,240 − 100 = 10,140 × 0.09 = 912.60,
        // next 12,000 − 10,240 = 1,760 × 0.085 = 149.60; other regions 500 × 0.02 = 10        total 1,097.20
        OptionCost od = onDemand("us-east-1", "250", "12000", "500");
        assertExactly("25", line(od, "ecr.storage").monthly());
        assertExactly("10140", line(od, "traffic.internet.first-10tb").quantity());
        assertExactly("912.6", line(od, "traffic.internet.first-10tb").monthly());
        assertExactly("1760", line(od, "traffic.internet.next-40tb").quantity());
        assertExactly("149.6", line(od, "traffic.internet.next-40tb").monthly());
        assertExactly("10", line(od, "ecr.inter-region").monthly());
        assertExactly("1097.2", od.monthlyEffective());
    }

    @Test
    void pullsFromTheInternetShareTheAccountsFreeHundredGbWithTheOtherEgress() {
        // us-east-1: a server sends 80 GB to the internet, then repository a is pulled 60 GB and b 1,000 GB.
        // The first 100 GB of the account's month are free: the server's 80, 20 of a's; a pays 40 × 0.09 = 3.60,
        // b 1,000 × 0.09 = 90.00 (all in the first tier, which ends at 10,240 GB); storage 10 GB × 0.10 = 1 each
        Internet net = new Internet("net", "Internet", 0, 0, null);
        Ec2Instances server = new Ec2Instances("web", "web", 0, 0, null, "m5.large", 1, 0, null);
        CostReport r = ENGINE.price(new Scenario("ecr", "us-east-1", List.of(server, net, repo("a", "10", "60", "0"),
                repo("b", "10", "1000", "0")), List.of(new Connection("web", "net", null, null, new BigDecimal("80"), null)),
                PurchaseOption.ON_DEMAND, false, "", Map.of(), List.of()));
        assertExactly("4.6", option(block(r, "a"), PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("91", option(block(r, "b"), PurchaseOption.ON_DEMAND).monthlyEffective());
        assertExactly("0", line(option(block(r, "web"), PurchaseOption.ON_DEMAND), "traffic.internet.first-10tb").monthly());
    }

    private static BlockCost block(CostReport r, String id) {
        return r.blocks().stream().filter(b -> b.blockId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pullsInTheRepositorysRegionAreFreeSoStorageAloneIsTheCost() {
        // 40 GB × 0.10 = 4.00; transfer lines of 0 GB
        OptionCost od = onDemand("us-east-1", "40", "0", "0");
        assertExactly("4", od.monthlyEffective());
        // the transfer lines are there at nothing, so a workbook edit of the GB charges them
        assertTrue(od.lines().stream().filter(l -> l.component().startsWith("traffic.internet")).allMatch(l -> l.monthly().signum() == 0));
        assertTrue(od.lines().stream().anyMatch(l -> l.component().equals("traffic.internet.first-10tb")));
    }

    @Test
    void euWest1PricesTransferAtItsRatesAndLacksAStorageRate() {
        // eu-west-1 transfer: internet 100 GB, all within the account's free 100 GB; 150 GB: 50 × 0.09 = 4.50;
        // other regions 300 × 0.02 = 6                                   6.00 and 10.50 with nothing stored
        assertExactly("6", onDemand("eu-west-1", "0", "100", "300").monthlyEffective());
        assertExactly("10.5", onDemand("eu-west-1", "0", "150", "300").monthlyEffective());
        // its storage rate is not in the catalog: missing, never $0
        assertEquals(OptionCost.Status.MISSING, onDemand("eu-west-1", "10", "0", "0").status());
    }
}
