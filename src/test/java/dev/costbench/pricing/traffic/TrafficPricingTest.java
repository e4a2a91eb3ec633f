package dev.costbench.pricing.traffic;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traffic on connections against the shipped catalog, by path. Rates: data transfer per GB from AWS's EC2 On-Demand
 * pricing page, "Data Transfer" (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer) as in infracost's
 * 2024-09-25 golden — between Availability Zones $0.01 each direction; us-east-1 to the internet $0.09 (first 10 TB),
 * $0.085 (next 40 TB), no over-150 TB rate; ap-southeast-2 $0.114, $0.098; to other regions $0.02 (eu-west-1), to US East
 * $0.01 (us-east-1). NAT gateway $0.045 an hour and $0.045 per GB processed in us-east-1 and us-east-2, from AWS's VPC
 * pricing page (https://aws.amazon.com/vpc/pricing/); $0.048 and $0.048 in eu-west-1, from AWS's offer file 20260925174521;
 * ap-southeast-1's is not in the catalog.
 */
class TrafficPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    static Ec2Instances server(String id) { return new Ec2Instances(id, id, 0, 0, null, "m5.large", 1, 0, null); }

    static Container zone(String id, String zone, String... blocks) {
        return new Container(id, ContainerKind.AVAILABILITY_ZONE, zone, 0, 0, 400, 300, null, zone, null, List.of(blocks));
    }

    static Connection link(String from, String to, String sent, String returned) {
        return new Connection(from, to, null, null, new BigDecimal(sent), returned == null ? null : new BigDecimal(returned));
    }

    static CostReport price(String region, List<Block> blocks, List<Connection> links, List<Container> frames) {
        return ENGINE.price(new Scenario("traffic", region, blocks, links, PurchaseOption.ON_DEMAND, false, "", java.util.Map.of(), frames));
    }

    static OptionCost onDemand(CostReport r, String id) {
        BlockCost b = r.blocks().stream().filter(c -> c.blockId().equals(id)).findFirst().orElseThrow();
        return b.options().get(PurchaseOption.ON_DEMAND);
    }

    static List<CostLine> traffic(OptionCost c) {
        return c.lines().stream().filter(l -> l.component().startsWith("traffic.")).toList();
    }

    static BigDecimal sum(List<CostLine> lines) {
        return lines.stream().map(CostLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void inOneAvailabilityZoneTrafficIsFree() {
        CostReport r = price("us-east-1", List.of(server("web"), server("api")), List.of(link("web", "api", "500", "200")),
                List.of(zone("a", "us-east-1a", "web", "api")));
        assertTrue(traffic(onDemand(r, "web")).isEmpty());
        assertTrue(traffic(onDemand(r, "api")).isEmpty());
    }

    @Test
    void acrossAvailabilityZonesTheSenderPaysOutOfOneZoneAndIntoTheOther() {
        // web (us-east-1a) sends 500 GB to api (us-east-1b): 500 × 2 sides × $0.01 = $10.00 on web;
        // api sends 200 GB back: 200 × 2 × $0.01 = $4.00 on api
        CostReport r = price("us-east-1", List.of(server("web"), server("api")), List.of(link("web", "api", "500", "200")),
                List.of(zone("a", "us-east-1a", "web"), zone("b", "us-east-1b", "api")));
        List<CostLine> web = traffic(onDemand(r, "web")), api = traffic(onDemand(r, "api"));
        assertEquals(1, web.size());
        assertExactly("1000", web.get(0).quantity());
        assertExactly("10", web.get(0).monthly());
        assertExactly("4", sum(api));
        // every purchase option carries the same transfer: no commitment discounts it
        OptionCost reserved = onDemand(r, "web");
        for (OptionCost c : r.blocks().get(0).options().values())
            if (c.isPriced()) assertExactly("10", sum(traffic(c)));
        assertTrue(reserved.isPriced());
    }

    @Test
    void throughANatGatewayInUsEast1TheGatewayPaysItsHoursEveryGbItReceivesAndTheEgress() {
        // app → NAT 300 GB, 50 GB back; NAT → internet 300 GB, 50 GB back in (free ingress). All in us-east-1a.
        // NAT: 1 × $0.045 × 730 h = 32.85; processed 300 (from app) + 50 (from the internet) = 350 × 0.045 = 15.75;
        // egress 300 GB, the first 100 free: 200 × 0.09 = 18.00                              NAT total 66.60
        OptionCost nat = onDemand(natDesign("us-east-1"), "nat");
        assertTrue(nat.isPriced());
        assertExactly("32.85", nat.lines().stream().filter(l -> l.component().equals("nat.hours")).findFirst().orElseThrow().monthly());
        assertExactly("15.75", sum(nat.lines().stream().filter(l -> l.component().equals("traffic.nat-processed")).toList()));
        assertExactly("18", sum(nat.lines().stream().filter(l -> l.component().startsWith("traffic.internet")).toList()));
        assertExactly("66.60", nat.monthlyEffective());
        assertTrue(traffic(onDemand(natDesign("us-east-1"), "app")).isEmpty(), "same zone: the app pays nothing to reach the gateway");
    }

    @Test
    void usEast2AndEuWest1HaveTheirOwnNatRatesAndARegionWithoutOneIsMissingNeverZero() {
        // us-east-2: $0.045 an hour and per GB, egress $0.09: 32.85 + 15.75 + 18.00 = 66.60
        assertExactly("66.60", onDemand(natDesign("us-east-2"), "nat").monthlyEffective());
        // eu-west-1 (AWS's offer file 20260925174521: EU-NatGateway-Hours and EU-NatGateway-Bytes $0.048; egress first
        // 10 TB $0.09): hours 1 × 0.048 × 730 = 35.04; processed (300 + 50) × 0.048 = 16.80; egress (300 − 100 free)
        // × 0.09 = 18.00                                                                              69.84
        OptionCost ireland = onDemand(natDesign("eu-west-1"), "nat");
        assertExactly("35.04", ireland.lines().stream().filter(l -> l.component().equals("nat.hours")).findFirst().orElseThrow().monthly());
        assertExactly("16.80", sum(ireland.lines().stream().filter(l -> l.component().equals("traffic.nat-processed")).toList()));
        assertExactly("69.84", ireland.monthlyEffective());
        // Singapore: no NAT rate with a traceable source in the catalog, so missing — never us-east-1's, never $0
        OptionCost singapore = onDemand(natDesign("ap-southeast-1"), "nat");
        assertEquals(OptionCost.Status.MISSING, singapore.status());
        assertTrue(singapore.missing().stream().anyMatch(m -> m.describe().contains("nat_gateway_hour")), singapore.reason());
    }

    private static CostReport natDesign(String region) {
        NatGateway nat = new NatGateway("nat", "NAT", 0, 0, null, 1);
        Internet net = new Internet("net", "Internet", 0, 0, null);
        return price(region, List.of(server("app"), nat, net),
                List.of(link("app", "nat", "300", "50"), link("nat", "net", "300", "50")),
                List.of(zone("a", region + "a", "app", "nat")));
    }

    @Test
    void internetEgressTiersAndTheFreeHundredGbAreTheAccountsCountedOnceAlongTheConnections() {
        // ap-southeast-2: a sends 60 GB, b 12,000 GB. The account's first 100 GB are free: a's 60 GB all free;
        // b: 40 GB free, then first tier up to 10,240 of the month: 10,240 − 100 = 10,140 × $0.114 = 1,155.96;
        // next tier: 12,060 − 10,240 = 1,820 × $0.098 = 178.36                         b's egress 1,334.32
        Internet net = new Internet("net", "Internet", 0, 0, null);
        CostReport r = price("ap-southeast-2", List.of(server("a"), server("b"), net),
                List.of(link("a", "net", "60", null), link("b", "net", "12000", null)), List.of());
        assertExactly("0", sum(traffic(onDemand(r, "a"))));
        List<CostLine> b = traffic(onDemand(r, "b"));
        assertExactly("10140", b.stream().filter(l -> l.component().equals("traffic.internet.first-10tb")).findFirst().orElseThrow().quantity());
        assertExactly("1820", b.stream().filter(l -> l.component().equals("traffic.internet.next-40tb")).findFirst().orElseThrow().quantity());
        assertExactly("1334.32", sum(b));
        // the rule is in the line, so the workbook can recompute it
        assertTrue(b.stream().allMatch(CostLine::hasRule));
    }

    @Test
    void usEast1HasNoOver150TbRateSoSuchEgressIsMissing() {
        // 160 TB = 163,840 GB reaches the over-150 TB tier, which us-east-1's table lacks
        Internet net = new Internet("net", "Internet", 0, 0, null);
        CostReport r = price("us-east-1", List.of(server("cdn"), net), List.of(link("cdn", "net", "163840", null)), List.of());
        OptionCost od = onDemand(r, "cdn");
        assertEquals(OptionCost.Status.MISSING, od.status());
        assertTrue(od.reason().contains("internet_egress_over_150tb"), od.reason());
    }

    @Test
    void trafficInFromTheInternetIsFree() {
        Internet net = new Internet("net", "Internet", 0, 0, null);
        CostReport r = price("us-east-1", List.of(net, server("web")), List.of(link("net", "web", "5000", "0")), List.of());
        assertTrue(traffic(onDemand(r, "web")).isEmpty());
        assertExactly("0", onDemand(r, "net").monthlyEffective());
    }

    @Test
    void aRegionFrameMakesTrafficInterRegionAtTheSendersRate() {
        // dr sits in a Region frame "Europe (Ireland)": 1,000 GB to web (us-east-1) × $0.02 (eu-west-1 out) = 20.00;
        // web sends 1,000 GB to backup in a "us-east-2" frame: US East to US East $0.01 × 1,000 = 10.00
        Container ireland = new Container("eu", ContainerKind.REGION, "Europe (Ireland)", 0, 0, 400, 300, null, null, null, List.of("dr"));
        Container ohio = new Container("oh", ContainerKind.REGION, "us-east-2", 0, 0, 400, 300, null, null, null, List.of("backup"));
        CostReport r = price("us-east-1", List.of(server("web"), server("dr"), server("backup")),
                List.of(link("dr", "web", "1000", null), link("web", "backup", "1000", null)), List.of(ireland, ohio));
        assertExactly("20", sum(traffic(onDemand(r, "dr"))));
        assertExactly("10", sum(traffic(onDemand(r, "web"))));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("dr") && w.contains("eu-west-1")), r.warnings().toString());
    }

    @Test
    void editingAConnectionsGbRepricesBothEndsAsAFreshEngineWould() {
        List<Block> blocks = List.of(server("web"), server("api"), server("db"));
        List<Container> frames = List.of(zone("a", "us-east-1a", "web", "db"), zone("b", "us-east-1b", "api"));
        PricingEngine engine = new PricingEngine(CatalogLoader.bundled());
        List<Connection> before = List.of(link("web", "api", "500", "200"), link("api", "db", "100", null));
        Scenario s = new Scenario("t", "us-east-1", blocks, before, PurchaseOption.ON_DEMAND, false, "", java.util.Map.of(), frames);
        engine.price(s);
        List<Connection> after = new ArrayList<>(before);
        after.set(0, link("web", "api", "800", "200"));
        Scenario edited = s.withConnections(after);
        // web: 800 × 2 × 0.01 = 16.00 instead of 10.00; totals as a fresh engine prices them
        CostReport again = engine.price(edited);
        CostReport fresh = new PricingEngine(CatalogLoader.bundled()).price(edited);
        assertExactly("16", sum(traffic(onDemand(again, "web"))));
        assertEquals(0, fresh.chosenMonthly().compareTo(again.chosenMonthly()), fresh.chosenMonthly() + " vs " + again.chosenMonthly());
    }
}
