package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.elb.AlbTargets;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** An ALB with a connection to each target, priced in one scenario. */
    private static BlockCost albInFrontOf(LoadBalancer alb, Block... targets) {
        List<Block> blocks = new ArrayList<>(List.of(alb));
        List<Connection> connections = new ArrayList<>();
        for (Block t : targets) {
            blocks.add(t);
            connections.add(new Connection(alb.id(), t.id()));
        }
        return Pricing.ENGINE.price(new Scenario("test", ReferenceCatalog.REGION, blocks, connections, PurchaseOption.ON_DEMAND,
                false)).blocks().get(0);
    }

    private static LambdaFunction function(String id) {
        return new LambdaFunction(id, id, 0, 0, null, 128, Architecture.X86_64, 1_000_000L, new BigDecimal("100"), 512, 0,
                null, null);
    }

    @Test
    void lambdaTargetsCountProcessedBytesAt0point4GbPerLcu() {
        // ELB pricing page: for Lambda targets one LCU covers 0.4 GB processed an hour. 2 GB/h ÷ 0.4 = 5 LCU
        // (new connections 10/s ÷ 25 = 0.4): 0.0225 × 730 = 16.425 + 5 × 0.008 × 730 = 29.2 → 45.625, $45.63
        BlockCost b = albInFrontOf(lb(LoadBalancer.Type.ALB, "10", "0", "2", "0"), function("fn"));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("5", line(od, "elb.capacity-units").quantity());
        assertExactly("45.625", od.monthlyEffective());
        assertCents("45.63", od.monthlyEffective());
        assertEquals("ALB · 5 LCU", b.keySize());
        assertTrue(b.warnings().isEmpty(), b.warnings().toString());
        // the same traffic to an instance target: 2 GB/h ÷ 1 = 2 LCU → 16.425 + 11.68 = 28.105
        BlockCost toInstances = albInFrontOf(lb(LoadBalancer.Type.ALB, "10", "0", "2", "0"),
                new AutoScalingGroup("asg", "web", 0, 0, null, "m5.large", 2, 2, 2, 2, 0, 0, null, null));
        assertExactly("28.105", option(toInstances, PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void mixedTargetsUseTheLambdaCountAndSaySo() {
        // 2 GB/h ÷ 0.4 = 5 LCU, as for Lambda alone, with a warning that this is an upper bound
        BlockCost b = albInFrontOf(lb(LoadBalancer.Type.ALB, "0", "0", "2", "0"), function("fn"),
                new AutoScalingGroup("asg", "web", 0, 0, null, "m5.large", 2, 2, 2, 2, 0, 0, null, null));
        assertExactly("45.625", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals(List.of(AlbTargets.MIXED_WARNING), b.warnings());
    }

    @Test
    void nlbToLambdaKeepsOneGbPerNlcu() {
        // the 0.4 GB rule is the ALB's: 1 GB/h on an NLB is 1 NLCU, 16.425 + 0.006 × 730 = 4.38 → 20.805
        BlockCost b = albInFrontOf(lb(LoadBalancer.Type.NLB, "0", "0", "1", "0"), function("fn"));
        assertExactly("20.805", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void nlbUsesNlcuDivisors() {
        // new conn 1600/s ÷ 800 = 2; active 50,000/min ÷ 100,000 = 0.5; 1 GB/h → 2 NLCU
        // 16.425 + 2 × 0.006 × 730 = 8.76
        BlockCost b = one(lb(LoadBalancer.Type.NLB, "1600", "50000", "1", "0"));
        assertExactly("25.185", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("NLB · 2 NLCU", b.keySize());
    }

    private static LoadBalancer nlb(LoadBalancer.Protocol protocol, String newPerSec, String activePerMin, String gbPerHour) {
        return new LoadBalancer("lb", "edge", 0, 0, null, LoadBalancer.Type.NLB, new BigDecimal(newPerSec),
                new BigDecimal(activePerMin), new BigDecimal(gbPerHour), BigDecimal.ZERO, protocol, null);
    }

    @Test
    void udpNlcuCovers400NewFlowsAnd50000ActiveFlows() {
        // ELB pricing page, NLCU for UDP: 400 new flows/s, 50,000 active flows, 1 GB/h
        // new flows 1,000/s ÷ 400 = 2.5; active 20,000 ÷ 50,000 = 0.4; 0.5 GB/h → 2.5 NLCU
        // 16.425 + 2.5 × 0.006 × 730 = 10.95 → 27.375 (the same traffic over TCP: 1,000 ÷ 800 = 1.25 NLCU → 21.9)
        BlockCost b = one(nlb(LoadBalancer.Protocol.UDP, "1000", "20000", "0.5"));
        assertExactly("27.375", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("NLB UDP · 2.5 NLCU", b.keySize());
        assertExactly("21.9", option(one(nlb(LoadBalancer.Protocol.TCP, "1000", "20000", "0.5")), PurchaseOption.ON_DEMAND)
                .monthlyEffective());
    }

    @Test
    void tlsNlcuCovers50NewConnectionsAnd3000Active() {
        // ELB pricing page, NLCU for TLS: 50 new connections/s, 3,000 active connections, 1 GB/h
        // new 100/s ÷ 50 = 2; active 9,000 ÷ 3,000 = 3; 1 GB/h → 3 NLCU: 16.425 + 3 × 0.006 × 730 = 13.14 → 29.565
        BlockCost b = one(nlb(LoadBalancer.Protocol.TLS, "100", "9000", "1"));
        assertExactly("29.565", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals("NLB TLS · 3 NLCU", b.keySize());
    }

    @Test
    void anAlbIgnoresTheNlbProtocol() {
        // 50 new conn/s ÷ 25 = 2 LCU whatever the protocol field says
        LoadBalancer alb = new LoadBalancer("lb", "edge", 0, 0, null, LoadBalancer.Type.ALB, new BigDecimal("50"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, LoadBalancer.Protocol.TLS, null);
        assertEquals("ALB · 2 LCU", one(alb).keySize());
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
