package dev.costbench.project.importer.terraform;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportedDesign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan fixture (modules, count, for_each) mapped resource by resource, then priced from the bundled catalog. */
class TerraformImporterTest {
    private static final Path FIXTURES = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/imports");

    private static ImportedDesign shop(boolean withUsage) {
        return TerraformImporter.read(FIXTURES.resolve("shop.plan.json"), withUsage ? FIXTURES.resolve("shop.infracost-usage.yml") : null);
    }

    private static Block block(Scenario s, String id) { return s.block(id).orElseThrow(() -> new AssertionError("no block " + id)); }

    @Test
    void countInstancesBecomeOneEc2InstancesBlockAndForEachInstancesOneBlockEach() {
        Scenario s = shop(true).project().scenarios().getFirst();
        dev.costbench.model.Ec2Instances bastion = (dev.costbench.model.Ec2Instances) block(s, "aws-instance-bastion");
        // count = 2 standalone instances: one EC2 instances block of 2, no scaling group to mistake it for
        assertEquals(2, bastion.count());
        assertTrue(Assumptions.of(bastion).stream().noneMatch(x -> x.contains("Auto Scaling group")), Assumptions.of(bastion).toString());
        LambdaFunction resize = (LambdaFunction) block(s, "aws-lambda-function-worker-resize");
        LambdaFunction thumbnail = (LambdaFunction) block(s, "aws-lambda-function-worker-thumbnail");
        assertEquals(1024, resize.memoryMb());
        assertEquals(512, thumbnail.memoryMb());
        // the provisioned concurrency config names "resize": the other for_each instance keeps none
        assertEquals(5, resize.provisionedConcurrency());
        assertEquals(0, thumbnail.provisionedConcurrency());
    }

    @Test
    void modulesResolveTheirInputsSoALoadBalancerReachesTheGroupAndServiceInside() {
        Scenario s = shop(true).project().scenarios().getFirst();
        AutoScalingGroup web = (AutoScalingGroup) block(s, "module-web-aws-autoscaling-group-this");
        // mixed instances policy: 1 On-Demand base, 50 % of the rest On-Demand; the launch template's 30 GB volume
        assertEquals(List.of(2, 3, 6, 1, 50, 30), List.of(web.min(), web.desired(), web.max(), web.onDemandBase(),
                web.onDemandPercentAboveBase(), web.ebsGbPerInstance()));
        EcsService api = (EcsService) block(s, "module-api-aws-ecs-service-api");
        // task definition: 1024 CPU units = 1 vCPU, 2048 MiB = 2 GB, ARM64
        assertEquals(0, api.cpu().compareTo(BigDecimal.ONE));
        assertEquals(0, api.memoryGb().compareTo(BigDecimal.valueOf(2)));
        assertEquals(2, api.capacityProviders().size());
        assertEquals(Set.of("aws-lb-web>module-web-aws-autoscaling-group-this", "aws-lb-web>module-api-aws-ecs-service-api"),
                Set.copyOf(s.connections().stream().map(c -> c.from() + ">" + c.to()).toList()));
    }

    @Test
    void framesFollowTheSubnetsEachResourceNames() {
        Scenario s = shop(true).project().scenarios().getFirst();
        // the ECS service names private[0] only: it sits in that subnet, inside its zone, inside the VPC
        Container subnet = s.containerOf("module-api-aws-ecs-service-api").orElseThrow();
        assertEquals(ContainerKind.PRIVATE_SUBNET, subnet.kind());
        assertEquals("10.0.10.0/24", subnet.cidr());
        assertEquals("eu-west-1a", s.availabilityZoneOf("module-api-aws-ecs-service-api").orElseThrow().zone());
        // the load balancer spans both public subnets, so it sits in the VPC they share
        assertEquals(ContainerKind.VPC, s.containerOf("aws-lb-web").orElseThrow().kind());
        // every block lies inside its frame, and traffic flows left to right
        for (Block b : s.blocks())
            s.containerOf(b.id()).ifPresent(c -> assertTrue(c.contains(b.x(), b.y()) && c.contains(b.x() + 180, b.y() + 72), b.id()));
        assertTrue(block(s, "aws-lb-web").x() < block(s, "module-api-aws-ecs-service-api").x());
    }

    @Test
    void valuesNeitherThePlanNorTheUsageFileSayAreAssumptions() {
        ImportedDesign d = shop(false);
        Scenario s = d.project().scenarios().getFirst();
        EksNodeGroup jobs = (EksNodeGroup) block(s, "aws-eks-fargate-profile-jobs");
        assertEquals(List.of("pods: 1 assumed (set pods in the usage file)", "vCPU per pod: 0.25 assumed (set pod_cpu in the usage file)",
                "GB per pod: 0.5 assumed (set pod_memory_gb in the usage file)"), Assumptions.of(jobs));
        assertTrue(d.assumptions().contains("shop-alb: GB processed an hour: 1 assumed (set processed_bytes_gb in the usage file)"));
        // with the usage file, the load balancer's figures come from it and it has nothing left to confirm
        assertEquals(List.of(), Assumptions.of(block(shop(true).project().scenarios().getFirst(), "aws-lb-web")));
    }

    @Test
    void theImportedPlanPricesAsWorkedOutByHand() {
        Scenario s = shop(true).project().scenarios().getFirst();
        CostReport report = new PricingEngine(CatalogLoader.bundled()).price(s);
        // bastion: 2 × t3.micro × $0.0114 × 730 h = $16.644, + 2 × 8 GB gp3 × $0.088 = $1.408 → $18.05
        assertEquals(new BigDecimal("18.05"), monthly(report, "aws-instance-bastion"));
        // api: 4 arm64 tasks, FARGATE base 1 weight 1, FARGATE_SPOT weight 3 → 2 on FARGATE, 2 on Spot (largest remainder).
        // FARGATE: 2 × (1 × $0.03238 + 2 × $0.00356) × 730 = $57.67. Fargate Spot runs arm64 on ECS; eu-west-1 has no
        // arm64 Spot rate, so x86 Spot × arm/x86 On-Demand: vCPU 0.01379631 × 0.03238/0.04048 = 0.0110357,
        // GB 0.00151494 × 0.00356/0.004445 = 0.0012133; 2 × (0.0110357 + 2 × 0.0012133) × 730 = $19.655 → $77.32
        assertEquals(new BigDecimal("77.32"), monthly(report, "module-api-aws-ecs-service-api"));
        // ALB from the usage file: LCUs = max(40/25, 4000/3000, 2 GB/1, 50/1000) = 2;
        // 730 × $0.0250875 = $18.313875, + 2 × $0.00892 × 730 = $13.0232 → $31.34
        assertEquals(new BigDecimal("31.34"), monthly(report, "aws-lb-web"));
        // thumbnail: the type default of 2M requests × $0.20/M = $0.40; 2M × 0.2 s × 0.5 GB = 200,000 GB-s × $0.0000133334 = $2.67 → $3.07
        assertEquals(new BigDecimal("3.07"), monthly(report, "aws-lambda-function-worker-thumbnail"));
    }

    private static BigDecimal monthly(CostReport report, String id) {
        return report.block(id).chosen().monthlyRecurring().setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void referencesKeepTheInstanceTheyNameAndDropSplats() {
        assertEquals("aws_subnet.a[0]", TerraformPlan.resourceOf("aws_subnet.a[0].id"));
        assertEquals("aws_subnet.a", TerraformPlan.resourceOf("aws_subnet.a[*].id"));
        assertEquals("aws_lb.web", TerraformPlan.resourceOf("aws_lb.web.arn"));
        assertEquals(null, TerraformPlan.resourceOf("var.subnet_ids"));
        assertEquals(null, TerraformPlan.resourceOf("each.key"));
        assertEquals("module.app.aws_lambda_function.fn", PlanResource.configAddressOf("module.app[0].aws_lambda_function.fn[\"a[1]\"]"));
    }

    @Test
    void anAttachedLambdaIsConnectedAndUnusedClustersAndEnvironmentsAreListed() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_lb.edge", "mode": "managed", "type": "aws_lb", "name": "edge", "values": {"name": "edge", "load_balancer_type": "network"}},
                  {"address": "aws_lb_target_group.fn", "mode": "managed", "type": "aws_lb_target_group", "name": "fn", "values": {}},
                  {"address": "aws_lb_listener.tcp", "mode": "managed", "type": "aws_lb_listener", "name": "tcp", "values": {}},
                  {"address": "aws_lb_target_group_attachment.fn", "mode": "managed", "type": "aws_lb_target_group_attachment", "name": "fn", "values": {}},
                  {"address": "aws_lambda_function.fn", "mode": "managed", "type": "aws_lambda_function", "name": "fn", "values": {"function_name": "fn"}},
                  {"address": "aws_eks_cluster.idle", "mode": "managed", "type": "aws_eks_cluster", "name": "idle", "values": {"name": "idle"}},
                  {"address": "aws_batch_compute_environment.spare", "mode": "managed", "type": "aws_batch_compute_environment", "name": "spare", "values": {}}]}},
                 "configuration": {"root_module": {"resources": [
                  {"address": "aws_lb_listener.tcp", "mode": "managed", "type": "aws_lb_listener", "name": "tcp", "expressions": {
                    "load_balancer_arn": {"references": ["aws_lb.edge.arn", "aws_lb.edge"]},
                    "default_action": [{"target_group_arn": {"references": ["aws_lb_target_group.fn.arn", "aws_lb_target_group.fn"]}}]}},
                  {"address": "aws_lb_target_group_attachment.fn", "mode": "managed", "type": "aws_lb_target_group_attachment", "name": "fn", "expressions": {
                    "target_group_arn": {"references": ["aws_lb_target_group.fn.arn", "aws_lb_target_group.fn"]},
                    "target_id": {"references": ["aws_lambda_function.fn.arn", "aws_lambda_function.fn"]}}}]}}}
                """;
        ImportedDesign d = TerraformImporter.fromText(plan, "edge.json", "edge.json", UsageFile.NONE);
        Scenario s = d.project().scenarios().getFirst();
        assertEquals(List.of("aws-lb-edge>aws-lambda-function-fn"), s.connections().stream().map(c -> c.from() + ">" + c.to()).toList());
        assertEquals(List.of("aws_batch_compute_environment (no job queue in the plan uses it): aws_batch_compute_environment.spare",
                "aws_eks_cluster (no node group or Fargate profile in the plan; its cluster fee is not priced): aws_eks_cluster.idle"), d.notMapped());
        // no provider region and no subnet: the default region, said once for the design
        assertEquals("Design: region: the plan names none (no region in the AWS provider, no subnet zone): us-east-1 assumed",
                d.assumptions().getFirst());
    }

    @Test
    void aValueNoDesignCanHoldIsReportedAtItsResource() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_autoscaling_group.big", "mode": "managed", "type": "aws_autoscaling_group", "name": "big",
                   "provider_name": "registry.terraform.io/hashicorp/aws",
                   "values": {"name": "big", "min_size": 1, "max_size": 500000, "desired_capacity": 200000}}]}}}
                """;
        DesignImportException e = assertThrows(DesignImportException.class,
                () -> TerraformImporter.fromText(plan, "big.json", "big.json", UsageFile.NONE));
        assertTrue(e.getMessage().startsWith("big.json: aws_autoscaling_group.big (max): cannot become a block: "), e.getMessage());
    }

    @Test
    void aCountThatIsNoWholeNumberIsNotReadAsAnotherOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // 4294967298 read as an int is 2; 2.5 read as one is 2: either would price a design nobody planned
        String plan = java.nio.file.Files.readString(FIXTURES.resolve("shop.plan.json"));
        for (String size : new String[] {"4294967298", "2.5", "\"lots\""}) {
            Path file = dir.resolve("plan-" + size.hashCode() + ".json");
            java.nio.file.Files.writeString(file, plan.replaceAll("\"desired_size\": *\\d+", "\"desired_size\": " + java.util.regex.Matcher.quoteReplacement(size)));
            Scenario s = TerraformImporter.read(file, null).project().scenarios().getFirst();
            EksNodeGroup workers = (EksNodeGroup) block(s, "aws-eks-node-group-workers");
            assertEquals(1, workers.desired(), size);
            assertTrue(Assumptions.of(workers).stream().anyMatch(x -> x.startsWith("desired_size is ") && x.endsWith(
                    ", not a whole number Costbench can use: 1 assumed")), size + ": " + Assumptions.of(workers));
        }
    }

    @Test
    void aUsageFileThatCannotBeTakenIsNamedWithItsPlace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.yml");
        java.nio.file.Files.writeString(huge, "version: 0.1\nresource_usage:\n  aws_lambda_function.worker[\"resize\"]:\n    monthly_requests: 1e30\n");
        DesignImportException e = org.junit.jupiter.api.Assertions.assertThrows(DesignImportException.class,
                () -> TerraformImporter.read(FIXTURES.resolve("shop.plan.json"), huge));
        // the usage file and the figure as written, not the plan and a count clamped to 9223372036854775807
        assertTrue(e.getMessage().startsWith(huge + ": aws_lambda_function.worker[\"resize\"].monthly_requests: is 1.0E30"), e.getMessage());
        Path broken = dir.resolve("broken.yml");
        java.nio.file.Files.writeString(broken, "version: 0.1\nresource_usage:\n  aws_lb.web:\n    new_connections: [unclosed\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(DesignImportException.class,
                () -> TerraformImporter.read(FIXTURES.resolve("shop.plan.json"), broken));
        assertTrue(e.getMessage().startsWith(broken + ": line "), e.getMessage());
    }

    @Test
    void aPlanWithMoreAfterItIsNotReadAsTheFirstPart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path two = dir.resolve("two.plan.json");
        java.nio.file.Files.writeString(two, java.nio.file.Files.readString(FIXTURES.resolve("shop.plan.json")) + "\n{}\n");
        DesignImportException e = org.junit.jupiter.api.Assertions.assertThrows(DesignImportException.class,
                () -> TerraformImporter.read(two, null));
        assertTrue(e.getMessage().contains(": is not JSON (more JSON after the closing }); export the plan with terraform show -json"),
                e.getMessage());
    }
}
