package dev.costbench.ui.palette;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The block a palette drop creates: a small, typical configuration of each kind that prices at once,
 * on an instance type the catalog prices in the scenario's region.
 */
public final class BlockTemplates {
    private static final List<String> GENERAL_PURPOSE = List.of("m5.large", "m6i.large", "m7i.large", "t3.large", "m5.xlarge");

    private final PriceCatalog catalog;

    public BlockTemplates(PriceCatalog catalog) { this.catalog = catalog; }

    public Block create(BlockKind kind, String id, String region, double x, double y) {
        String type = instanceType(region);
        Block b = switch (kind) {
            case ASG -> new AutoScalingGroup(id, "Web servers", 0, 0, null, type, 1, 2, 4, 0, 100, 0, null, null);
            case ECS_SERVICE -> EcsService.fargate(id, "API service", new BigDecimal("0.5"), BigDecimal.ONE, 2);
            case EKS_NODE_GROUP -> EksNodeGroup.managed(id, "Node group", "main", type, 3);
            case LAMBDA -> LambdaFunction.of(id, "Function", 512, 1_000_000, new BigDecimal("100"));
            case BATCH_QUEUE -> new BatchQueue(id, "Batch jobs", 0, 0, null, BatchQueue.Compute.EC2, type, 1000,
                    BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("10"), Architecture.X86_64, null, null);
            case LOAD_BALANCER -> new LoadBalancer(id, "Load balancer", 0, 0, null, LoadBalancer.Type.ALB,
                    new BigDecimal("10"), new BigDecimal("600"), new BigDecimal("0.1"), BigDecimal.ZERO);
        };
        return b.withPosition(x, y);
    }

    private String instanceType(String region) {
        Set<String> priced = catalog.pricedInstanceTypes(region);
        for (String t : GENERAL_PURPOSE) if (priced.contains(t)) return t;
        return priced.isEmpty() ? GENERAL_PURPOSE.get(0) : priced.stream().sorted().findFirst().orElseThrow();
    }
}
