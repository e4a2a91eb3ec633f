package dev.costbench.project.importer.terraform;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.importer.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy read from launch templates for ECS on EC2, EKS node groups and Batch compute environments (and Auto Scaling
 * groups), and NAT / internet gateways as blocks, from small plans in src/test/resources/imports.
 */
class TenancyAndNatImportTest {
    private static final Path FIXTURES = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/imports");

    private static Scenario imported(String file) {
        return TerraformImporter.read(FIXTURES.resolve(file), null).project().scenarios().getFirst();
    }

    private static Block named(Scenario s, String name) {
        return s.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + s.blocks()));
    }

    private static List<String> assumptions(Block b) { return Assumptions.of(b); }

    @Test
    void aLaunchTemplatesPlacementTenancyReachesEveryEc2BackedKind() {
        Scenario s = imported("dedicated.plan.json");
        // service licensed-api → capacity provider → Auto Scaling group ecs-capacity → launch template (placement.tenancy =
        // dedicated): the service's tasks run on the group's instances, so the group's block prices them (once) and the
        // service is named on it rather than made a second block of the same instances (EcsOnEc2ImportTest)
        assertTrue(s.blocks().stream().noneMatch(b -> b instanceof EcsService), s.blocks().toString());
        AutoScalingGroup capacity = (AutoScalingGroup) named(s, "ecs-capacity");
        assertEquals(Tenancy.DEDICATED, capacity.tenancy());
        assertTrue(assumptions(capacity).stream().anyMatch(a -> a.startsWith("runs the tasks of ECS service licensed-api (4 tasks)")),
                assumptions(capacity).toString());
        assertEquals(Tenancy.DEDICATED, ((EksNodeGroup) named(s, "licensed")).tenancy());
        assertEquals(Tenancy.DEDICATED, ((BatchQueue) named(s, "licensed-jobs")).tenancy());
        // host_resource_group_arn without a tenancy means hosts (EC2's LaunchTemplatePlacementRequest)
        assertEquals(Tenancy.HOST, ((AutoScalingGroup) named(s, "byol")).tenancy());
    }

    @Test
    void aTenancyTheBlockCannotHaveIsSaidAndLeftShared() {
        Scenario s = imported("dedicated.plan.json");
        EksNodeGroup spot = (EksNodeGroup) named(s, "spot");
        assertEquals(Tenancy.DEFAULT, spot.tenancy(), "Spot runs on shared hardware");
        assertTrue(assumptions(spot).stream().anyMatch(a -> a.contains("aws_launch_template.dedicated asks for tenancy dedicated")
                && a.contains(Tenancy.SPOT_SHARED_ONLY)), assumptions(spot).toString());
        BatchQueue hosts = (BatchQueue) named(s, "on-hosts");
        assertEquals(Tenancy.DEFAULT, hosts.tenancy(), "Batch does not offer Dedicated Hosts");
        assertTrue(assumptions(hosts).stream().anyMatch(a -> a.contains("asks for tenancy host") && a.contains(BatchQueue.NO_HOSTS)),
                assumptions(hosts).toString());
    }

    @Test
    void theImportedDedicatedNodeGroupAloneCostsWhatTheTenancyCaseWorkedOut() {
        // us-east-1, the node group alone: 3 × m5.large Dedicated at the shared $0.096 × 1.1 = $0.1056 (AWS publishes no
        // Dedicated m5.large rate in the shipped catalog: estimated) × 730 h = 231.264; the $2/h per-region Dedicated fee
        // × 730 = 1,460; the standard-support cluster fee $0.10 × 730 = 73: 1,764.264 (shown as 1,764.26, the closing notes of stop 26)
        Scenario s = imported("dedicated.plan.json");
        Block group = named(s, "licensed");
        Scenario alone = s.withBlocks(List.of(group)).withConnections(List.of()).withContainers(List.of());
        var cost = new PricingEngine(CatalogLoader.bundled()).price(alone).blocks().getFirst().option(PurchaseOption.ON_DEMAND);
        assertTrue(cost.isPriced(), cost.reason());
        assertEquals(0, new BigDecimal("1764.264").compareTo(cost.monthlyEffective()), cost.monthlyEffective().toPlainString());
    }

    @Test
    void theDedicatedEcsCapacityIsPricedOnceOnItsGroup() {
        // us-east-1, the group alone: 2 × m5.large Dedicated at the shared $0.096 × 1.1 = $0.1056 (estimated, as above) × 730 h
        // = 154.176; the $2/h per-region Dedicated fee × 730 = 1,460: 1,614.176. Before, licensed-api was also a block that
        // packed its 4 tasks onto Dedicated instances of its own, so the same instances were billed twice.
        Scenario s = imported("dedicated.plan.json");
        Block group = named(s, "ecs-capacity");
        Scenario alone = s.withBlocks(List.of(group)).withConnections(List.of()).withContainers(List.of());
        var cost = new PricingEngine(CatalogLoader.bundled()).price(alone).blocks().getFirst().option(PurchaseOption.ON_DEMAND);
        assertTrue(cost.isPriced(), cost.reason());
        assertEquals(0, new BigDecimal("1614.176").compareTo(cost.monthlyEffective()), cost.monthlyEffective().toPlainString());
    }

    @Test
    void natGatewaysBecomeBlocksInTheirSubnetsZonesAndThePublicOnesReachTheInternetGateway() {
        Scenario s = imported("nat.plan.json");
        NatGateway a = (NatGateway) named(s, "nat-a"), b = (NatGateway) named(s, "nat-b"), inner = (NatGateway) named(s, "nat-private");
        assertEquals(1, a.gateways());
        Internet igw = (Internet) named(s, "app-igw");
        // aws_nat_gateway.public[count.index] names aws_subnet.public[count.index]: each gateway in its own subnet and zone
        assertEquals("us-east-1a", s.availabilityZoneOf(a.id()).orElseThrow().zone());
        assertEquals("us-east-1b", s.availabilityZoneOf(b.id()).orElseThrow().zone());
        assertEquals("us-east-1a", s.availabilityZoneOf(inner.id()).orElseThrow().zone());
        assertTrue(s.connections().contains(new Connection(a.id(), igw.id())), s.connections().toString());
        assertTrue(s.connections().contains(new Connection(b.id(), igw.id())), s.connections().toString());
        assertTrue(s.connections().stream().noneMatch(c -> c.from().equals(inner.id())), "a private NAT gateway reaches no internet");
        // us-east-1 (https://aws.amazon.com/vpc/pricing/): 3 gateways × $0.045 × 730 h = 98.55, no GB on the connections yet
        var report = new PricingEngine(CatalogLoader.bundled()).price(s);
        BigDecimal nat = BigDecimal.ZERO;
        for (var r : report.blocks())
            if (List.of(a.id(), b.id(), inner.id()).contains(r.blockId())) nat = nat.add(r.option(PurchaseOption.ON_DEMAND).monthlyEffective());
        assertEquals(0, new BigDecimal("98.55").compareTo(nat), nat.toPlainString());
    }
}
