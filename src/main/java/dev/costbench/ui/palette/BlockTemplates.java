package dev.costbench.ui.palette;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.spec.BlockSpecs;

import java.util.List;
import java.util.Set;

/**
 * The block a palette drop creates: the kind's template (a small, typical configuration that prices at once)
 * on an instance type the catalog prices in the scenario's region.
 */
public final class BlockTemplates {
    private static final List<String> GENERAL_PURPOSE = List.of("m5.large", "m6i.large", "m7i.large", "t3.large", "m5.xlarge");

    private final PriceCatalog catalog;

    public BlockTemplates(PriceCatalog catalog) { this.catalog = catalog; }

    /** The kind's template from its spec, on an instance type priced here, at the drop point. */
    public Block create(BlockKind kind, String id, String region, double x, double y) {
        return BlockSpecs.of(kind).template().create(id, instanceType(region)).withPosition(x, y);
    }

    private String instanceType(String region) {
        Set<String> priced = catalog.pricedInstanceTypes(region);
        for (String t : GENERAL_PURPOSE) if (priced.contains(t)) return t;
        return priced.isEmpty() ? GENERAL_PURPOSE.get(0) : priced.stream().sorted().findFirst().orElseThrow();
    }
}
