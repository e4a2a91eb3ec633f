package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PurchaseOption;
import dev.costbench.pricing.component.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block whose cost lines carry their rules: its Assumptions rows are the inputs and named figures those rules
 * use (each once, a figure after what it is made of), and each line's quantity is its own rule written as a
 * formula. Nothing about the block kind is written here: the pricer's rules are the model.
 */
final class ComponentModel implements BlockModel {

    /** Whether every line of every priced option, as designed and on the twin, carries its rule (and one does). */
    static boolean covers(BlockPlan plan) {
        boolean any = false;
        for (Variant v : plan.hasTwin() ? Variant.values() : new Variant[]{Variant.DESIGN}) {
            for (OptionCost oc : plan.options(v).values()) {
                if (!oc.isPriced()) continue;
                for (CostLine l : oc.lines()) {
                    if (!l.hasRule()) return false;
                    any = true;
                }
            }
        }
        return any;
    }

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        Map<String, Quantity> rows = new LinkedHashMap<>();
        for (Variant v : plan.hasTwin() ? Variant.values() : new Variant[]{Variant.DESIGN})
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost oc = plan.options(v).get(o.key());
                if (oc != null && oc.isPriced()) for (CostLine l : oc.lines()) collect(l.rule(), rows);
            }
        List<AssumptionRow> out = new ArrayList<>(rows.size() + 1);
        out.add(AssumptionRow.option(plan.cost.chosenOption()));
        for (Quantity q : rows.values()) {
            switch (q) {
                case Quantity.Input i when i.format() == Quantity.Format.PERCENT ->
                        out.add(AssumptionRow.percent(i.label(), i.field(), i.value(), i.note()));
                case Quantity.Input i -> out.add(AssumptionRow.input(i.label(), i.field(), i.value(), i.unit(), i.note()));
                case Quantity.Named n -> out.add(AssumptionRow.derived(n.label(), n.field(),
                        FormulaText.of(n.formula(), plan.names::of), n.unit(), n.note()));
                default -> throw new IllegalStateException("only inputs and named figures have rows");
            }
        }
        return out;
    }

    /** Inputs and named figures of {@code q}, depth first, so a named figure follows the rows it refers to. */
    private static void collect(Quantity q, Map<String, Quantity> rows) {
        switch (q) {
            case Quantity.Input i -> rows.putIfAbsent(i.field(), i);
            case Quantity.Named n -> {
                if (rows.containsKey(n.field())) return;
                collect(n.formula(), rows);
                rows.put(n.field(), n);
            }
            case Quantity.Constant c -> { }
            case Quantity.Add a -> { collect(a.left(), rows); collect(a.right(), rows); }
            case Quantity.Sub s -> { collect(s.left(), rows); collect(s.right(), rows); }
            case Quantity.Mul m -> { collect(m.left(), rows); collect(m.right(), rows); }
            case Quantity.Div d -> { collect(d.left(), rows); collect(d.right(), rows); }
            case Quantity.Ceil c -> collect(c.of(), rows);
            case Quantity.Max m -> { collect(m.left(), rows); collect(m.right(), rows); }
            case Quantity.Min m -> { collect(m.left(), rows); collect(m.right(), rows); }
        }
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        return FormulaText.of(line.rule(), plan.names::of);
    }
}
