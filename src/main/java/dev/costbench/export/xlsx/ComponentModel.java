package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every block in the workbook, whatever its kind: its Assumptions rows are the inputs and named figures its cost
 * lines' rules use (each once, a figure after what it is made of), and each line's quantity is its own rule written
 * as a formula. Nothing about a block kind is written here: the pricer's rules are the model. A line without a rule
 * (a report not made by the engine) keeps its quantity as an input cell.
 */
final class ComponentModel {
    private ComponentModel() {}

    static List<AssumptionRow> assumptions(BlockPlan plan) {
        Map<String, Object> rows = new LinkedHashMap<>();
        String own = plan.block.id();
        for (Variant v : plan.hasTwin() ? Variant.values() : new Variant[]{Variant.DESIGN})
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost oc = plan.options(v).get(o);
                if (oc != null && oc.isPriced())
                    for (CostLine l : oc.lines()) if (l.hasRule()) collect(l.rule(), own, rows);
            }
        List<AssumptionRow> out = new ArrayList<>(rows.size() + 1);
        out.add(AssumptionRow.option(plan.cost.chosenOption().key()));
        FormulaText.Names names = names(plan);
        for (Object q : rows.values()) {
            switch (q) {
                case Quantity.Input i when i.format() == Quantity.Format.PERCENT ->
                        out.add(AssumptionRow.percent(i.label(), i.field(), i.value(), i.note()));
                case Quantity.Input i -> out.add(AssumptionRow.input(i.label(), i.field(), i.value(), i.unit(), i.note()));
                case Quantity.Named n -> out.add(AssumptionRow.derived(n.label(), n.field(),
                        FormulaText.of(n.formula(), names), n.value(), n.unit(), n.note()));
                case Quantity.Text t -> out.add(AssumptionRow.text(t.label(), t.field(), t.value(), t.note()));
                default -> throw new IllegalStateException("only inputs, texts and named figures have rows");
            }
        }
        return out;
    }

    /**
     * Inputs and named figures of {@code q} that are rows of block {@code own}, depth first, so a named figure
     * follows the rows it refers to; another block's figures are rows of that block.
     */
    private static void collect(Quantity q, String own, Map<String, Object> rows) {
        switch (q) {
            case Quantity.Input i -> rows.putIfAbsent(i.field(), i);
            case Quantity.Named n -> {
                if ((n.block() != null && !n.block().equals(own)) || rows.containsKey(n.field())) return;
                collect(n.formula(), own, rows);
                rows.put(n.field(), n);
            }
            case Quantity.FirstOf f -> rows.putIfAbsent(f.own().field(), f.own());
            case Quantity.Constant c -> { }
            case Quantity.Add a -> { collect(a.left(), own, rows); collect(a.right(), own, rows); }
            case Quantity.Sub s -> { collect(s.left(), own, rows); collect(s.right(), own, rows); }
            case Quantity.Mul m -> { collect(m.left(), own, rows); collect(m.right(), own, rows); }
            case Quantity.Div d -> { collect(d.left(), own, rows); collect(d.right(), own, rows); }
            case Quantity.Ceil c -> collect(c.of(), own, rows);
            case Quantity.Floor f -> collect(f.of(), own, rows);
            case Quantity.Max m -> { collect(m.left(), own, rows); collect(m.right(), own, rows); }
            case Quantity.Min m -> { collect(m.left(), own, rows); collect(m.right(), own, rows); }
            case Quantity.If i -> { collect(i.then(), own, rows); collect(i.otherwise(), own, rows); }
            case Quantity.IfAbove i -> {
                collect(i.left(), own, rows);
                collect(i.right(), own, rows);
                collect(i.then(), own, rows);
                collect(i.otherwise(), own, rows);
            }
            case Quantity.Band b -> collect(b.of(), own, rows);
        }
    }

    /** The names of the block's own figures, of other blocks' figures of the same scenario, and its settings. */
    static FormulaText.Names names(BlockPlan plan) {
        return new FormulaText.Names() {
            @Override
            public String of(String block, String field) {
                if (block == null || block.equals(plan.block.id())) return plan.names.of(field);
                for (BlockPlan other : plan.scenarioBlocks)
                    if (other.block.id().equals(block)) return other.names.of(field);
                throw new IllegalStateException("a rule refers to block " + block + ", which the scenario does not have");
            }

            @Override
            public List<String> earlier(String field) {
                List<String> out = new ArrayList<>();
                for (BlockPlan other : plan.scenarioBlocks) {
                    if (other == plan) break;
                    if (other.texts().contains(field)) out.add(other.names.of(field));
                }
                return out;
            }

            @Override
            public String isOn(String setting) {
                if (setting.equals(Quantity.LAMBDA_FREE_TIER)) return GlobalInputs.lambdaFreeTier(plan.scenarioIndex) + "=\"yes\"";
                throw new IllegalStateException("no workbook input for the setting " + setting);
            }
        };
    }

    /** The text fields the lines' rules compare with other blocks' (a node group's cluster): a line's rule or its named figure. */
    static java.util.Set<String> texts(Iterable<CostLine> lines) {
        java.util.Set<String> out = new java.util.HashSet<>(2);
        for (CostLine l : lines) {
            Quantity q = l.rule() instanceof Quantity.Named n ? n.formula() : l.rule();
            if (q instanceof Quantity.FirstOf f) out.add(f.own().field());
        }
        return out;
    }

    /** Formula (without "=") of the line's quantity, or null when the line carries no rule. */
    static String quantity(BlockPlan plan, CostLine line) {
        return line.hasRule() ? FormulaText.of(line.rule(), names(plan)) : null;
    }
}
