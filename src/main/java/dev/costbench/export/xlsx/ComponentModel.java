package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.QuantityEvaluator;

import java.math.BigDecimal;

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
        Map<String, Object> rows = rows(plan);
        List<AssumptionRow> out = new ArrayList<>(rows.size() + 1);
        out.add(AssumptionRow.option(plan.cost.chosenOption().key()));
        FormulaText.Names names = names(plan);
        for (Object q : rows.values()) {
            switch (q) {
                case Quantity.Input i when i.format() == Quantity.Format.PERCENT ->
                        out.add(AssumptionRow.percent(i.label(), i.field(), i.value(), i.note()));
                case Quantity.Input i -> out.add(AssumptionRow.input(i.label(), i.field(), i.value(), i.unit(), i.note()));
                case Quantity.Named n -> out.add(AssumptionRow.derived(n.label(), n.field(),
                        splitIfLong(plan, n, names, out), n.value(), n.unit(), n.note()));
                case Quantity.Text t -> out.add(AssumptionRow.text(t.label(), t.field(), t.value(), t.note()));
                default -> throw new IllegalStateException("only inputs, texts and named figures have rows");
            }
        }
        return out;
    }

    /** The block's Assumptions rows by field: the inputs and named figures of its priced options' lines. */
    static Map<String, Object> rows(BlockPlan plan) {
        Map<String, Object> rows = new LinkedHashMap<>();
        String own = plan.block.id();
        for (Variant v : plan.hasTwin() ? Variant.values() : new Variant[]{Variant.DESIGN})
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost oc = plan.options(v).get(o);
                if (oc != null && oc.isPriced()) {
                    for (CostLine l : oc.lines()) if (l.hasRule()) collect(l.rule(), own, rows);
                    for (dev.costbench.pricing.UnpricedLine u : oc.unpriced()) collect(u.rule(), own, rows);
                }
            }
        return rows;
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
            public String figure(Quantity.Named n) {
                if (n.block() == null || n.block().equals(plan.block.id())) return plan.names.of(n.field());
                for (BlockPlan other : plan.scenarioBlocks)
                    if (other.block.id().equals(n.block()))
                        // a block none of whose options is priced has no rows: its figure is written as the number it was
                        return other.rowFields().contains(n.field()) ? other.names.of(n.field()) : FormulaText.number(n.value());
                throw new IllegalStateException("a rule refers to block " + n.block() + ", which the scenario does not have");
            }

            @Override
            public List<String> earlier(String field) {
                List<String> out = new ArrayList<>();
                for (BlockPlan other : plan.scenarioBlocks) {
                    if (other == plan) break;
                    if (other.texts().containsKey(field)) out.add(other.names.of(field));
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

    /**
     * Most terms one formula holds before its figure is split over helper rows. A rule that grows with the design
     * (the Lambda account's GB-seconds summed over every function, a node group's cluster compared with every
     * earlier node group's) would otherwise pass Excel's 8,192-character limit on a formula: with names of up to
     * about 60 characters an EXACT of two is about 130, so 40 keep a part under about 5,300 characters.
     */
    static final int TERMS_PER_FORMULA = 40;

    /**
     * The formula of named figure {@code n}; when it is a sum of more than {@link #TERMS_PER_FORMULA} terms, or a
     * cluster compared with more earlier node groups than that, the parts go to helper rows added to {@code out}
     * first (each with its cached figure) and the figure's own formula refers to the parts.
     */
    private static String splitIfLong(BlockPlan plan, Quantity.Named n, FormulaText.Names names, List<AssumptionRow> out) {
        if (n.formula() instanceof Quantity.FirstOf f) {
            List<String> earlier = names.earlier(f.own().field());
            if (earlier.size() <= TERMS_PER_FORMULA) return FormulaText.of(n.formula(), names);
            List<String> earlierValues = earlierTexts(plan, f.own().field());
            String own = names.of(null, f.own().field());
            StringBuilder total = new StringBuilder("IF(");
            for (int from = 0, part = 1; from < earlier.size(); from += TERMS_PER_FORMULA, part++) {
                int to = Math.min(earlier.size(), from + TERMS_PER_FORMULA);
                StringBuilder b = new StringBuilder("IF(OR(");
                boolean match = false;
                for (int i = from; i < to; i++) {
                    b.append(i == from ? "" : ",").append("EXACT(").append(own).append(',').append(earlier.get(i)).append(')');
                    match |= earlierValues.get(i).equals(f.own().value());
                }
                b.append("),1,0)");
                String field = n.field() + "_part" + part;
                out.add(AssumptionRow.derived(n.label() + ", part " + part, field, b.toString(),
                        match ? BigDecimal.ONE : BigDecimal.ZERO, "matches",
                        "1 when one of earlier blocks " + (from + 1) + "–" + to + " has the same " + f.own().label().toLowerCase(java.util.Locale.ROOT)));
                total.append(part == 1 ? "" : "+").append(names.of(null, field));
            }
            return total.append(">0,0,1)").toString();
        }
        List<Quantity> terms = new ArrayList<>();
        flattenSum(n.formula(), terms);
        if (terms.size() <= TERMS_PER_FORMULA) return FormulaText.of(n.formula(), names);
        StringBuilder total = new StringBuilder();
        for (int from = 0, part = 1; from < terms.size(); from += TERMS_PER_FORMULA, part++) {
            int to = Math.min(terms.size(), from + TERMS_PER_FORMULA);
            StringBuilder b = new StringBuilder();
            BigDecimal value = BigDecimal.ZERO;
            for (int i = from; i < to; i++) {
                b.append(i == from ? "" : "+").append(FormulaText.of(terms.get(i), names));
                value = value.add(QuantityEvaluator.evaluate(terms.get(i)));
            }
            String field = n.field() + "_part" + part;
            out.add(AssumptionRow.derived(n.label() + ", part " + part, field, b.toString(), value, n.unit(),
                    "terms " + (from + 1) + "–" + to + " of the sum"));
            total.append(part == 1 ? "" : "+").append(names.of(null, field));
        }
        return total.toString();
    }

    /** The terms of a sum, left to right (a figure that is no sum is one term). */
    private static void flattenSum(Quantity q, List<Quantity> terms) {
        if (q instanceof Quantity.Add a) {
            flattenSum(a.left(), terms);
            flattenSum(a.right(), terms);
        } else terms.add(q);
    }

    /** The values of text {@code field} on the blocks before this one that have it, in the order of {@code Names.earlier}. */
    private static List<String> earlierTexts(BlockPlan plan, String field) {
        List<String> out = new ArrayList<>();
        for (BlockPlan other : plan.scenarioBlocks) {
            if (other == plan) break;
            String v = other.texts().get(field);
            if (v != null) out.add(v);
        }
        return out;
    }

    /** The text fields the lines' rules compare with other blocks' (a node group's cluster) and their values. */
    static java.util.Map<String, String> texts(Iterable<CostLine> lines) {
        java.util.Map<String, String> out = new java.util.HashMap<>(2);
        for (CostLine l : lines) {
            Quantity q = l.rule() instanceof Quantity.Named n ? n.formula() : l.rule();
            if (q instanceof Quantity.FirstOf f) out.put(f.own().field(), f.own().value());
        }
        return out;
    }

    /**
     * Formula (without "=") of the line's description when its words carry figures of the block's inputs, each of
     * which has its Assumptions row; null when the description is plain text.
     */
    static String description(BlockPlan plan, CostLine line) {
        return line.hasRule() ? words(plan, line.wording()) : null;
    }

    /** Formula (without "=") of {@code words} over the block's rows; null when there are none or a figure has no row. */
    static String words(BlockPlan plan, dev.costbench.pricing.Wording words) {
        if (words == null || !words.hasFigures() || !covered(words, plan)) return null;
        return FormulaText.words(words, names(plan));
    }

    /** Whether every figure in {@code words} is of inputs and figures of the block that have their rows. */
    private static boolean covered(dev.costbench.pricing.Wording words, BlockPlan plan) {
        for (dev.costbench.pricing.Wording.Part p : words.parts()) {
            boolean ok = switch (p) {
                case dev.costbench.pricing.Wording.Text t -> true;
                case dev.costbench.pricing.Wording.Figure f -> covered(f.quantity(), plan);
                case dev.costbench.pricing.Wording.Count c -> covered(c.count(), plan);
                case dev.costbench.pricing.Wording.Largest l -> l.choices().stream()
                        .allMatch(c -> covered(c.size(), plan) && covered(c.words(), plan));
                case dev.costbench.pricing.Wording.WhenAbove0 w -> covered(w.figure(), plan) && covered(w.words(), plan);
            };
            if (!ok) return false;
        }
        return true;
    }

    /** Whether the rows {@code q} refers to, found as the block's rows are ({@link #collect}), are all rows of the block. */
    private static boolean covered(Quantity q, BlockPlan plan) {
        Map<String, Object> refers = new LinkedHashMap<>();
        collect(q, plan.block.id(), refers);
        return plan.rowFields().containsAll(refers.keySet());
    }
}
