package dev.costbench.pricing.component;

import dev.costbench.pricing.OptionMap;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A line's rule and rate say the same as its figures: over a generated design of every kind and option, every
 * line that carries a rule has the rule's value as its quantity and the rate's published price × multiplier as
 * its unit price, so the workbook's formulas start from the engine's own numbers.
 */
class CostComponentsTest {

    @Test
    void everyRuledLineIsItsRuleTimesItsRate() {
        CostReport report = new PricingEngine(CatalogLoader.bundled()).price(SyntheticDesign.generate(300, 11));
        int ruled = 0;
        for (BlockCost b : report.blocks()) {
            List<OptionMap<OptionCost>> variants = new ArrayList<>(List.of(b.options()));
            if (b.graviton().available()) variants.add(b.graviton().options());
            for (OptionMap<OptionCost> options : variants)
                for (OptionCost oc : options.values())
                    for (CostLine l : oc.lines()) {
                        if (!l.hasRule()) continue;
                        String where = b.name() + " / " + oc.option().key() + " / " + l.component();
                        assertEquals(0, l.rule().value().compareTo(l.quantity()), where + " quantity");
                        assertEquals(0, l.rate().unitPrice().compareTo(l.unitPrice()), where + " unit price");
                        assertEquals(l.provenance(), l.rate().provenance(), where);
                        ruled++;
                    }
        }
        // the design has Auto Scaling groups, load balancers, Lambda functions and managed node groups by the dozen
        assertTrue(ruled > 5_000, ruled + " ruled lines");
    }
}
