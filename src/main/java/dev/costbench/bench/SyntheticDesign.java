package dev.costbench.bench;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Connection;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;

import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up but realistic design of any size, the same for the same seed, for benchmarks of pricing, export,
 * the canvas and the command line. The mix follows what architects draw: about a quarter Auto Scaling groups,
 * a fifth ECS services (two thirds Fargate), EKS node groups and Fargate profiles spread over a few clusters,
 * Lambda functions, Batch queues on every kind of compute, and ALBs/NLBs in front of the services. Instance
 * types are m5, c5, r5, m6i and c6i from large to 4xlarge, all priced in the shipped us-east-1 catalog.
 */
public final class SyntheticDesign {
    private SyntheticDesign() {}

    private static final String[] FAMILIES = {"m5", "c5", "r5", "m6i", "c6i"};
    private static final String[] SIZES = {"large", "xlarge", "2xlarge", "4xlarge"};
    /** Fargate task sizes people actually use, all valid pairs. */
    private static final String[][] TASK_SIZES = {{"0.25", "0.5"}, {"0.5", "1"}, {"1", "2"}, {"1", "4"}, {"2", "4"},
            {"2", "8"}, {"4", "8"}, {"4", "16"}};
    private static final PurchaseOption[] OPTIONS = {
            PurchaseOption.of(new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT)),
            PurchaseOption.of(new ReservedKey(Term.THREE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT)),
            PurchaseOption.of(new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT)),
            PurchaseOption.of(new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.THREE_YEAR, Payment.ALL_UPFRONT)),
            PurchaseOption.SPOT};
    private static final int COLUMNS = 12;

    public static Scenario generate(int blocks, long seed) {
        Random random = new Random(seed);
        int clusters = Math.max(1, blocks / 40);
        List<Block> out = new ArrayList<>(blocks);
        List<String> services = new ArrayList<>();
        List<String> balancers = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            String id = "b" + (i + 1);
            int pick = random.nextInt(100);
            Block b;
            if (pick < 18) {
                b = autoScalingGroup(id, i, random);
                services.add(id);
            } else if (pick < 34) {
                b = ecsService(id, i, random);
                services.add(id);
            } else if (pick < 46) {
                b = eksNodeGroup(id, i, random, clusters);
                services.add(id);
            } else if (pick < 62) {
                b = lambda(id, i, random);
                functions.add(id);
            } else if (pick < 71) {
                b = batchQueue(id, i, random);
            } else if (pick < 79) {
                b = loadBalancer(id, i, random);
                balancers.add(id);
            } else if (pick < 86) {
                b = new dev.costbench.model.AppRunnerService(id, "api-" + i, 0, 0, null,
                        dev.costbench.model.AppRunnerService.Size.values()[random.nextInt(dev.costbench.model.AppRunnerService.Size.values().length)],
                        1, 10, java.math.BigDecimal.valueOf(1 + random.nextInt(10)), random.nextInt(101),
                        random.nextBoolean() ? dev.costbench.model.AppRunnerService.Deployments.AUTOMATIC : dev.costbench.model.AppRunnerService.Deployments.MANUAL);
                services.add(id);
            } else if (pick < 93) {
                b = new dev.costbench.model.EcrRepository(id, "images-" + i, 0, 0, null, java.math.BigDecimal.valueOf(1 + random.nextInt(500)),
                        java.math.BigDecimal.valueOf(random.nextInt(1000)), java.math.BigDecimal.valueOf(random.nextInt(1000)));
            } else {
                AutoScalingGroup a = autoScalingGroup(id, i, random);
                b = new dev.costbench.model.Ec2Instances(id, "fleet-" + i, 0, 0, null, a.instanceType(), 1 + random.nextInt(8),
                        a.ebsGbPerInstance(), null);
                services.add(id);
            }
            if (!(b instanceof LoadBalancer) && random.nextInt(100) < 15)
                b = b.withPurchaseOption(OPTIONS[random.nextInt(OPTIONS.length)]);
            out.add(b.withPosition(80 + (i % COLUMNS) * 220, 80 + (i / COLUMNS) * 160.0));
        }
        return new Scenario("Synthetic " + blocks + " blocks (seed " + seed + ")", Scenario.DEFAULT_REGION, out,
                connections(random, services, balancers, functions), Scenario.DEFAULT_OPTION, true);
    }

    private static List<Connection> connections(Random random, List<String> services, List<String> balancers,
                                                List<String> functions) {
        // a set: a balancer that draws the same service twice gets one connection, as a design file allows
        Set<Connection> out = new LinkedHashSet<>();
        if (services.isEmpty()) return List.of();
        for (String lb : balancers)
            for (int k = 1 + random.nextInt(3); k > 0; k--)
                out.add(new Connection(lb, services.get(random.nextInt(services.size()))));
        for (String f : functions)
            if (random.nextInt(100) < 40) out.add(new Connection(f, services.get(random.nextInt(services.size()))));
        return new ArrayList<>(out);
    }

    private static String instanceType(Random random) {
        return FAMILIES[random.nextInt(FAMILIES.length)] + "." + SIZES[random.nextInt(SIZES.length)];
    }

    /** A random type at least as large as a task or job, so that every synthetic block can be priced. */
    private static String instanceTypeHolding(Random random, double vcpu, double memoryGb) {
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        int gibPerVcpu = switch (family.charAt(0)) { case 'c' -> 2; case 'r' -> 8; default -> 4; };
        for (int s = random.nextInt(SIZES.length); ; s++) {
            int typeVcpu = 2 << s;  // large 2, xlarge 4, 2xlarge 8, 4xlarge 16
            // strictly more memory than the task: an instance registers less than it has installed (ECS memory management)
            if (s == SIZES.length - 1 || (typeVcpu >= vcpu && typeVcpu * gibPerVcpu > memoryGb))
                return family + "." + SIZES[s];
        }
    }

    private static AutoScalingGroup autoScalingGroup(String id, int i, Random random) {
        int min = 1 + random.nextInt(4);
        int desired = min + random.nextInt(6);
        AutoScalingGroup asg = AutoScalingGroup.of(id, "web-asg-" + i, instanceType(random), min, desired, desired + random.nextInt(8))
                .withEbsGbPerInstance(random.nextInt(3) == 0 ? 0 : 20 + 10 * random.nextInt(10));
        if (random.nextInt(100) < 30) asg = asg.withMixedPolicy(random.nextInt(3), 10 * random.nextInt(8));
        return asg;
    }

    private static EcsService ecsService(String id, int i, Random random) {
        String[] size = TASK_SIZES[random.nextInt(TASK_SIZES.length)];
        EcsService s = EcsService.fargate(id, "api-svc-" + i, new BigDecimal(size[0]), new BigDecimal(size[1]),
                1 + random.nextInt(30));
        int kind = random.nextInt(100);
        if (kind < 35)
            return s.withEc2(instanceTypeHolding(random, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        if (kind < 55) return s.withCapacityProviders(List.of(
                new CapacityProviderShare(CapacityProviderShare.FARGATE, 1 + random.nextInt(2), 1),
                new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, 1 + random.nextInt(4))));
        if (kind < 65) return s.withArchitecture(Architecture.ARM64);
        return s;
    }

    private static EksNodeGroup eksNodeGroup(String id, int i, Random random, int clusters) {
        String cluster = "eks-" + (1 + random.nextInt(clusters));
        EksNodeGroup g = EksNodeGroup.managed(id, "nodes-" + i, cluster, instanceType(random), 2 + random.nextInt(10));
        int kind = random.nextInt(100);
        if (kind < 25) return g.withFargatePods(2 + random.nextInt(40), new BigDecimal(random.nextBoolean() ? "0.5" : "1"),
                BigDecimal.valueOf(1 + random.nextInt(4)));
        if (kind < 45) g = g.withCapacityType(EksNodeGroup.CapacityType.SPOT);
        return g.withPods(g.desired() * (5 + random.nextInt(20)));
    }

    private static LambdaFunction lambda(String id, int i, Random random) {
        int[] memory = {128, 256, 512, 1024, 2048};
        LambdaFunction f = LambdaFunction.of(id, "fn-" + i, memory[random.nextInt(memory.length)],
                100_000L * (1 + random.nextInt(500)), BigDecimal.valueOf(20 + random.nextInt(1500)));
        if (random.nextInt(100) < 20) f = f.withArchitecture(Architecture.ARM64);
        if (random.nextInt(100) < 10) f = f.withEphemeralStorageMb(1024 + 512 * random.nextInt(4));
        if (random.nextInt(100) < 10) f = f.withProvisioned(1 + random.nextInt(10), null);
        return f;
    }

    private static BatchQueue batchQueue(String id, int i, Random random) {
        BatchQueue.Compute[] kinds = BatchQueue.Compute.values();
        BatchQueue.Compute compute = kinds[random.nextInt(kinds.length)];
        int vcpu = 1 << random.nextInt(3);
        return new BatchQueue(id, "jobs-" + i, 0, 0, null, compute,
                compute.isFargate() ? null : instanceTypeHolding(random, vcpu, vcpu * 2),
                100L * (1 + random.nextInt(200)), BigDecimal.valueOf(vcpu), BigDecimal.valueOf(vcpu * 2L),
                BigDecimal.valueOf(5 + random.nextInt(115)), Architecture.X86_64, null, null);
    }

    private static LoadBalancer loadBalancer(String id, int i, Random random) {
        boolean alb = random.nextInt(4) > 0;
        return new LoadBalancer(id, (alb ? "alb-" : "nlb-") + i, 0, 0, null, alb ? LoadBalancer.Type.ALB : LoadBalancer.Type.NLB,
                BigDecimal.valueOf(random.nextInt(200)), BigDecimal.valueOf(random.nextInt(20_000)),
                BigDecimal.valueOf(random.nextInt(50), 1), BigDecimal.valueOf(random.nextInt(2_000)));
    }

    /**
     * {@code design} with one block renamed, a different block for each {@code run}: an edit the engine answers
     * by pricing that block anew and reusing the rest.
     */
    public static Scenario withOneBlockRenamed(Scenario design, int run) {
        Block b = design.blocks().get(Math.floorMod(run, design.blocks().size()));
        return design.withBlock(b.withName(b.name() + " #" + run));
    }

    /** {@code design} with every block renamed for {@code run}: nothing can be reused, so it is a full reprice. */
    public static Scenario withEveryBlockRenamed(Scenario design, int run) {
        return design.withBlocks(design.blocks().stream().map(b -> b.withName(b.name() + " #" + run)).toList());
    }
}
