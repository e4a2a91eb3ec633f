package dev.costbench.project.importer.terraform;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.ImportedDesign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ECS services on EC2 and the Auto Scaling group behind their capacity provider: the instances are billed once, on the
 * group's block, however many services share it (ecs-on-ec2.plan.json: three services on one group, reached three ways,
 * and one Fargate service that keeps its own block).
 */
class EcsOnEc2ImportTest {
    private static final Path FIXTURES = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/imports");

    private static ImportedDesign design(String file) {
        return TerraformImporter.read(FIXTURES.resolve(file), null);
    }

    private static Block named(Scenario s, String name) {
        return s.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + s.blocks()));
    }

    private static BigDecimal onDemand(Scenario s, Block b) {
        Scenario alone = s.withBlocks(List.of(b)).withConnections(List.of()).withContainers(List.of());
        var cost = new PricingEngine(CatalogLoader.bundled()).price(alone).blocks().getFirst().option(PurchaseOption.ON_DEMAND);
        assertTrue(cost.isPriced(), cost.reason());
        return cost.monthlyEffective();
    }

    @Test
    void servicesOnTheGroupsInstancesAreNotBlocksOfTheirOwnSoTheInstancesAreCountedOnce() {
        ImportedDesign d = design("ecs-on-ec2.plan.json");
        Scenario s = d.project().scenarios().getFirst();
        // api names the provider in its strategy, worker is launch_type EC2 on the cluster, jobs takes the cluster's default
        // strategy: all three run on aws_autoscaling_group.ecs and none is a block; web on Fargate is
        List<String> ecs = s.blocks().stream().filter(b -> b.kind() == BlockKind.ECS_SERVICE).map(Block::name).toList();
        assertEquals(List.of("web"), ecs);
        assertEquals(EcsService.LaunchType.FARGATE, ((EcsService) named(s, "web")).launchType());
        AutoScalingGroup fleet = (AutoScalingGroup) named(s, "ecs-fleet");
        assertEquals(1, s.blocks().stream().filter(b -> b.kind() == BlockKind.ASG).count());
        assertEquals("m5.xlarge", fleet.instanceType());
        assertEquals(3, fleet.desired());
        assertEquals(Tenancy.DEFAULT, fleet.tenancy());
        List<String> notes = Assumptions.of(fleet);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("runs the tasks of ECS services api (4 tasks), worker (2 tasks), jobs (1 task)")
                && n.contains("priced once on this block") && n.contains("not made blocks of their own")), notes.toString());
        // the capacity provider and the cluster's provider list are read, not "not mapped"
        assertFalse(d.notMapped().stream().anyMatch(l -> l.contains("aws_ecs_capacity_provider")), d.notMapped().toString());
        // the load balancer's target group sends to api, whose tasks run on the group: the connection ends at the group
        LoadBalancer alb = (LoadBalancer) named(s, "apps-alb");
        assertTrue(s.connections().contains(new Connection(alb.id(), fleet.id())), s.connections().toString());
    }

    @Test
    void theSharedGroupIsPricedAtItsOwnInstancesInUsEast1AndEuWest1() {
        Scenario s = design("ecs-on-ec2.plan.json").project().scenarios().getFirst();
        Block fleet = named(s, "ecs-fleet");
        // us-east-1: 3 × m5.xlarge $0.192 × 730 h = 420.48; EBS 3 × 30 GB gp3 × $0.08 = 7.20 (3,000 IOPS and 125 MB/s
        // included): 427.68, once, whatever the 7 tasks of the three services are
        assertEquals(0, new BigDecimal("427.68").compareTo(onDemand(s, fleet)));
        // eu-west-1: 3 × $0.214 × 730 = 468.66; EBS 90 GB × $0.088 = 7.92: 476.58
        assertEquals(0, new BigDecimal("476.58").compareTo(onDemand(s.withRegion("eu-west-1"), fleet)));
    }
}
