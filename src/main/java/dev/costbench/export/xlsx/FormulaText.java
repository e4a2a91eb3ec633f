package dev.costbench.export.xlsx;

import dev.costbench.pricing.component.Quantity;

/**
 * The one place a {@link Quantity} becomes an Excel formula (without "="): inputs and named figures become the
 * defined names of their Assumptions cells, operations the spreadsheet's own, so the workbook recalculates
 * exactly what the engine evaluates. A whole number is rounded up after rounding to 9 places, so that binary
 * noise (0.07 × 100 = 7.000000000000001) does not add an instance.
 */
final class FormulaText {
    private FormulaText() {}

    /** The defined names formulas use: a block's inputs and figures, and the scenario's settings. */
    interface Names {
        /** The name of {@code field} of block {@code block} (null: the block the formula belongs to). */
        String of(String block, String field);

        /** Named figure {@code n}: the name of its row, on its block. */
        default String figure(Quantity.Named n) { return of(n.block(), n.field()); }

        /** The names of text {@code field} on the blocks before this one in the scenario that have it, in file order. */
        java.util.List<String> earlier(String field);

        /** A formula true when the scenario's yes/no {@code setting} is on. */
        String isOn(String setting);
    }

    /** {@code q} over the names {@code nameOf} gives each input and named figure. */
    static String of(Quantity q, Names nameOf) {
        return switch (q) {
            case Quantity.Input i -> nameOf.of(null, i.field());
            case Quantity.Named n -> nameOf.figure(n);
            case Quantity.Constant c -> number(c.value());
            case Quantity.Add a -> of(a.left(), nameOf) + "+" + of(a.right(), nameOf);
            case Quantity.Sub s -> of(s.left(), nameOf) + "-" + operand(s.right(), nameOf, true);
            case Quantity.Mul m -> operand(m.left(), nameOf, false) + "*" + operand(m.right(), nameOf, false);
            case Quantity.Div d -> operand(d.left(), nameOf, false) + "/" + operand(d.right(), nameOf, true);
            case Quantity.Ceil c -> "ROUNDUP(ROUND(" + of(c.of(), nameOf) + ",9),0)";
            case Quantity.Floor f -> "ROUNDDOWN(ROUND(" + of(f.of(), nameOf) + ",9),0)";
            case Quantity.IfAbove i -> "IF(" + of(i.left(), nameOf) + ">" + operand(i.right(), nameOf, false) + ","
                    + of(i.then(), nameOf) + "," + of(i.otherwise(), nameOf) + ")";
            case Quantity.FirstOf f -> firstOf(f, nameOf);
            case Quantity.Max m -> "MAX(" + of(m.left(), nameOf) + "," + of(m.right(), nameOf) + ")";
            case Quantity.Min m -> "MIN(" + of(m.left(), nameOf) + "," + of(m.right(), nameOf) + ")";
            case Quantity.If i -> "IF(" + nameOf.isOn(i.setting()) + "," + of(i.then(), nameOf) + "," + of(i.otherwise(), nameOf) + ")";
            case Quantity.Band b -> {
                String above = "MAX(" + operand(b.of(), nameOf, false) + (b.lower().signum() == 0 ? "" : "-" + b.lower().toPlainString()) + ",0)";
                yield b.upper() == null ? above : "MIN(" + above + "," + b.upper().subtract(b.lower()).toPlainString() + ")";
            }
        };
    }

    /**
     * {@code words} as a text formula over the names {@code nameOf} gives each figure's inputs: the engine's
     * {@link dev.costbench.pricing.Wording#text()} once recalculated. A plain figure reads as ROUND(x,2) does in a
     * spreadsheet, which is {@link dev.costbench.pricing.SizeText#plain}'s "at most two decimals, no trailing zeros".
     */
    static String words(dev.costbench.pricing.Wording words, Names nameOf) {
        StringBuilder b = new StringBuilder();
        for (dev.costbench.pricing.Wording.Part p : words.parts()) {
            if (!b.isEmpty()) b.append('&');
            b.append(switch (p) {
                case dev.costbench.pricing.Wording.Text t -> text(t.text());
                case dev.costbench.pricing.Wording.Figure f -> f.exact() ? of(f.quantity(), nameOf) : "ROUND(" + of(f.quantity(), nameOf) + ",2)";
                case dev.costbench.pricing.Wording.Largest l -> largest(l, nameOf);
                case dev.costbench.pricing.Wording.WhenAbove0 w -> "IF(" + of(w.figure(), nameOf) + ">0," + words(w.words(), nameOf) + ",\"\")";
                case dev.costbench.pricing.Wording.Count c -> count(of(c.count(), nameOf));
            });
        }
        return b.isEmpty() ? "\"\"" : b.toString();
    }

    /** The words of the first choice at the largest size, or the words for none when every size is 0. */
    private static String largest(dev.costbench.pricing.Wording.Largest l, Names nameOf) {
        java.util.List<String> sizes = new java.util.ArrayList<>();
        for (dev.costbench.pricing.Wording.Choice c : l.choices()) sizes.add(of(c.size(), nameOf));
        if (sizes.isEmpty()) return text(l.none());
        String most = "MAX(" + String.join(",", sizes) + ")";
        StringBuilder b = new StringBuilder("IF(" + most + "<=0," + text(l.none()) + ",");
        int last = sizes.size() - 1;
        for (int i = 0; i < last; i++) b.append("IF(").append(sizes.get(i)).append('=').append(most).append(',')
                .append(words(l.choices().get(i).words(), nameOf)).append(',');
        b.append(words(l.choices().get(last).words(), nameOf));
        return b.append(")".repeat(last + 1)).toString();
    }

    /**
     * A whole count as {@link dev.costbench.pricing.SizeText#count} writes it: billions, millions and (from 10,000)
     * thousands to two decimals with B, M or K, a thousands comma from 1,000, digits below.
     */
    private static String count(String n) {
        return "IF(" + n + ">=1E9,ROUND(" + n + "/1E9,2)&\"B\",IF(" + n + ">=1E6,ROUND(" + n + "/1E6,2)&\"M\",IF(" + n
                + ">=1E4,ROUND(" + n + "/1E3,2)&\"K\",IF(" + n + ">=1000,INT(" + n + "/1000)&\",\"&RIGHT(1000+MOD(" + n
                + ",1000),3)," + n + "))))";
    }

    /** {@code t} as a formula's text constant. */
    static String text(String t) { return "\"" + t.replace("\"", "\"\"") + "\""; }

    /** A number as formula text, bracketed when negative. */
    static String number(java.math.BigDecimal v) { return v.signum() < 0 ? "(" + v.toPlainString() + ")" : v.toPlainString(); }

    /** 1 unless an earlier block's text is exactly this one's (EXACT: Excel's = ignores case, the engine does not). */
    private static String firstOf(Quantity.FirstOf f, Names nameOf) {
        java.util.List<String> earlier = nameOf.earlier(f.own().field());
        if (earlier.isEmpty()) return "1";
        String own = nameOf.of(null, f.own().field());
        StringBuilder b = new StringBuilder("IF(OR(");
        for (int i = 0; i < earlier.size(); i++)
            b.append(i == 0 ? "" : ",").append("EXACT(").append(own).append(',').append(earlier.get(i)).append(')');
        return b.append("),0,1)").toString();
    }

    /** {@code q} as an operand: in parentheses when it is a sum or difference (or, right of - or /, any operation). */
    private static String operand(Quantity q, Names nameOf, boolean rightOfNonCommutative) {
        boolean sum = q instanceof Quantity.Add || q instanceof Quantity.Sub;
        boolean product = q instanceof Quantity.Mul || q instanceof Quantity.Div;
        String text = of(q, nameOf);
        return sum || (rightOfNonCommutative && product) ? "(" + text + ")" : text;
    }
}
