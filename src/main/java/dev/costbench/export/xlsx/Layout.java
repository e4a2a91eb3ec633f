package dev.costbench.export.xlsx;

import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.model.Block;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.UnpricedLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.RateRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;
import java.util.Map;
import java.util.List;

/**
 * Works out where everything goes before a cell is written: each block's Summary, Graviton, Purchase
 * options and Line items rows, its input names, and the Sources row of every rate. Blocks keep the
 * project's order, scenario after scenario, so each scenario's rows are one contiguous range.
 */
final class Layout {
    static final int TABLE_HEADER_ROW = 4;

    final List<ScenarioPlan> scenarios = new ArrayList<>();
    final List<BlockPlan> blocks = new ArrayList<>();
    final RateSources sources = new RateSources(SourcesSheet.FIRST_ROW);
    final int lastLineRow;
    final int lastOptionRow;
    final int lastSummaryRow;
    final int lastGravitonRow;

    Layout(ExportRequest request) {
        InputNames.Registry names = new InputNames.Registry();
        int summaryRow = TABLE_HEADER_ROW + 1, optionRow = PurchaseOptionsSheet.FIRST_ROW, lineRow = TABLE_HEADER_ROW + 1;
        List<List<BlockPlan>> perScenario = new ArrayList<>();
        for (int s = 0; s < request.scenarios().size(); s++) {
            PricedScenario ps = request.scenarios().get(s);
            List<BlockPlan> mine = new ArrayList<>();
            // by id once, not Scenario.block's search per block: 500,000 comparisons at 1,000 blocks
            Map<String, Block> byId = new HashMap<>();
            for (Block b : ps.scenario().blocks()) byId.putIfAbsent(b.id(), b);
            for (BlockCost cost : ps.report().blocks()) {
                Block block = byId.get(cost.blockId());
                if (block == null) throw new IllegalArgumentException("scenario " + ps.scenario().name()
                        + ": the report prices block " + cost.blockId() + ", which the scenario does not have");
                BlockPlan plan = new BlockPlan(s + 1, ps, block, cost, names.forBlock(s + 1, block.id()));
                plan.summaryRow = summaryRow;
                plan.gravitonRow = summaryRow;
                summaryRow++;
                // one Purchase options row per block; the twins' rows follow every block's (below)
                plan.optionsRow = optionRow++;
                for (Variant v : plan.hasTwin() ? Variant.values() : new Variant[]{Variant.DESIGN}) {
                    // the twin's lines have no Line items rows: its Purchase options figures are written over its rates
                    // and the design's quantities (PurchaseOptionsSheet): a third fewer formulas for LibreOffice to load
                    boolean rows = v == Variant.DESIGN;
                    List<LinePlan> into = rows ? plan.lines : plan.twinLines;
                    int first = lineRow;
                    // a line several options have alike (gp3 volumes, a cluster fee, the On-Demand part above a
                    // reservation: same figures, same rate, same rule) is one row that each of them counts
                    Map<Alike, LinePlan> shared = new HashMap<>();
                    Map<UnpricedLine, LinePlan> awaited = new HashMap<>();
                    for (PurchaseOption o : PurchaseOption.ALL) {
                        OptionCost oc = plan.options(v).get(o);
                        if (oc == null || !oc.isPriced()) continue;
                        for (CostLine line : oc.lines()) {
                            Alike key = new Alike(line);
                            LinePlan already = shared.get(key);
                            // two alike lines within one option are two rows: the option pays both
                            if (already != null && !already.options().contains(o)) {
                                already.options().add(o);
                                continue;
                            }
                            RateRef rate = line.rate();
                            if (rate == null) throw new IllegalArgumentException("block " + block.id() + ", " + o.key()
                                    + ": the line " + line.component() + " names no catalog rate");
                            LinePlan lp = new LinePlan(rows ? lineRow++ : 0, v, new ArrayList<>(List.of(o)), line,
                                    sources.rowOf(ps.report().region(), rate), rate.multiplier());
                            shared.put(key, lp);
                            into.add(lp);
                        }
                        // a tier whose rate the catalog lacks, not reached yet: a row (one for the options alike), so an
                        // edit into it reads missing
                        for (UnpricedLine u : oc.unpriced()) {
                            LinePlan already = awaited.get(u);
                            if (already != null) {
                                already.options().add(o);
                                continue;
                            }
                            LinePlan lp = LinePlan.awaiting(rows ? lineRow++ : 0, v, o, u);
                            awaited.put(u, lp);
                            into.add(lp);
                        }
                    }
                    if (rows) {
                        plan.firstLine = first;
                        plan.lastLine = lineRow - 1;
                    }
                }
                mine.add(plan);
                blocks.add(plan);
            }
            for (BlockPlan p : mine) p.scenarioBlocks = mine;
            perScenario.add(mine);
        }
        for (BlockPlan plan : blocks) if (plan.hasTwin()) plan.twinOptionsRow = optionRow++;
        lastSummaryRow = summaryRow - 1;
        lastGravitonRow = summaryRow - 1;
        int totalRow = summaryRow + 1;
        for (int s = 0; s < perScenario.size(); s++)
            scenarios.add(new ScenarioPlan(s + 1, request.scenarios().get(s), perScenario.get(s), totalRow + s, totalRow + s));
        lastOptionRow = optionRow - 1;
        lastLineRow = lineRow - 1;
        sources.addBases(request.catalog());
    }

    /**
     * A line as the workbook writes it: its figures and rate (CostLine's equality) and its quantity's rule, so two
     * lines alike are alike after any edit too. Hashed on the figures only, so a long rule is compared only when
     * the figures match.
     */
    private record Alike(CostLine line) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Alike a && (a.line == line || (line.equals(a.line) && Objects.equals(line.rule(), a.line.rule())));
        }

        @Override
        public int hashCode() { return line.hashCode(); }
    }
}
