package dev.costbench.workshop;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.pricing.ReferenceCatalog;

import java.util.List;

/** The reference catalog and an engine on it, shared by the workshop tests. */
final class Workshop {
    private Workshop() {}

    static final PriceCatalog CATALOG = ReferenceCatalog.build();
    static final PricingEngine ENGINE = new PricingEngine(CATALOG);

    static Scenario scenario(String name, Block... blocks) {
        return new Scenario(name, ReferenceCatalog.REGION, List.of(blocks), List.of(), PurchaseOption.ON_DEMAND, false);
    }
}
