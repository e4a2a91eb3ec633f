package dev.costbench.export.xlsx;

import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/**
 * Every purchase option of every block (and of its Graviton twin): upfront, monthly recurring and monthly
 * effective as sums of the option's own Line items rows; status and basis (estimated when any line uses an
 * estimated rate) as the engine found them, since no input changes them. An option that does not apply
 * or lacks a price shows "n/a" or "missing" and the reason, never 0. "In scenario total" is what the option's
 * scenario total counts for the block: its own figure, or its On-Demand figure when the option does not apply.
 */
final class PurchaseOptionsSheet {
    static final String NAME = "Purchase options";
    static final Ref REF = new Ref(NAME);
    static final int COL_VARIANT = 3, COL_KEY = 4, COL_LABEL = 5, COL_STATUS = 7, COL_UPFRONT = 8, COL_RECURRING = 9,
            COL_EFFECTIVE = 10, COL_IN_TOTAL = 12;
    private static final int REASON_WIDTH = 48;

    private PurchaseOptionsSheet() {}

    static void header(Sheet sheet, Styles st, Layout layout, String title) {
        RowWriter.at(sheet, 1).text(0, "Purchase options", st.title);
        RowWriter.at(sheet, 2).text(0, "Each block under all " + PurchaseOption.ALL.size() + " options, summed from its Line items. \"In scenario total\": "
                + "what the option's scenario total counts, the On-Demand figure when the option does not apply.", st.subtitle);
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, List.of(
                new SheetFrame.Column("Scenario", 12), new SheetFrame.Column("Block id", 10),
                new SheetFrame.Column("Block", 18), new SheetFrame.Column("Variant", 14),
                new SheetFrame.Column("Option key", 43), new SheetFrame.Column("Option", 35),
                new SheetFrame.Column("Family", 11), new SheetFrame.Column("Status", 14),
                new SheetFrame.Column("Upfront", 12), new SheetFrame.Column("Monthly recurring", 12),
                new SheetFrame.Column("Monthly effective", 12), new SheetFrame.Column("Basis", 9),
                new SheetFrame.Column("In scenario total", 12), new SheetFrame.Column("Reason", REASON_WIDTH)),
                layout.lastOptionRow, title);
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_UPFRONT, "Upfront");
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_RECURRING, "Monthly recurring");
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_EFFECTIVE, "Monthly effective");
        SheetFrame.moneyHeader(sheet, st.headerRight, Layout.TABLE_HEADER_ROW, COL_IN_TOTAL, "In scenario total");
    }

    static void rows(Sheet sheet, Styles st, Layout layout) {
        for (BlockPlan b : layout.blocks) {
            write(sheet, st, b, Variant.DESIGN);
            if (b.hasTwin()) write(sheet, st, b, Variant.GRAVITON);
        }
    }

    private static void write(Sheet sheet, Styles st, BlockPlan b, Variant v) {
        int first = b.optionsRow(v);
        int onDemandRow = first;
        for (int i = 0; i < BlockPlan.OPTIONS; i++) {
            PurchaseOption o = PurchaseOption.ALL.get(i);
            OptionCost c = b.options(v).get(o);
            int r = first + i;
            RowWriter w = RowWriter.at(sheet, r)
                    .text(0, b.scenario.scenario().name(), st.text)
                    .text(1, b.block.id(), st.text)
                    .text(2, b.block.name(), st.text)
                    .text(COL_VARIANT, v.label(), st.text)
                    .text(COL_KEY, o.key(), st.text)
                    .text(COL_LABEL, o.label(), st.text)
                    .text(6, o.family().key(), st.text)
                    .text(COL_STATUS, OptionStatus.of(c), st.text);
            if (c != null && c.isPriced()) {
                // a block priced at nothing (the Internet block) has no Line items rows to sum: its option is 0, not n/a
                boolean lines = b.hasLines(v);
                w.formula(COL_UPFRONT, lines ? sum(b, v, o, LineItemsSheet.COL_UPFRONT) : "0", st.money, c.upfront())
                        .formula(COL_RECURRING, lines ? sum(b, v, o, LineItemsSheet.COL_MONTHLY) : "0", st.money, c.monthlyRecurring())
                        .formula(COL_EFFECTIVE, lines ? sum(b, v, o, LineItemsSheet.COL_EFFECTIVE) : "0", st.money, c.monthlyEffective())
                        .text(11, c.basis() == null ? "" : c.basis().fileName(), st.text)
                        .formula(COL_IN_TOTAL, Ref.local(COL_EFFECTIVE, r), st.money, c.monthlyEffective());
            } else {
                String text = OptionStatus.moneyText(c);
                w.text(COL_UPFRONT, text, st.status).text(COL_RECURRING, text, st.status).text(COL_EFFECTIVE, text, st.status)
                        .wrapped(13, c == null ? "not priced" : c.reason(), st.wrapped, REASON_WIDTH);
                if (c != null && c.status() == OptionCost.Status.NOT_APPLICABLE && i != 0)
                    w.formula(COL_IN_TOTAL, Ref.local(COL_EFFECTIVE, onDemandRow), st.money, Cached.inTotal(b, v, o));
                else w.text(COL_IN_TOTAL, text, st.status);
            }
        }
    }

    /**
     * The sum of the option's own Line items rows as direct ranges (consecutive rows as one range), not a SUMIFS
     * over the block's lines, so a 1,000-block design recalculates without 90,000 conditional sums; a line shared by
     * several options is one row each of them counts. A line a reviewer inserts inside a range counts too.
     */
    private static String sum(BlockPlan b, Variant v, PurchaseOption o, int col) {
        Ref li = LineItemsSheet.REF;
        List<String> parts = new java.util.ArrayList<>(4);
        int a = -1, z = -1;
        for (LinePlan lp : b.lines) {
            if (lp.variant() != v || !lp.options().contains(o)) continue;
            if (a >= 0 && lp.row() == z + 1) z = lp.row();
            else {
                if (a >= 0) parts.add(a == z ? li.cell(col, a) : li.range(col, a, z));
                a = z = lp.row();
            }
        }
        if (a < 0) return "0";
        parts.add(a == z ? li.cell(col, a) : li.range(col, a, z));
        return "SUM(" + String.join(",", parts) + ")"; // SUM even of one cell: a number where a bare empty one is not
    }

}
