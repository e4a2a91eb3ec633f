package dev.costbench.export.xlsx;

import dev.costbench.pricing.Charge;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cost component of every block as designed under every priced option. Quantity is a formula over the
 * Assumptions names; unit price is a reference to its Sources row; monthly = quantity × unit price × hours per month
 * (hourly lines) or × 1 (monthly lines), upfront = quantity × unit price once per term (an option's monthly effective
 * is its monthly recurring plus its upfront ÷ the term's months, on Purchase options); all money × the exchange rate
 * × (1 − the scenario's discount), and Spot lines × (1 + Spot interruption overhead). The Graviton twin's lines are
 * not rows: its Purchase options figures are the same products written over its own rates.
 */
final class LineItemsSheet {
    static final String NAME = "Line items";
    static final Ref REF = new Ref(NAME);
    static final int COL_BLOCK = 1, COL_VARIANT = 2, COL_OPTION = 3, COL_COMPONENT = 4, COL_DESCRIPTION = 5,
            COL_QUANTITY = 6, COL_UNIT = 7, COL_UNIT_PRICE = 8, COL_CHARGE = 9, COL_TERM = 10, COL_MONTHLY = 11,
            COL_UPFRONT = 12, COL_SOURCE = 13, COL_BASIS = 14;

    private LineItemsSheet() {}

    static void header(Sheet sheet, Styles st, Layout layout, String title) {
        RowWriter.at(sheet, 1).text(0, "Line items", st.title);
        SheetFrame.subtitle(sheet, st, "Quantity: a formula over Assumptions. Unit price: a Sources row. Hourly lines × HoursPerMonth; "
                        + "upfront lines are paid once per term.",
                "Money × ExchangeRate × (1 − the scenario's discount); Spot × (1 + interruption overhead). Graviton twins: on "
                        + "Purchase options.");
        List<SheetFrame.Column> columns = List.of(
                new SheetFrame.Column("Scenario", 12), new SheetFrame.Column("Block", 18),
                new SheetFrame.Column("Variant", 13), new SheetFrame.Column("Option", 40),
                new SheetFrame.Column("Component", 22), new SheetFrame.Column("Description", 44),
                new SheetFrame.Column("Quantity", 13), new SheetFrame.Column("Unit", 13),
                new SheetFrame.Column("Unit price (USD)", 13), new SheetFrame.Column("Charge", 9),
                new SheetFrame.Column("Term months", 8), new SheetFrame.Column("Monthly recurring", 12),
                new SheetFrame.Column("Upfront (once per term)", 12),
                new SheetFrame.Column("Source", 8), new SheetFrame.Column("Basis", 10));
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, columns, layout.lastLineRow, title);
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_MONTHLY, "Monthly recurring");
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_UPFRONT, "Upfront once per term");
    }

    /** Writes the rows, in order, each cell in column order. */
    static int rows(StreamedRows sheet, Styles st, Layout layout) {
        int fixedQuantities = 0;
        for (BlockPlan b : layout.blocks) {
            for (LinePlan lp : b.lines) {
                CostLine line = lp.line();
                int r = lp.row();
                if (lp.unpriced() != null) {
                    awaiting(sheet, st, b, lp);
                    continue;
                }
                RowWriter w = sheet.row(r)
                        .text(0, b.scenario.scenario().name(), st.text)
                        .text(COL_BLOCK, b.block.name(), st.text)
                        .text(COL_VARIANT, lp.variant().label(), st.text)
                        .text(COL_OPTION, options(b, lp), st.text)
                        .text(COL_COMPONENT, line.component(), st.text);
                // words with the inputs' figures in them ("gp3 EBS 80 GB × 2 instances") follow an edited input
                String words = ComponentModel.description(b, line);
                if (words != null) w.formula(COL_DESCRIPTION, words, st.text, line.description());
                else w.text(COL_DESCRIPTION, line.description(), st.text);
                String quantity = b.quantity(lp);
                if (quantity != null) w.formula(COL_QUANTITY, quantity, st.quantity, line.quantity());
                else {
                    w.number(COL_QUANTITY, line.quantity(), st.inputNumber);
                    fixedQuantities++;
                }
                w.text(COL_UNIT, line.unit(), st.text)
                        .formula(COL_UNIT_PRICE, unitPrice(lp), st.unitPrice, line.rate().published().multiply(lp.multiplier()))
                        .text(COL_CHARGE, charge(line.charge()), st.text);
                String money = money(b, line, Ref.local(COL_QUANTITY, r), Ref.local(COL_UNIT_PRICE, r));
                // a recurring line's monthly figure is written once: a copy of it in a "monthly effective" column was one
                // formula more on most of the 46,000 rows of a 1,000-block design
                if (line.charge() == Charge.UPFRONT)
                    w.number(COL_TERM, line.termMonths(), st.integer).formula(COL_UPFRONT, money, st.money, line.upfront());
                else w.formula(COL_MONTHLY, money, st.money, line.monthly());
                w.text(COL_SOURCE, SourcesSheet.ref(lp.sourceRow()), st.text)
                        .text(COL_BASIS, line.provenance() == null ? "" : line.provenance().basis().fileName(), st.text);
            }
        }
        sheet.finish();
        return fixedQuantities;
    }

    /** A line's unit price: its Sources rate, times its multiplier (a Savings Plan share) when that is not 1. */
    static String unitPrice(LinePlan lp) {
        return SourcesSheet.REF.cell(SourcesSheet.COL_PRICE, lp.sourceRow())
                + (lp.multiplier().compareTo(BigDecimal.ONE) == 0 ? "" : "*" + lp.multiplier().toPlainString());
    }

    /**
     * A line's money over its quantity and unit price: monthly for an hourly line (× hours per month) or a monthly one,
     * once per term for an upfront one; × the exchange rate and (1 − the scenario's discount); a Spot line × (1 + Spot
     * interruption overhead). Line items and the Graviton twin's figures both write it.
     */
    static String money(BlockPlan b, CostLine line, String quantity, String unitPrice) {
        String hours = line.charge() == Charge.HOURLY ? "*" + GlobalInputs.HOURS_PER_MONTH : ""; // straight from its input
        String spot = line.rate().spot() ? "*(1+" + GlobalInputs.SPOT_OVERHEAD + ")" : "";
        return quantity + "*" + unitPrice + hours + "*" + GlobalInputs.EXCHANGE_RATE + "*(1-" + GlobalInputs.discount(b.scenarioIndex) + ")" + spot;
    }

    /**
     * A line awaiting a rate the catalog lacks: its quantity follows the block's inputs like any line's, and its
     * money reads "missing" once that quantity is not 0, which makes its option's figures "missing" (Purchase options).
     */
    private static void awaiting(StreamedRows sheet, Styles st, BlockPlan b, LinePlan lp) {
        CostLine line = lp.line();
        int r = lp.row();
        String q = Ref.local(COL_QUANTITY, r), money = "IF(" + q + "=0,\"\",\"" + OptionStatus.MISSING + "\")";
        sheet.row(r)
                .text(0, b.scenario.scenario().name(), st.text)
                .text(COL_BLOCK, b.block.name(), st.text)
                .text(COL_VARIANT, lp.variant().label(), st.text)
                .text(COL_OPTION, options(b, lp), st.text)
                .text(COL_COMPONENT, line.component(), st.text)
                .text(COL_DESCRIPTION, line.description() + " (" + MISSING_RATE + ": " + lp.unpriced().missing().describe() + ")", st.text)
                .formula(COL_QUANTITY, b.quantity(lp), st.quantity, BigDecimal.ZERO)
                .text(COL_UNIT, line.unit(), st.text)
                .text(COL_UNIT_PRICE, MISSING_RATE, st.status)
                .text(COL_CHARGE, charge(line.charge()), st.text)
                .formula(COL_MONTHLY, money, st.status, "")
                .text(COL_SOURCE, "", st.text)
                .text(COL_BASIS, OptionStatus.MISSING, st.text);
    }

    /** What the unit price of a line awaiting a rate the catalog lacks shows. */
    static final String MISSING_RATE = "missing rate";

    /**
     * The option the line is part of, or, for a line shared by several, "every priced option", "every priced option
     * but" the few it is not in, or their keys.
     */
    static String options(BlockPlan b, LinePlan lp) {
        if (lp.options().size() == 1) return lp.option().key();
        int priced = 0;
        List<PurchaseOption> without = new ArrayList<>();
        for (OptionMap.Entry<OptionCost> e : b.options(lp.variant()))
            if (e.value() != null && e.value().isPriced()) {
                priced++;
                if (!lp.options().contains(e.option())) without.add(e.option());
            }
        boolean allPriced = lp.options().size() + without.size() == priced;
        if (allPriced && without.isEmpty()) return EVERY_OPTION;
        // a line all options but Spot share named 25 options in 900 characters: the few it is not in read better
        if (allPriced && without.size() < lp.options().size()) return EVERY_OPTION + BUT + keys(without);
        return keys(lp.options());
    }

    /** Between "every priced option" and the options a line is not in. */
    static final String BUT = " but ";

    private static String keys(List<PurchaseOption> options) {
        StringBuilder out = new StringBuilder();
        for (PurchaseOption o : options) out.append(out.isEmpty() ? "" : ", ").append(o.key());
        return out.toString();
    }

    /** The Option text of a line every priced option of the block counts (gp3 volumes, a cluster fee). */
    static final String EVERY_OPTION = "every priced option";

    static String charge(Charge c) {
        return switch (c) {
            case HOURLY -> "hourly";
            case MONTHLY -> "monthly";
            case UPFRONT -> "upfront";
        };
    }
}
