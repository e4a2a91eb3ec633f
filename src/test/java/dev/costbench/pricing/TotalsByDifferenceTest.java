package dev.costbench.pricing;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: an engine that keeps its totals by difference over a long run of random edits (renames, changed
 * blocks, removals, insertions, the free tier switched, a block's option changed, undo to an earlier scenario)
 * reports exactly what a fresh engine pricing the same scenario from nothing reports: every block's figures,
 * every option total, the chosen and Graviton totals, to the BigDecimal (value and scale), warnings and missing
 * prices. The totals are also checked against a plain sum of the fresh report's block figures.
 */
class TotalsByDifferenceTest {
    private static final PriceCatalog CATALOG = CatalogLoader.bundled();

    @Test
    void everyFigureKeptByDifferenceEqualsAFreshReprice() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Scenario design = SyntheticDesign.generate(240, seed);
            List<Block> others = SyntheticDesign.generate(240, seed + 100).blocks();
            PricingEngine engine = new PricingEngine(CATALOG);
            List<Scenario> history = new ArrayList<>(List.of(design));
            List<Block> removed = new ArrayList<>();
            Scenario s = design;
            engine.price(s);
            for (int step = 0; step < 60; step++) {
                s = edit(s, random, others, removed, history);
                history.add(s);
                // the fresh engine keeps the lines it builds: the kept one works them out again when compared
                CostReport kept = engine.price(s), fresh = new PricingEngine(CATALOG, true).price(s);
                String where = "seed " + seed + ", step " + step;
                assertSameReport(fresh, kept, where);
                assertPlainSums(fresh, where);
            }
        }
    }

    /**
     * The same with GB on the connections, an internet, a NAT gateway and two Availability Zones (and a Region frame
     * of another region): the traffic charges, kept while no block at an end of a connection changed, are what a
     * fresh engine works out, also after an end is renamed, replaced, removed or put back.
     */
    @Test
    void trafficKeptByDifferenceEqualsAFreshReprice() {
        Random random = new Random(11);
        Scenario design = withTraffic(SyntheticDesign.generate(200, 11), random);
        List<Block> others = SyntheticDesign.generate(200, 111).blocks();
        PricingEngine engine = new PricingEngine(CATALOG);
        List<Scenario> history = new ArrayList<>(List.of(design));
        List<Block> removed = new ArrayList<>();
        Scenario s = design;
        assertTrue(engine.price(s).blocks().stream().anyMatch(b -> b.chosen().lines().stream()
                .anyMatch(l -> l.description().contains("Internet"))), "the design pays for traffic to the internet");
        int endsEdited = 0;
        for (int step = 0; step < 80; step++) {
            Scenario next = edit(s, random, others, removed, history);
            for (int i = 0; i < Math.min(s.blocks().size(), next.blocks().size()); i++)
                if (s.blocks().get(i) != next.blocks().get(i) && ends(s).contains(s.blocks().get(i).id())) endsEdited++;
            s = next;
            history.add(s);
            CostReport kept = engine.price(s), fresh = new PricingEngine(CATALOG, true).price(s);
            assertSameReport(fresh, kept, "step " + step);
        }
        // the run edits blocks at the ends of connections as well as blocks away from them
        assertTrue(endsEdited > 5, "ends edited: " + endsEdited);
    }

    private static java.util.Set<String> ends(Scenario s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (dev.costbench.model.Connection c : s.connections()) {
            out.add(c.from());
            out.add(c.to());
        }
        return out;
    }

    /** {@code s} with GB on every connection, 30 more to an internet and through a NAT gateway, and blocks in frames. */
    private static Scenario withTraffic(Scenario s, Random random) {
        List<Block> blocks = new ArrayList<>(s.blocks());
        blocks.add(new dev.costbench.model.Internet("net", "Internet", 0, 0, null));
        blocks.add(new dev.costbench.model.NatGateway("nat", "NAT", 0, 0, null, 1));
        List<dev.costbench.model.Connection> connections = new ArrayList<>();
        for (dev.costbench.model.Connection c : s.connections())
            connections.add(c.withTraffic(BigDecimal.valueOf(random.nextInt(5000)), BigDecimal.valueOf(random.nextInt(200))));
        for (int i = 0; i < 30; i++) {
            String from = s.blocks().get(random.nextInt(s.blocks().size())).id();
            connections.add(new dev.costbench.model.Connection(from, i % 2 == 0 ? "net" : "nat")
                    .withTraffic(BigDecimal.valueOf(random.nextInt(40_000)), BigDecimal.ONE));
        }
        List<String> zoneA = new ArrayList<>(), zoneB = new ArrayList<>(), elsewhere = new ArrayList<>();
        for (int i = 0; i < s.blocks().size(); i++)
            (i % 3 == 0 ? zoneA : i % 3 == 1 ? zoneB : elsewhere).add(s.blocks().get(i).id());
        List<dev.costbench.model.Container> frames = List.of(
                new dev.costbench.model.Container("az-a", dev.costbench.model.ContainerKind.AVAILABILITY_ZONE, "a", 0, 0, 500, 500,
                        null, "us-east-1a", null, zoneA),
                new dev.costbench.model.Container("az-b", dev.costbench.model.ContainerKind.AVAILABILITY_ZONE, "b", 0, 0, 500, 500,
                        null, "us-east-1b", null, zoneB),
                new dev.costbench.model.Container("eu", dev.costbench.model.ContainerKind.REGION, "eu-west-1", 0, 0, 500, 500,
                        null, null, null, elsewhere.subList(0, 10)));
        return s.withBlocks(blocks).withConnections(connections).withContainers(frames);
    }

    @Test
    void aRenameKeepsEveryOtherBlocksCostAndMovesNoTotal() {
        PricingEngine engine = new PricingEngine(CATALOG);
        Scenario design = SyntheticDesign.generate(500, 7);
        CostReport before = engine.price(design);
        CostReport after = engine.price(SyntheticDesign.withOneBlockRenamed(design, 3));
        int same = 0;
        for (int i = 0; i < before.blocks().size(); i++) if (before.blocks().get(i) == after.blocks().get(i)) same++;
        // the renamed block is priced anew; any other block priced anew would have had its share moved, and a rename moves none
        assertEquals(before.blocks().size() - 1, same);
        assertEquals(before.totals(), after.totals());
        assertSame(before.blocks().get(0), after.blocks().get(0));
    }

    /** Field by field, so a difference names itself (a whole report's text would be megabytes). */
    static void assertSameReport(CostReport fresh, CostReport kept, String where) {
        for (PurchaseOption o : PurchaseOption.ALL)
            assertEquals(fresh.totals().get(o), kept.totals().get(o), where + ", total under " + o.key());
        assertEquals(fresh.chosenMonthly(), kept.chosenMonthly(), where + ", chosen monthly");
        assertEquals(fresh.chosenUpfront(), kept.chosenUpfront(), where + ", chosen upfront");
        assertEquals(fresh.gravitonChosenMonthly(), kept.gravitonChosenMonthly(), where + ", on Graviton");
        assertEquals(fresh.blocks().size(), kept.blocks().size(), where);
        for (int i = 0; i < fresh.blocks().size(); i++)
            assertTrue(fresh.blocks().get(i).equals(kept.blocks().get(i)), where + ", block " + fresh.blocks().get(i).blockId());
        assertEquals(fresh.warnings(), kept.warnings(), where);
        assertEquals(fresh.missing(), kept.missing(), where);
        assertTrue(fresh.equals(kept), where);
    }

    private static Scenario edit(Scenario s, Random random, List<Block> others, List<Block> removed, List<Scenario> history) {
        List<Block> blocks = s.blocks();
        int i = random.nextInt(blocks.size());
        Block b = blocks.get(i);
        return switch (random.nextInt(8)) {
            case 0 -> s.withBlock(b.withName(b.name() + "'"));
            // another block of the same id: a change of content, often of kind (a function becomes a node group)
            case 1 -> {
                Block other = others.get(i % others.size()).withId(b.id());
                yield s.withBlocks(replace(blocks, i, other));
            }
            case 2 -> {
                if (blocks.size() < 20) yield s;
                removed.add(b);
                yield s.withoutBlock(b.id());
            }
            case 3 -> {
                if (removed.isEmpty()) yield s.withLambdaFreeTier(!s.lambdaFreeTier());
                Block back = removed.removeLast();
                if (blocks.stream().anyMatch(x -> x.id().equals(back.id()))) yield s;
                List<Block> out = new ArrayList<>(blocks);
                out.add(random.nextInt(out.size() + 1), back);
                yield s.withBlocks(out);
            }
            case 4 -> s.withLambdaFreeTier(!s.lambdaFreeTier());
            case 5 -> {
                PurchaseOption o = random.nextInt(4) == 0 ? null : PurchaseOption.ALL.get(random.nextInt(PurchaseOption.ALL.size()));
                yield s.withBlocks(replace(blocks, i, b.withPurchaseOption(o)));
            }
            // undo to a scenario a few edits back: its blocks are the objects the engine priced then
            case 6 -> history.get(Math.max(0, history.size() - 1 - random.nextInt(3)));
            default -> s.withBlock(b.withPosition(b.x() + 10, b.y()));
        };
    }

    private static List<Block> replace(List<Block> blocks, int i, Block b) {
        List<Block> out = new ArrayList<>(blocks);
        out.set(i, b);
        return out;
    }

    /** Each option's total is the plain sum of its blocks' figures (On-Demand where the option does not apply). */
    private static void assertPlainSums(CostReport report, String where) {
        for (PurchaseOption o : PurchaseOption.ALL) {
            BigDecimal recurring = BigDecimal.ZERO, effective = BigDecimal.ZERO;
            int missing = 0, fallback = 0;
            for (BlockCost b : report.blocks()) {
                OptionCost c = b.option(o);
                if (c.status() == OptionCost.Status.NOT_APPLICABLE) {
                    fallback++;
                    c = b.option(PurchaseOption.ON_DEMAND);
                }
                if (!c.isPriced()) { missing++; continue; }
                recurring = recurring.add(c.monthlyRecurring());
                effective = effective.add(c.monthlyEffective());
            }
            OptionTotal t = report.totals().get(o);
            assertEquals(0, recurring.compareTo(t.monthlyRecurring()), where + ", " + o.key());
            assertEquals(0, effective.compareTo(t.monthlyEffective()), where + ", " + o.key());
            assertEquals(missing, t.missingBlocks(), where + ", " + o.key());
            assertEquals(fallback, t.fallbackBlocks(), where + ", " + o.key());
        }
        BigDecimal chosen = BigDecimal.ZERO;
        for (BlockCost b : report.blocks()) if (b.chosen().isPriced()) chosen = chosen.add(b.chosen().monthlyEffective());
        assertEquals(0, chosen.compareTo(report.chosenMonthly()), where);
        assertTrue(report.blocks().size() >= 20, where);
    }
}
