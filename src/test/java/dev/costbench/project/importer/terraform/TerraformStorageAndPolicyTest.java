package dev.costbench.project.importer.terraform;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcsService;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.project.importer.ImportedDesign;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the importer reads beyond sizes: EBS volumes of instances and launch templates, Fargate ephemeral storage,
 * NLB listener protocols and weighted mixed-instances overrides. Each fixture is the {@code terraform show -json} of
 * the few lines of HCL in its comment, cut to what the importer reads.
 */
class TerraformStorageAndPolicyTest {

    private static Scenario imported(String resources, String configuration) {
        String plan = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [" + resources + "]}},"
                + " \"configuration\": {\"root_module\": {\"resources\": [" + configuration + "]}}}";
        ImportedDesign d = TerraformImporter.fromText(plan, "t.json", "t.json", UsageFile.NONE);
        return d.project().scenarios().getFirst();
    }

    private static <T extends Block> T only(Scenario s, Class<T> kind) {
        return s.blocks().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    /** The block's assumptions, as the design file keeps them (a JSON list once the import is checked). */
    private static List<String> assumptions(Block b) {
        Object a = b.extensions().get("assumptions");
        List<String> out = new java.util.ArrayList<>();
        if (a instanceof Iterable<?> items) for (Object i : items)
            out.add(i instanceof com.fasterxml.jackson.databind.JsonNode n ? n.asText() : String.valueOf(i));
        return out;
    }

    @Test
    void anInstancesRootAndExtraVolumesBecomeOneGp3VolumeWithTheSameBill() {
        // resource "aws_instance" "db" {
        //   instance_type = "m5.large"
        //   root_block_device { volume_size = 50  volume_type = "gp3"  iops = 4000  throughput = 200 }
        //   ebs_block_device  { device_name = "/dev/sdf"  volume_size = 200  volume_type = "gp3"  iops = 6000  throughput = 125 }
        // }
        Scenario s = imported("""
                {"address": "aws_instance.db", "mode": "managed", "type": "aws_instance", "name": "db", "values": {
                  "instance_type": "m5.large",
                  "root_block_device": [{"volume_size": 50, "volume_type": "gp3", "iops": 4000, "throughput": 200}],
                  "ebs_block_device": [{"device_name": "/dev/sdf", "volume_size": 200, "volume_type": "gp3", "iops": 6000, "throughput": 125}]}}
                """, "");
        Ec2Instances i = only(s, Ec2Instances.class);
        // 50 + 200 GB; IOPS above 3,000: 1,000 + 3,000 → 3,000 + 4,000 = 7,000; MB/s above 125: 75 + 0 → 200
        assertEquals(new EbsVolume(250, 7_000, 200), i.ebs());
        assertTrue(assumptions(i).contains("2 EBS volumes per instance priced as one gp3 volume of 250 GB"), assumptions(i).toString());
    }

    @Test
    void aGp2RootVolumeIsPricedAsGp3AndSaysSo() {
        // resource "aws_instance" "old" { instance_type = "m5.large"  root_block_device { volume_size = 30  volume_type = "gp2" } }
        Scenario s = imported("""
                {"address": "aws_instance.old", "mode": "managed", "type": "aws_instance", "name": "old", "values": {
                  "instance_type": "m5.large", "root_block_device": [{"volume_size": 30, "volume_type": "gp2"}]}}
                """, "");
        Ec2Instances i = only(s, Ec2Instances.class);
        assertEquals(EbsVolume.ofGb(30), i.ebs());
        assertTrue(assumptions(i).contains("EBS volume type gp2: priced as gp3"), assumptions(i).toString());
    }

    @Test
    void aWeightedMixedInstancesPolicyAndItsLaunchTemplatesVolume() {
        // resource "aws_launch_template" "web" {
        //   block_device_mappings { device_name = "/dev/xvda"  ebs { volume_size = 100  iops = 5000  throughput = 250 } }
        // }
        // resource "aws_autoscaling_group" "web" {
        //   min_size = 4  max_size = 40  desired_capacity = 20
        //   mixed_instances_policy {
        //     instances_distribution { on_demand_base_capacity = 4  on_demand_percentage_above_base_capacity = 25
        //                              on_demand_allocation_strategy = "lowest-price"  spot_allocation_strategy = "price-capacity-optimized" }
        //     launch_template {
        //       launch_template_specification { launch_template_id = aws_launch_template.web.id }
        //       override { instance_type = "c5.2xlarge"  weighted_capacity = "2" }
        //       override { instance_type = "c5.4xlarge"  weighted_capacity = "4" }
        //     }
        //   }
        // }
        Scenario s = imported("""
                {"address": "aws_launch_template.web", "mode": "managed", "type": "aws_launch_template", "name": "web", "values": {
                  "block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"volume_size": 100, "iops": 5000, "throughput": 250}]}]}},
                {"address": "aws_autoscaling_group.web", "mode": "managed", "type": "aws_autoscaling_group", "name": "web", "values": {
                  "name": "web", "min_size": 4, "max_size": 40, "desired_capacity": 20,
                  "mixed_instances_policy": [{
                    "instances_distribution": [{"on_demand_base_capacity": 4, "on_demand_percentage_above_base_capacity": 25,
                      "on_demand_allocation_strategy": "lowest-price", "spot_allocation_strategy": "price-capacity-optimized"}],
                    "launch_template": [{"launch_template_specification": [{"version": "$Latest"}],
                      "override": [{"instance_type": "c5.2xlarge", "weighted_capacity": "2"},
                                   {"instance_type": "c5.4xlarge", "weighted_capacity": "4"}]}]}]}}
                """, """
                {"address": "aws_autoscaling_group.web", "mode": "managed", "type": "aws_autoscaling_group", "name": "web", "expressions": {
                  "mixed_instances_policy": [{"launch_template": [{"launch_template_specification": [{"launch_template_id":
                    {"references": ["aws_launch_template.web.id", "aws_launch_template.web"]}}]}]}]}}
                """);
        AutoScalingGroup g = only(s, AutoScalingGroup.class);
        assertEquals(List.of(new InstanceOverride("c5.2xlarge", 2), new InstanceOverride("c5.4xlarge", 4)), g.overrides());
        assertEquals(AutoScalingGroup.OnDemandAllocation.LOWEST_PRICE, g.onDemandAllocation());
        assertEquals(20, g.desired());
        assertEquals(4, g.onDemandBase());
        assertEquals(25, g.onDemandPercentAboveBase());
        assertEquals(new EbsVolume(100, 5_000, 250), g.ebs());
        assertTrue(assumptions(g).stream().anyMatch(a -> a.startsWith("spot_allocation_strategy price-capacity-optimized")),
                assumptions(g).toString());
    }

    @Test
    void aFargateTaskDefinitionsEphemeralStorage() {
        // resource "aws_ecs_task_definition" "api" { cpu = "1024"  memory = "2048"  ephemeral_storage { size_in_gib = 50 } }
        // resource "aws_ecs_service" "api" { task_definition = aws_ecs_task_definition.api.arn  desired_count = 10  launch_type = "FARGATE" }
        Scenario s = imported("""
                {"address": "aws_ecs_task_definition.api", "mode": "managed", "type": "aws_ecs_task_definition", "name": "api", "values": {
                  "cpu": "1024", "memory": "2048", "ephemeral_storage": [{"size_in_gib": 50}]}},
                {"address": "aws_ecs_service.api", "mode": "managed", "type": "aws_ecs_service", "name": "api", "values": {
                  "name": "api", "desired_count": 10, "launch_type": "FARGATE"}}
                """, """
                {"address": "aws_ecs_service.api", "mode": "managed", "type": "aws_ecs_service", "name": "api", "expressions": {
                  "task_definition": {"references": ["aws_ecs_task_definition.api.arn", "aws_ecs_task_definition.api"]}}}
                """);
        EcsService e = only(s, EcsService.class);
        assertEquals(50, e.ephemeralStorageGb());
        assertEquals(10, e.tasks());
    }

    private static Scenario nlb(String... protocols) {
        StringBuilder resources = new StringBuilder("""
                {"address": "aws_lb.edge", "mode": "managed", "type": "aws_lb", "name": "edge", "values": {"name": "edge", "load_balancer_type": "network"}}""");
        StringBuilder config = new StringBuilder();
        for (int i = 0; i < protocols.length; i++) {
            resources.append(",\n{\"address\": \"aws_lb_listener.l").append(i).append("\", \"mode\": \"managed\", \"type\": \"aws_lb_listener\", \"name\": \"l")
                    .append(i).append("\", \"values\": {\"protocol\": \"").append(protocols[i]).append("\", \"port\": ").append(1000 + i).append("}}");
            if (i > 0) config.append(",");
            config.append("{\"address\": \"aws_lb_listener.l").append(i).append("\", \"mode\": \"managed\", \"type\": \"aws_lb_listener\", \"name\": \"l")
                    .append(i).append("\", \"expressions\": {\"load_balancer_arn\": {\"references\": [\"aws_lb.edge.arn\", \"aws_lb.edge\"]}}}");
        }
        return imported(resources.toString(), config.toString());
    }

    @Test
    void anNlbTakesItsListenersProtocol() {
        // resource "aws_lb" "edge" { load_balancer_type = "network" }
        // resource "aws_lb_listener" "l0" { load_balancer_arn = aws_lb.edge.arn  protocol = "UDP"  port = 1000 }
        assertEquals(LoadBalancer.Protocol.UDP, only(nlb("UDP"), LoadBalancer.class).protocol());
        assertEquals(LoadBalancer.Protocol.TLS, only(nlb("TLS"), LoadBalancer.class).protocol());
        assertEquals(LoadBalancer.Protocol.TCP, only(nlb("TCP"), LoadBalancer.class).protocol());
        // TCP_UDP carries UDP flows too: priced with the UDP NLCU (400 new flows/s, not 800)
        assertEquals(LoadBalancer.Protocol.UDP, only(nlb("TCP_UDP"), LoadBalancer.class).protocol());
        // no listener in the plan: TCP
        assertEquals(LoadBalancer.Protocol.TCP, only(nlb(), LoadBalancer.class).protocol());
    }

    @Test
    void anNlbWithListenersOfSeveralProtocolsTakesTheSmallestNlcuAndSaysSo() {
        LoadBalancer lb = only(nlb("TCP", "TLS", "UDP"), LoadBalancer.class);
        assertEquals(LoadBalancer.Protocol.TLS, lb.protocol());
        assertTrue(assumptions(lb).stream().anyMatch(a -> a.startsWith("listeners of protocols TCP, TLS, UDP: every flow priced as TLS")),
                assumptions(lb).toString());
    }
}
