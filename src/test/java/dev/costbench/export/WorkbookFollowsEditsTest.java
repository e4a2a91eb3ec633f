package dev.costbench.export;

import dev.costbench.pricing.OptionMap;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The workbook is the engine's model, not a copy of its figures: generated designs (every kind, every option) are
 * exported, every Assumptions input of every block whose lines carry their rules is changed at random in the
 * workbook and the same change is made to the design; the recalculated workbook (POI, and LibreOffice when it is
 * installed, all workbooks in one run) must give every purchase option of every block, and the scenario total,
 * to the cent as the engine prices the edited design.
 */
class WorkbookFollowsEditsTest {
    private static final double CENT = 0.005;
    private static final int ASSUMPTION_NAME = 6, ASSUMPTION_VALUE = 4;

    @TempDir Path dir;

    /** How a workbook input maps back to the design: the block's field set to the input's new value. */
    private interface Edit {
        Block apply(Block block, BigDecimal value);
    }

    /** A change a reviewer might make to one input: its new value in the workbook's terms. */
    private interface Pick {
        BigDecimal next(Random random);
    }

    private record Editor(Pick pick, Edit edit) {}

    /** Every input a block's rules use, by kind and input field: a rule with an input not listed here fails the test. */
    private static final Map<String, Editor> EDITORS = Map.ofEntries(
            Map.entry("asg/instances", new Editor(r -> BigDecimal.valueOf(r.nextInt(31)), (b, v) -> {
                AutoScalingGroup a = (AutoScalingGroup) b;
                int n = v.intValueExact();
                return a.withCounts(Math.min(a.min(), n), n, Math.max(a.max(), n));
            })),
            Map.entry("asg/od_base", new Editor(r -> BigDecimal.valueOf(r.nextInt(8)),
                    (b, v) -> ((AutoScalingGroup) b).withMixedPolicy(v.intValueExact(), ((AutoScalingGroup) b).onDemandPercentAboveBase()))),
            // a percentage is a fraction in the workbook (50% is 0.5) and a whole percent in the design
            Map.entry("asg/od_pct", new Editor(r -> BigDecimal.valueOf(r.nextInt(101)).movePointLeft(2),
                    (b, v) -> ((AutoScalingGroup) b).withMixedPolicy(((AutoScalingGroup) b).onDemandBase(), v.movePointRight(2).intValueExact()))),
            Map.entry("asg/ebs_gb", new Editor(r -> BigDecimal.valueOf(1 + r.nextInt(500)),
                    (b, v) -> ((AutoScalingGroup) b).withEbsGbPerInstance(v.intValueExact()))),
            Map.entry("load-balancer/new_conn", new Editor(r -> BigDecimal.valueOf(r.nextInt(5000), 1),
                    (b, v) -> traffic((LoadBalancer) b, v, null, null, null))),
            Map.entry("load-balancer/active_conn", new Editor(r -> BigDecimal.valueOf(r.nextInt(400_000)),
                    (b, v) -> traffic((LoadBalancer) b, null, v, null, null))),
            Map.entry("load-balancer/gb_per_hour", new Editor(r -> BigDecimal.valueOf(r.nextInt(300), 1),
                    (b, v) -> traffic((LoadBalancer) b, null, null, v, null))),
            Map.entry("load-balancer/rule_evals", new Editor(r -> BigDecimal.valueOf(r.nextInt(20_000)),
                    (b, v) -> traffic((LoadBalancer) b, null, null, null, v))),
            Map.entry("eks-node-group/nodes", new Editor(r -> BigDecimal.valueOf(r.nextInt(40)),
                    (b, v) -> ((EksNodeGroup) b).withDesired(v.intValueExact()))),
            // requests up to 20 billion, so that usage edited in the workbook crosses every duration tier
            Map.entry("lambda/requests", new Editor(r -> BigDecimal.valueOf(r.nextInt(4) == 0 ? r.nextLong(20_000_000_000L)
                    : r.nextInt(50_000_000)), (b, v) -> ((LambdaFunction) b).withRequestsPerMonth(v.longValueExact()))),
            Map.entry("lambda/duration_ms", new Editor(r -> BigDecimal.valueOf(1 + r.nextInt(30_000), 1),
                    (b, v) -> lambda((LambdaFunction) b, null, v))),
            Map.entry("lambda/memory_mb", new Editor(r -> BigDecimal.valueOf(128 + r.nextInt(10_113)),
                    (b, v) -> lambda((LambdaFunction) b, v.intValueExact(), null))),
            Map.entry("lambda/ephemeral_mb", new Editor(r -> BigDecimal.valueOf(512 + r.nextInt(9_729)),
                    (b, v) -> ((LambdaFunction) b).withEphemeralStorageMb(v.intValueExact()))),
            Map.entry("lambda/pc", new Editor(r -> BigDecimal.valueOf(1 + r.nextInt(50)),
                    (b, v) -> ((LambdaFunction) b).withProvisioned(v.intValueExact(), ((LambdaFunction) b).provisionedHoursPerMonth()))),
            Map.entry("lambda/pc_hours", new Editor(r -> BigDecimal.valueOf(r.nextInt(7301), 1),
                    (b, v) -> ((LambdaFunction) b).withProvisioned(((LambdaFunction) b).provisionedConcurrency(), v))));

    private static LambdaFunction lambda(LambdaFunction f, Integer memoryMb, BigDecimal durationMs) {
        return new LambdaFunction(f.id(), f.name(), f.x(), f.y(), f.purchaseOption(), memoryMb != null ? memoryMb : f.memoryMb(),
                f.architecture(), f.requestsPerMonth(), durationMs != null ? durationMs : f.avgDurationMs(),
                f.ephemeralStorageMb(), f.provisionedConcurrency(), f.provisionedHoursPerMonth(), f.loadProfile(), f.extensions());
    }

    private static LoadBalancer traffic(LoadBalancer lb, BigDecimal newConn, BigDecimal active, BigDecimal gb, BigDecimal rules) {
        return new LoadBalancer(lb.id(), lb.name(), lb.x(), lb.y(), lb.purchaseOption(), lb.type(),
                newConn != null ? newConn : lb.newConnectionsPerSec(), active != null ? active : lb.activeConnectionsPerMin(),
                gb != null ? gb : lb.processedGbPerHour(), rules != null ? rules : lb.ruleEvaluationsPerSec(), lb.extensions());
    }

    /** One exported design, its edited workbook and the engine's report of the same edits. */
    private record Case(String name, Path workbook, ExportRequest edited, List<String> changed) {}

    @Test
    void everyEditedInputMovesTheWorkbookAsItMovesTheEngine() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            Scenario design = SyntheticDesign.generate(10, seed);
            cases.add(edited("design-" + seed, design, new Random(seed), Map.of()));
        }
        cases.add(edited("asg-on-demand-100-to-50", mixedGroup(), new Random(0), Map.of("s1_web_od_pct", new BigDecimal("0.5"))));
        // 1 GB × 1 s a request: 1M requests are 1M GB-s, in the first tier; 7 billion cross into the second
        // (x86 6B), 20 billion into the third (15B); arm64's twin crosses at 7.5B and 18.75B
        for (long requests : new long[]{7_000_000_000L, 16_000_000_000L, 20_000_000_000L})
            cases.add(edited("lambda-to-" + requests, functions(false), new Random(0),
                    Map.of("s1_big_requests", BigDecimal.valueOf(requests))));
        // the free tier turned on in the workbook is handed out in file order again
        cases.add(edited("free-tier-on", functions(false), new Random(0), Map.of("s1_LambdaFreeTier", BigDecimal.ONE)));
        cases.add(edited("free-tier-off", functions(true), new Random(0), Map.of("s1_LambdaFreeTier", BigDecimal.ZERO,
                "s1_small_requests", BigDecimal.valueOf(300_000))));
        for (Case c : cases) {
            try (WorkbookReader wb = new WorkbookReader(c.workbook())) {
                wb.evaluateAll();
                assertFollows(wb, c, "POI");
            }
        }
        if (LibreOffice.installed()) {
            List<Path> recalculated = LibreOffice.recalculateAll(cases.stream().map(Case::workbook).toList(), dir.resolve("lo"));
            for (int i = 0; i < cases.size(); i++)
                try (WorkbookReader wb = new WorkbookReader(recalculated.get(i))) {
                    assertFollows(wb, cases.get(i), "LibreOffice");
                }
        }
    }

    /** A group of 4 all On-Demand (100 % above a base of 0) with gp3 volumes: lowering the % puts instances on Spot. */
    private static Scenario mixedGroup() {
        Block web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 2, 4, 8).withMixedPolicy(0, 100).withEbsGbPerInstance(50);
        return new Scenario("Mixed", Scenario.DEFAULT_REGION, List.of(web), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /** Two functions sharing the free tier: a small one first, then one of 1 GB running 1 s a request. */
    private static Scenario functions(boolean freeTier) {
        Block small = LambdaFunction.of("small", "Small", 512, 800_000L, new BigDecimal("400"));
        Block big = LambdaFunction.of("big", "Big", 1024, 1_000_000L, new BigDecimal("1000"));
        return new Scenario("Functions", Scenario.DEFAULT_REGION, List.of(small, big), List.of(), Scenario.DEFAULT_OPTION, freeTier);
    }

    /**
     * Exports {@code design}, changes every input of every ruled block (or only {@code fixed}, name → value, when
     * given) on Assumptions and in the design alike, and prices the edited design.
     */
    private Case edited(String name, Scenario design, Random random, Map<String, BigDecimal> fixed) throws Exception {
        ExportRequest exported = new ExportRequest(name, Designs.CATALOG, List.of(new PricedScenario(design, Designs.ENGINE.price(design))));
        Path file = dir.resolve(name + ".xlsx");
        WorkbookExporter.write(exported, file);
        List<String> changed = new ArrayList<>();
        Scenario after = design;
        try (WorkbookReader wb = new WorkbookReader(file)) {
            BigDecimal freeTier = fixed.get("s1_LambdaFreeTier");
            if (freeTier != null) {
                setText(wb, "s1_LambdaFreeTier", freeTier.signum() > 0 ? "yes" : "no");
                after = after.withLambdaFreeTier(freeTier.signum() > 0);
                changed.add("s1_LambdaFreeTier=" + (freeTier.signum() > 0 ? "yes" : "no"));
            }
            for (BlockCost cost : exported.scenarios().getFirst().report().blocks()) {
                if (!ruled(cost)) continue;
                Block block = after.block(cost.blockId()).orElseThrow();
                for (Map.Entry<String, Cell> input : inputs(wb, "s1_" + cost.blockId() + "_").entrySet()) {
                    String key = block.kind().fileName() + "/" + input.getKey();
                    Editor editor = EDITORS.get(key);
                    if (editor == null) fail("the workbook has an input the test cannot change in the design: " + key);
                    String cellName = "s1_" + cost.blockId() + "_" + input.getKey();
                    BigDecimal value = fixed.isEmpty() ? editor.pick().next(random) : fixed.get(cellName);
                    if (value == null) continue;
                    input.getValue().setCellValue(value.doubleValue());
                    block = editor.edit().apply(block, value);
                    changed.add(cellName + "=" + value.toPlainString());
                }
                after = after.withBlock(block);
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.wb.write(out);
            }
        }
        assertFalse(changed.isEmpty(), name + ": no input was changed");
        assertTrue(fixed.isEmpty() || changed.size() == fixed.size(), name + ": only " + changed + " of " + fixed.keySet() + " exist");
        ExportRequest edited = new ExportRequest(name, Designs.CATALOG, List.of(new PricedScenario(after, Designs.ENGINE.price(after))));
        return new Case(name, file, edited, changed);
    }

    /** A text input, in a fresh cell (POI keeps an inline string's old text after setCellValue). */
    private static void setText(WorkbookReader wb, String name, String value) {
        Cell cell = wb.cell("Assumptions", wb.rowOf("Assumptions", ASSUMPTION_NAME, name), ASSUMPTION_VALUE);
        Row row = cell.getRow();
        row.removeCell(cell);
        row.createCell(ASSUMPTION_VALUE).setCellValue(value);
    }

    /** Whether every line of every priced option of the block, and of its twin, carries its rule. */
    private static boolean ruled(BlockCost cost) {
        List<OptionMap<OptionCost>> variants = new ArrayList<>(List.of(cost.options()));
        if (cost.graviton() != null && cost.graviton().available()) variants.add(cost.graviton().options());
        boolean any = false;
        for (OptionMap<OptionCost> options : variants)
            for (OptionCost oc : options.values())
                for (CostLine l : oc.lines()) {
                    if (!l.hasRule()) return false;
                    any = true;
                }
        return any;
    }

    /** The block's input cells on Assumptions (plain numbers, not formulas), by field. */
    private static Map<String, Cell> inputs(WorkbookReader wb, String prefix) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (Row r : wb.wb.getSheet("Assumptions")) {
            Cell name = r.getCell(ASSUMPTION_NAME), value = r.getCell(ASSUMPTION_VALUE);
            if (name == null || value == null || name.getCellType() != CellType.STRING) continue;
            String n = name.getStringCellValue();
            if (n.startsWith(prefix) && value.getCellType() == CellType.NUMERIC) out.put(n.substring(prefix.length()), value);
        }
        return out;
    }

    /** Every priced option of every block (and twin) and the scenario's total, as the engine prices the edited design. */
    private static void assertFollows(WorkbookReader wb, Case c, String by) {
        CostReport report = c.edited().scenarios().getFirst().report();
        String what = by + ", " + c.name() + " after " + c.changed();
        int row = 5;
        for (BlockCost b : report.blocks()) {
            List<OptionMap<OptionCost>> variants = new ArrayList<>(List.of(b.options()));
            if (b.graviton().available()) variants.add(b.graviton().options());
            for (OptionMap<OptionCost> options : variants) {
                for (PurchaseOption o : PurchaseOption.ALL) {
                    OptionCost oc = options.get(o);
                    String where = what + ": " + b.name() + " / " + o.key();
                    assertEquals(o.key(), wb.text("Purchase options", row, 4), where);
                    if (oc.isPriced()) {
                        assertEquals(oc.upfront().doubleValue(), wb.number("Purchase options", row, 8), CENT, where + " upfront");
                        assertEquals(oc.monthlyEffective().doubleValue(), wb.number("Purchase options", row, 10), CENT, where + " monthly");
                    }
                    row++;
                }
            }
        }
        if (report.chosenMonthly() != null)
            assertEquals(report.chosenMonthly().doubleValue(), wb.number("Summary", EngineFigures.totalRow(c.edited(), 0), 6), CENT,
                    what + ": scenario total");
        assertTrue(row > 5, what);
    }
}
