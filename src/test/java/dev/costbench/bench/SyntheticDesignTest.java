package dev.costbench.bench;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticDesignTest {
    private static final Pattern SHIPPED_TYPES = Pattern.compile("(m5|c5|r5|m6i|c6i)\\.(large|xlarge|2xlarge|4xlarge)");

    @Test
    void aLargeGeneratedDesignSavesAndOpensAsADesignFile() {
        // 5,000 blocks draw hundreds of balancer → service connections; none may be a duplicate the file format refuses
        dev.costbench.model.Project p = new dev.costbench.model.Project("Large", java.util.List.of(SyntheticDesign.generate(5_000, 1)));
        dev.costbench.model.Project read = dev.costbench.project.ProjectFile.parse(dev.costbench.project.ProjectFile.toJson(p), "large");
        assertEquals(p.scenarios().getFirst().connections(), read.scenarios().getFirst().connections());
    }

    @Test
    void sameSeedSameDesign() {
        assertEquals(SyntheticDesign.generate(300, 7), SyntheticDesign.generate(300, 7));
        assertNotEquals(SyntheticDesign.generate(300, 7), SyntheticDesign.generate(300, 8));
    }

    @Test
    void aThousandBlocksMixEveryKindAndConnectThem() {
        Scenario s = SyntheticDesign.generate(1000, 42);
        assertEquals(1000, s.blocks().size());
        Map<BlockKind, Integer> kinds = new EnumMap<>(BlockKind.class);
        Set<String> ids = new HashSet<>();
        for (Block b : s.blocks()) {
            kinds.merge(b.kind(), 1, Integer::sum);
            ids.add(b.id());
            String type = switch (b) {
                case AutoScalingGroup a -> a.instanceType();
                case EcsService e -> e.instanceType();
                case EksNodeGroup g -> g.mode() == EksNodeGroup.Mode.MANAGED ? g.instanceType() : null;
                case BatchQueue q -> q.instanceType();
                default -> null;
            };
            if (type != null) assertTrue(SHIPPED_TYPES.matcher(type).matches(), type);
        }
        assertEquals(1000, ids.size(), "ids are unique");
        // NAT gateways and the Internet block are ends of traffic, not compute: generated designs leave them out, so the
        // engine benchmarks keep measuring what they measured
        for (BlockKind k : BlockKind.values())
            if (k != BlockKind.NAT_GATEWAY && k != BlockKind.INTERNET) assertTrue(kinds.getOrDefault(k, 0) >= 50, k + ": " + kinds.get(k));
        assertFalse(s.connections().isEmpty());
        assertTrue(s.connections().stream().allMatch(c -> ids.contains(c.from()) && ids.contains(c.to())));
    }

    @Test
    void everyBlockPricesOnACatalogThatHasEveryRate() {
        CostReport r = new PricingEngine(FullyPricedCatalog.build()).price(SyntheticDesign.generate(400, 3));
        assertTrue(r.missing().isEmpty(), () -> r.missing().toString());
        for (var b : r.blocks()) {
            OptionCost chosen = b.chosen();
            assertTrue(chosen.isPriced(), () -> b.name() + " " + chosen.reason());
        }
        assertTrue(r.totals().get(PurchaseOption.ON_DEMAND).complete());
    }
}
