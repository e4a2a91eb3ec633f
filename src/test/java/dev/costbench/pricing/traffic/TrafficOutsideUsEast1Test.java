package dev.costbench.pricing.traffic;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The traffic paths TrafficPricingTest works out in us-east-1 (same zone, across zones, to another region), in regions
 * with rates of their own. Rates: AWS's EC2 On-Demand pricing page, "Data Transfer"
 * (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer) as carried in the shipped catalog from infracost's
 * 2024-09-25 golden: between Availability Zones $0.01 per GB each direction in ap-southeast-2; sa-east-1 to other
 * regions $0.138 per GB.
 */
class TrafficOutsideUsEast1Test {
    // the designs are built as TrafficPricingTest builds them
    private static Ec2Instances server(String id) { return TrafficPricingTest.server(id); }

    private static Container zone(String id, String zone, String... blocks) { return TrafficPricingTest.zone(id, zone, blocks); }

    private static Connection link(String from, String to, String sent, String returned) { return TrafficPricingTest.link(from, to, sent, returned); }

    private static CostReport price(String region, List<Block> blocks, List<Connection> links, List<Container> frames) {
        return TrafficPricingTest.price(region, blocks, links, frames);
    }

    private static BigDecimal traffic(CostReport r, String id) {
        OptionCost c = r.blocks().stream().filter(b -> b.blockId().equals(id)).findFirst().orElseThrow().options().get(PurchaseOption.ON_DEMAND);
        assertTrue(c.isPriced(), c.reason());
        return c.lines().stream().filter(l -> l.component().startsWith("traffic.")).map(CostLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void inSydneyTrafficInOneZoneIsFreeAndAcrossZonesBothSidesPay() {
        // one zone: nothing
        CostReport same = price("ap-southeast-2", List.of(server("web"), server("api")), List.of(link("web", "api", "500", "200")),
                List.of(zone("a", "ap-southeast-2a", "web", "api")));
        TrafficPricingTest.assertExactly("0", traffic(same, "web"));
        TrafficPricingTest.assertExactly("0", traffic(same, "api"));
        // web (2a) sends 500 GB to api (2b): 500 × 2 sides × $0.01 = 10.00; api sends 200 GB back: 200 × 2 × $0.01 = 4.00
        CostReport across = price("ap-southeast-2", List.of(server("web"), server("api")), List.of(link("web", "api", "500", "200")),
                List.of(zone("a", "ap-southeast-2a", "web"), zone("b", "ap-southeast-2b", "api")));
        TrafficPricingTest.assertExactly("10", traffic(across, "web"));
        TrafficPricingTest.assertExactly("4", traffic(across, "api"));
    }

    @Test
    void fromSaoPauloToAnotherRegionTheSenderPaysItsRegionsRate() {
        // web (sa-east-1) sends 1,000 GB to backup in a us-east-1 Region frame: 1,000 × $0.138 = 138.00; backup sends none back
        Container virginia = new Container("va", ContainerKind.REGION, "us-east-1", 0, 0, 400, 300, null, null, null, List.of("backup"));
        CostReport r = price("sa-east-1", List.of(server("web"), server("backup")), List.of(link("web", "backup", "1000", null)),
                List.of(virginia));
        TrafficPricingTest.assertExactly("138", traffic(r, "web"));
        TrafficPricingTest.assertExactly("0", traffic(r, "backup"));
    }
}
