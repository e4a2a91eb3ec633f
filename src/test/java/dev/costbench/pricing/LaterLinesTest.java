package dev.costbench.pricing;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: the engine keeps each option's figures and works its lines out again when they are read
 * ({@link LaterLines}); the lines read later are the lines the pricing built, and they add up to the figures kept.
 * Random synthetic designs of every kind (Lambda free tier and account tiers, EKS cluster fees, ALB targets
 * included), compared block by block with an engine that keeps every line it builds.
 */
class LaterLinesTest {
    private static final PriceCatalog CATALOG = CatalogLoader.bundled();

    @Test
    void linesWorkedOutLaterAreTheLinesThePricingBuilt() {
        for (long seed = 11; seed <= 14; seed++) {
            Scenario design = SyntheticDesign.generate(300, seed);
            if (seed % 2 == 0) design = design.withLambdaFreeTier(false);
            CostReport later = new PricingEngine(CATALOG).price(design), kept = new PricingEngine(CATALOG, true).price(design);
            int lines = 0;
            for (int i = 0; i < kept.blocks().size(); i++) {
                BlockCost k = kept.blocks().get(i), l = later.blocks().get(i);
                String where = "seed " + seed + ", block " + k.blockId();
                for (PurchaseOption o : PurchaseOption.ALL) {
                    assertEquals(k.option(o).lines(), l.option(o).lines(), where + ", " + o.key());
                    assertAddsUp(l.option(o), where + ", " + o.key());
                    lines += l.option(o).lines().size();
                    OptionCost twin = l.graviton().options().get(o), keptTwin = k.graviton().options().get(o);
                    if (keptTwin == null) continue;
                    assertEquals(keptTwin.lines(), twin.lines(), where + ", Graviton twin, " + o.key());
                    assertAddsUp(twin, where + ", Graviton twin, " + o.key());
                }
                assertTrue(k.equals(l), where);
            }
            // 300 blocks under 26 options: thousands of lines were worked out again, not a handful
            assertTrue(lines > 3000, "seed " + seed + ": " + lines + " lines");
        }
    }

    @Test
    void theShippedExamplesLinesIncludingTrafficOnConnectionsAreTheLinesThePricingBuilt() throws Exception {
        // the synthetic designs carry no traffic; the container platform does (NAT gateway, internet, cross-AZ)
        for (String example : List.of("container-platform", "web-shop", "data-platform")) {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("costbench.project.dir", "."),
                    "examples", example + ".costbench.json");
            for (Scenario design : dev.costbench.project.ProjectFile.read(file).scenarios()) {
                CostReport later = new PricingEngine(CATALOG).price(design), kept = new PricingEngine(CATALOG, true).price(design);
                for (int i = 0; i < kept.blocks().size(); i++) {
                    BlockCost k = kept.blocks().get(i), l = later.blocks().get(i);
                    for (PurchaseOption o : PurchaseOption.ALL) {
                        String where = example + ", " + design.name() + ", block " + k.blockId() + ", " + o.key();
                        assertEquals(k.option(o).lines(), l.option(o).lines(), where);
                        assertAddsUp(l.option(o), where);
                    }
                }
            }
        }
    }

    @Test
    void linesAreWorkedOutOnceAndKept() {
        CostReport report = new PricingEngine(CATALOG).price(SyntheticDesign.generate(20, 3));
        BlockCost b = report.blocks().getFirst();
        List<CostLine> onDemand = b.option(PurchaseOption.ON_DEMAND).lines();
        assertFalse(onDemand.isEmpty());
        CostLine first = onDemand.getFirst();
        // read again: the same line objects, worked out once (and the block's other options came from that pricing)
        assertSame(first, b.option(PurchaseOption.ON_DEMAND).lines().getFirst());
        assertEquals(onDemand, new PricingEngine(CATALOG, true).price(SyntheticDesign.generate(20, 3)).blocks().getFirst()
                .option(PurchaseOption.ON_DEMAND).lines());
    }

    /** The figures kept equal the figures the lines add up to, to the BigDecimal (value and scale) and the basis. */
    private static void assertAddsUp(OptionCost c, String where) {
        if (!c.isPriced()) {
            assertTrue(c.lines().isEmpty(), where);
            return;
        }
        OptionCost sum = OptionCost.priced(c.option(), c.lines());
        assertEquals(sum.upfront(), c.upfront(), where + ": upfront");
        assertEquals(sum.monthlyRecurring(), c.monthlyRecurring(), where + ": recurring");
        assertEquals(sum.monthlyEffective(), c.monthlyEffective(), where + ": effective");
        assertEquals(sum.basis(), c.basis(), where + ": basis");
    }
}
