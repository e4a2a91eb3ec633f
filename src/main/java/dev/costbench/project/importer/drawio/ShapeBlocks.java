package dev.costbench.project.importer.drawio;

import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Tenancy;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.spec.CrossFieldRules;
import java.math.BigDecimal;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.ImportDefaults;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block a compute shape stands for. A picture gives a kind and a label, nothing more: the label may name an
 * instance type ("Web m5.xlarge"), and every other value is a default written on the block as an assumption.
 */
final class ShapeBlocks {
    private static final Pattern INSTANCE_TYPE =
            Pattern.compile("\\b([a-z][a-z0-9-]*\\d[a-z0-9-]*\\.(?:nano|micro|small|medium|large|metal|\\d*xlarge))\\b");

    Block block(AwsShapes.Compute kind, String id, String label, int instancesDrawn) {
        String name = label.isBlank() ? id : label;
        Assumptions a = new Assumptions();
        Block b = switch (kind) {
            case AUTO_SCALING_GROUP -> {
                int n = instancesDrawn > 0 ? instancesDrawn : ImportDefaults.ASG_INSTANCES;
                if (instancesDrawn > 0) a.add(n + " instances drawn inside the group: min = desired = max = " + n + " assumed");
                else a.add("group size not in the diagram: min = desired = max = " + n + " assumed");
                yield new AutoScalingGroup(id, name, 0, 0, null, instanceType(label, ImportDefaults.INSTANCE_TYPE, a), n, n, n, 0, 100, 0, null, null,
                        tenancy(label, a), java.util.Map.of());
            }
            case EC2_INSTANCE -> {
                a.add("one standalone EC2 instance without a volume");
                yield new Ec2Instances(id, name, 0, 0, null, instanceType(label, ImportDefaults.INSTANCE_TYPE, a), 1, 0, null,
                        tenancy(label, a), java.util.Map.of());
            }
            case APP_RUNNER -> {
                int max = (int) CrossFieldRules.APP_RUNNER_MAX_SIZE;
                a.add(AppRunnerService.Size.V1_GB2.label() + ", App Runner's default of 1 to " + max + " instances, 1 active "
                        + ImportDefaults.APP_RUNNER_ACTIVE_PERCENT + " % of the month, automatic deployments assumed");
                yield new AppRunnerService(id, name, 0, 0, null, AppRunnerService.Size.V1_GB2, 1, max, BigDecimal.ONE,
                        ImportDefaults.APP_RUNNER_ACTIVE_PERCENT, AppRunnerService.Deployments.AUTOMATIC);
            }
            case ECR -> {
                a.add(ImportDefaults.ECR_STORED_GB.toPlainString() + " GB stored, no pulls from outside the region assumed");
                yield new EcrRepository(id, name, 0, 0, null, ImportDefaults.ECR_STORED_GB, BigDecimal.ZERO, BigDecimal.ZERO);
            }
            case ECS -> {
                a.add("Fargate service of " + ImportDefaults.ECS_TASKS + " task of " + ImportDefaults.FARGATE_CPU + " vCPU and "
                        + ImportDefaults.FARGATE_MEMORY_GB + " GB assumed");
                yield EcsService.fargate(id, name, ImportDefaults.FARGATE_CPU, ImportDefaults.FARGATE_MEMORY_GB, ImportDefaults.ECS_TASKS);
            }
            case EKS -> {
                a.add("managed node group of 2 nodes assumed");
                yield EksNodeGroup.managed(id, name, "default", instanceType(label, ImportDefaults.INSTANCE_TYPE, a), 2);
            }
            case LAMBDA -> {
                a.add("memory " + ImportDefaults.LAMBDA_MEMORY_MB + " MB, " + String.format(Locale.ROOT, "%,d", ImportDefaults.LAMBDA_REQUESTS_PER_MONTH)
                        + " requests a month of " + ImportDefaults.LAMBDA_DURATION_MS + " ms assumed");
                yield new LambdaFunction(id, name, 0, 0, null, ImportDefaults.LAMBDA_MEMORY_MB, null, ImportDefaults.LAMBDA_REQUESTS_PER_MONTH,
                        ImportDefaults.LAMBDA_DURATION_MS, 0, 0, null, null);
            }
            case BATCH -> {
                a.add(String.format(Locale.ROOT, "%,d", ImportDefaults.BATCH_JOBS_PER_MONTH) + " jobs a month of "
                        + ImportDefaults.BATCH_VCPU_PER_JOB + " vCPU, " + ImportDefaults.BATCH_MEMORY_GB_PER_JOB + " GB and "
                        + ImportDefaults.BATCH_JOB_MINUTES + " minutes on EC2 On-Demand assumed");
                yield new BatchQueue(id, name, 0, 0, null, BatchQueue.Compute.EC2, instanceType(label, ImportDefaults.BATCH_INSTANCE_TYPE, a),
                        ImportDefaults.BATCH_JOBS_PER_MONTH, ImportDefaults.BATCH_VCPU_PER_JOB, ImportDefaults.BATCH_MEMORY_GB_PER_JOB,
                        ImportDefaults.BATCH_JOB_MINUTES, null, null, null);
            }
            case NAT_GATEWAY -> {
                a.add("one NAT gateway; the GB it processes come from the arrows' traffic");
                yield new NatGateway(id, name, 0, 0, null, 1);
            }
            case INTERNET -> new Internet(id, label.isBlank() ? "Internet" : label, 0, 0, null);
            case ALB, NLB, LOAD_BALANCER -> {
                if (kind == AwsShapes.Compute.LOAD_BALANCER) a.add("a generic Elastic Load Balancing shape: an Application Load Balancer assumed");
                a.add(ImportDefaults.LB_NEW_CONNECTIONS_PER_SEC + " new connections a second, " + ImportDefaults.LB_ACTIVE_CONNECTIONS_PER_MIN
                        + " active a minute, " + ImportDefaults.LB_PROCESSED_GB_PER_HOUR + " GB processed an hour assumed");
                yield new LoadBalancer(id, name, 0, 0, null, kind == AwsShapes.Compute.NLB ? LoadBalancer.Type.NLB : LoadBalancer.Type.ALB,
                        ImportDefaults.LB_NEW_CONNECTIONS_PER_SEC, ImportDefaults.LB_ACTIVE_CONNECTIONS_PER_MIN,
                        ImportDefaults.LB_PROCESSED_GB_PER_HOUR, ImportDefaults.LB_RULE_EVALUATIONS_PER_SEC);
            }
        };
        return a.attachTo(b);
    }

    /** "Dedicated Host" in the label puts the instances on Dedicated Hosts, "dedicated" on Dedicated Instances. */
    private static Tenancy tenancy(String label, Assumptions a) {
        String l = label.toLowerCase(Locale.ROOT);
        Tenancy t = l.contains("dedicated host") ? Tenancy.HOST : l.contains("dedicated") ? Tenancy.DEDICATED : Tenancy.DEFAULT;
        if (t != Tenancy.DEFAULT) a.add("\"dedicated\" in the label: " + t.label() + " assumed");
        return t;
    }

    private static String instanceType(String label, String fallback, Assumptions a) {
        Matcher m = INSTANCE_TYPE.matcher(label.toLowerCase(Locale.ROOT));
        if (m.find()) return m.group(1);
        a.add("instance type not in the label: " + fallback + " assumed");
        return fallback;
    }

}
