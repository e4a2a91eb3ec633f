package dev.costbench.export.xlsx;

import dev.costbench.export.PricedScenario;
import dev.costbench.model.Block;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.ArrayList;
import java.util.List;

/**
 * One block in the workbook: the engine's figures, the names of its inputs, and the rows it occupies on
 * each sheet (1-based), worked out before anything is written so that every sheet can refer to the others.
 */
final class BlockPlan {
    static final int OPTIONS = PurchaseOption.ALL.size();

    final int scenarioIndex;
    final PricedScenario scenario;
    final Block block;
    final BlockCost cost;
    final InputNames names;
    /** The lines of the block as designed, each a Line items row. */
    final List<LinePlan> lines = new ArrayList<>();
    /** The lines of the Graviton twin, which have no rows of their own (their row is 0). */
    final List<LinePlan> twinLines = new ArrayList<>();
    /** Every block of the same scenario in file order (the Lambda free tier is handed out in that order). */
    List<BlockPlan> scenarioBlocks = List.of();
    int summaryRow;
    int gravitonRow;
    /** The Purchase options row of the block as designed. */
    int optionsRow;
    /** The Purchase options row of the Graviton twin, or 0 when the block has none. */
    int twinOptionsRow;
    /** Line items rows of the block as designed; last < first when no option is priced. */
    int firstLine, lastLine;

    BlockPlan(int scenarioIndex, PricedScenario scenario, Block block, BlockCost cost, InputNames names) {
        this.scenarioIndex = scenarioIndex;
        this.scenario = scenario;
        this.block = block;
        this.cost = cost;
        this.names = names;
    }

    private java.util.Map<String, String> texts;
    private java.util.Set<String> rowFields;

    /** The fields of the block's Assumptions rows (worked out once, on first use). */
    java.util.Set<String> rowFields() {
        if (rowFields == null) rowFields = java.util.Set.copyOf(ComponentModel.rows(this).keySet());
        return rowFields;
    }

    /** The text inputs the block's lines compare with other blocks', with their values (worked out once, on first use). */
    java.util.Map<String, String> texts() {
        if (texts == null) {
            List<dev.costbench.pricing.CostLine> all = new ArrayList<>();
            for (LinePlan l : lines) all.add(l.line());
            texts = ComponentModel.texts(all);
        }
        return texts;
    }

    private final java.util.Map<LinePlan, String> quantities = new java.util.IdentityHashMap<>();

    /**
     * Formula (without "=") of a line's quantity, or null when it carries no rule; worked out once per line, as Line
     * items and the Graviton twin's figures (which find the design's quantity cell by it) both need it. A line awaiting
     * a rate has no rate, only its rule: its formula is what says an edit reached it.
     */
    String quantity(LinePlan lp) {
        if (lp.unpriced() == null && !lp.line().hasRule()) return null;
        return quantities.computeIfAbsent(lp, l -> FormulaText.of(l.line().rule(), ComponentModel.names(this)));
    }

    private SummarySheet.Figures summary;

    /** The cached results of the block's Summary and Graviton rows (worked out once, on first use). */
    SummarySheet.Figures summary() {
        if (summary == null) summary = SummarySheet.Figures.of(this);
        return summary;
    }

    boolean hasTwin() { return cost.graviton() != null && cost.graviton().available(); }

    /** The engine's figures per option for the variant. */
    OptionMap<OptionCost> options(Variant v) { return v == Variant.DESIGN ? cost.options() : cost.graviton().options(); }

    int optionsRow(Variant v) { return v == Variant.DESIGN ? optionsRow : twinOptionsRow; }

    /** The variant's lines: the design's rows, or the twin's lines without rows. */
    List<LinePlan> lines(Variant v) { return v == Variant.DESIGN ? lines : twinLines; }

    boolean hasLines(Variant v) { return !lines(v).isEmpty(); }
}
