package dev.costbench.export.xlsx;

import dev.costbench.pricing.Charge;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * Every purchase option of every block (and of its Graviton twin), one row per block and variant: every block as
 * designed in the project's order, scenario after scenario, then every Graviton twin in the same order. Each
 * figure has a group of columns, one column per option (the options in {@link PurchaseOption#ALL}'s order, so a
 * family's options are side by side): upfront, monthly recurring and monthly effective as sums of the option's own
 * Line items rows; and the basis (estimated when any line uses an estimated rate), or for an option without a figure
 * the reason. What an option's scenario total counts for a block, its own figure or its On-Demand figure when it does
 * not apply, is worked out where it is used (Scenarios' per-option totals, Graviton, By tag), not copied here: that
 * group of 26 columns was about 44,000 formulas at 1,000 blocks, most of them a copy of the cell beside. An option that does not apply shows "n/a" as its monthly
 * effective figure, one that lacks a price "missing" in every money column, never 0. The option keys head the
 * columns (row {@link #KEY_ROW}), which the Summary and Cash flow look a block's chosen option up in.
 * One row per block rather than per block and option: a 1,000-block design had 44,000 rows of 13 cells, six of them
 * the block's and option's names repeated.
 */
final class PurchaseOptionsSheet {
    static final String NAME = "Purchase options";
    static final Ref REF = new Ref(NAME);
    /** Rows of the header: the figure over its group, each option's label, each option's key (the table's header). */
    static final int GROUP_ROW = Layout.TABLE_HEADER_ROW - 1, LABEL_ROW = Layout.TABLE_HEADER_ROW, KEY_ROW = Layout.TABLE_HEADER_ROW + 1;
    /** The first block's row. */
    static final int FIRST_ROW = KEY_ROW + 1;
    static final int COL_VARIANT = 3, FIRST_GROUP_COL = 4;
    /** The groups of columns, in order, each {@link BlockPlan#OPTIONS} wide. */
    static final int UPFRONT = 0, RECURRING = 1, EFFECTIVE = 2, BASIS = 3, GROUPS = 4;
    private static final String[] GROUP_TITLES = {"Upfront", "Monthly recurring", "Monthly effective"};
    private static final int BASIS_WIDTH = 24;

    private PurchaseOptionsSheet() {}

    /** The column of option {@code o} in group {@code group}. */
    static int col(int group, PurchaseOption o) { return col(group, o.index()); }

    static int col(int group, int optionIndex) { return FIRST_GROUP_COL + group * BlockPlan.OPTIONS + optionIndex; }

    /** The option keys over group {@code group}'s columns: what MATCH finds an option's place in. */
    static String keys(int group) { return REF.across(col(group, 0), col(group, BlockPlan.OPTIONS - 1), KEY_ROW); }

    /** The labels over group {@code group}'s columns. */
    static String labels(int group) { return REF.across(col(group, 0), col(group, BlockPlan.OPTIONS - 1), LABEL_ROW); }

    /** Group {@code group} of row {@code row}: every option's figure, in key order. */
    static String figures(int group, int row) { return REF.across(col(group, 0), col(group, BlockPlan.OPTIONS - 1), row); }

    static void header(Sheet sheet, Styles st, Layout layout, String title) {
        RowWriter.at(sheet, 1).text(0, "Purchase options", st.title);
        RowWriter.at(sheet, 2).text(0, "One row per block (and Graviton twin); each figure has one column per option, all "
                + PurchaseOption.ALL.size() + " options, summed from the block's Line items. An option's scenario total on Scenarios "
                + "counts the On-Demand figure for a block the option does not apply to (\"n/a\"). Twins follow the blocks as designed.", st.subtitle);
        List<SheetFrame.Column> cols = new ArrayList<>(List.of(new SheetFrame.Column("Scenario", 12), new SheetFrame.Column("Block id", 10),
                new SheetFrame.Column("Block", 18), new SheetFrame.Column("Variant", 14)));
        for (int g = 0; g < GROUPS; g++)
            for (PurchaseOption o : PurchaseOption.ALL) cols.add(new SheetFrame.Column(o.key(), g == BASIS ? BASIS_WIDTH : 14));
        SheetFrame.table(sheet, st, KEY_ROW, cols, layout.lastOptionRow, title);
        // the block's names stay in view while the figures scroll; the three header rows print on every page
        sheet.createFreezePane(FIRST_GROUP_COL, KEY_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(GROUP_ROW - 1, KEY_ROW - 1, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 2));
        RowWriter groups = RowWriter.at(sheet, GROUP_ROW), labels = RowWriter.at(sheet, LABEL_ROW).height(40);
        for (int c = 0; c < FIRST_GROUP_COL; c++) {
            groups.text(c, "", st.header);
            labels.text(c, "", st.header);
        }
        for (int g = 0; g < GROUPS; g++) {
            int first = col(g, 0), last = col(g, BlockPlan.OPTIONS - 1);
            for (int c = first; c <= last; c++) groups.text(c, "", st.header);
            if (g == BASIS) groups.text(first, "Basis, or why the option has no figure", st.header);
            else SheetFrame.moneyHeader(sheet, st.header, GROUP_ROW, first, GROUP_TITLES[g]);
            sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW - 1, GROUP_ROW - 1, first, last));
            for (PurchaseOption o : PurchaseOption.ALL) labels.text(col(g, o), o.label(), g == BASIS ? st.header : st.headerRight);
        }
    }

    static void rows(StreamedRows sheet, Styles st, Layout layout) {
        for (BlockPlan b : layout.blocks) write(sheet, st, b, Variant.DESIGN);
        for (BlockPlan b : layout.blocks) if (b.hasTwin()) write(sheet, st, b, Variant.GRAVITON);
        sheet.finish();
    }

    /** The block's row, group after group, each cell in column order. */
    private static void write(StreamedRows sheet, Styles st, BlockPlan b, Variant v) {
        int r = b.optionsRow(v);
        int reasonLines = 1;
        for (PurchaseOption o : PurchaseOption.ALL) {
            OptionCost c = b.options(v).get(o);
            if (c == null || !c.isPriced()) reasonLines = Math.max(reasonLines, RowWriter.lines(reason(c), BASIS_WIDTH));
        }
        RowWriter w = sheet.row(r, reasonLines > 1 ? reasonLines * 12.75f + 2 : 0)
                .text(0, b.scenario.scenario().name(), st.text)
                .text(1, b.block.id(), st.text)
                .text(2, b.block.name(), st.text)
                .text(COL_VARIANT, v.label(), st.text);
        Twin twin = v == Variant.GRAVITON ? new Twin(b) : null;
        for (int g = 0; g < GROUPS; g++) {
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost c = b.options(v).get(o);
                int col = col(g, o);
                if (c != null && c.isPriced()) {
                    // a line awaiting a rate the catalog lacks, once an edit reaches it, makes the option "missing", never low
                    String reached = c.unpriced().isEmpty() ? null : reached(b, v, o, twin);
                    String missing = "\"" + OptionStatus.MISSING + "\"";
                    // no charge of its own (the Internet block): 0 in every sum, read as such, the reason beside it
                    org.apache.poi.ss.usermodel.CellStyle money = c.noChargeOfItsOwn() ? st.noCharge : st.money;
                    switch (g) {
                        case UPFRONT, RECURRING -> {
                            boolean upfront = g == UPFRONT;
                            String sum = twin != null ? twin.sum(o, upfront)
                                    : sum(b, o, upfront ? LineItemsSheet.COL_UPFRONT : LineItemsSheet.COL_MONTHLY, upfront);
                            java.math.BigDecimal cached = upfront ? c.upfront() : c.monthlyRecurring();
                            // an option without a line of the kind (On-Demand's upfront) is 0 under any edit: a number
                            if (reached == null && sum == null) w.number(col, cached, money);
                            else w.formula(col, reached == null ? sum : "IF(" + reached + "," + missing + "," + (sum == null ? "0" : sum) + ")",
                                    money, cached);
                        }
                        case EFFECTIVE -> {
                            // monthly effective: the monthly recurring beside it plus the upfront spread over the term's months
                            String recurring = Ref.local(col(RECURRING, o), r);
                            int term = term(b.lines(v), o);
                            String effective = term == 0 ? recurring : recurring + "+" + Ref.local(col(UPFRONT, o), r) + "/" + term;
                            if (reached != null) effective = "IF(ISTEXT(" + recurring + ")," + recurring + "," + effective + ")";
                            w.formula(col, effective, money, c.monthlyEffective());
                        }
                        default -> w.text(col, c.noChargeOfItsOwn() ? c.reason() : c.basis() == null ? "" : c.basis().fileName(), st.text);
                    }
                } else {
                    String text = OptionStatus.moneyText(c);
                    switch (g) {
                        // "missing" in every money column, so a block bought under it shows "missing" upfront and recurring too;
                        // an option that does not apply has its "n/a" once: nothing refers to its upfront or recurring
                        case UPFRONT, RECURRING -> {
                            if (text.equals(OptionStatus.MISSING)) w.text(col, text, st.status);
                        }
                        case EFFECTIVE -> w.text(col, text, st.status);
                        default -> w.text(col, reason(c), st.wrapped);
                    }
                }
            }
        }
    }

    /** The months of option {@code o}'s term, from its upfront lines; 0 when it has none. */
    private static int term(List<LinePlan> lines, PurchaseOption o) {
        for (LinePlan lp : lines)
            if (lp.unpriced() == null && lp.line().charge() == Charge.UPFRONT && lp.options().contains(o)) return lp.line().termMonths();
        return 0;
    }

    /** Why an option has no figure. */
    private static String reason(OptionCost c) {
        return c == null ? "not priced" : c.reason();
    }

    /**
     * What option {@code o}'s scenario total counts for the block on row {@code row}: its monthly effective figure, or
     * the block's On-Demand figure when the option does not apply ("n/a"); the status text when it lacks a price.
     * Decided as the option's row is: {@link Cached#inTotal} gives the same.
     */
    static String inTotal(BlockPlan b, Variant v, PurchaseOption o) {
        OptionCost c = b.options(v).get(o);
        int row = b.optionsRow(v);
        boolean onDemand = c != null && c.status() == OptionCost.Status.NOT_APPLICABLE && o.index() != 0;
        return REF.cell(col(EFFECTIVE, onDemand ? PurchaseOption.ON_DEMAND : o), row);
    }

    /**
     * Whether any of the option's lines awaiting a rate is reached (an OR), or null when it has none: a design line's
     * money cell reads "missing", a twin line's quantity is not 0.
     */
    private static String reached(BlockPlan b, Variant v, PurchaseOption o, Twin twin) {
        StringBuilder or = null;
        for (LinePlan lp : b.lines(v)) {
            if (lp.unpriced() == null || !lp.options().contains(o)) continue;
            or = or == null ? new StringBuilder("OR(") : or.append(',');
            if (twin != null) or.append(twin.quantity(lp)).append("<>0");
            else or.append(LineItemsSheet.REF.cell(LineItemsSheet.COL_MONTHLY, lp.row())).append("=\"").append(OptionStatus.MISSING).append('"');
        }
        return or == null ? null : or.append(')').toString();
    }

    /**
     * The sum of the option's own Line items rows as direct ranges (consecutive rows as one range), not a SUMIFS
     * over the block's lines, so a 1,000-block design recalculates without 90,000 conditional sums; a line shared by
     * several options is one row each of them counts. A line a reviewer inserts inside a range counts too. Null when
     * the option has no line of the kind ({@code upfront}: upfront lines, else hourly and monthly ones).
     */
    private static String sum(BlockPlan b, PurchaseOption o, int col, boolean upfront) {
        Ref li = LineItemsSheet.REF;
        List<String> parts = new ArrayList<>(4);
        int a = -1, z = -1;
        boolean any = false;
        for (LinePlan lp : b.lines) {
            if (!lp.options().contains(o)) continue;
            any |= lp.unpriced() == null && (lp.line().charge() == Charge.UPFRONT) == upfront;
            if (a >= 0 && lp.row() == z + 1) z = lp.row();
            else {
                if (a >= 0) parts.add(a == z ? li.cell(col, a) : li.range(col, a, z));
                a = z = lp.row();
            }
        }
        if (!any) return null;
        parts.add(a == z ? li.cell(col, a) : li.range(col, a, z));
        return "SUM(" + String.join(",", parts) + ")"; // SUM even of one cell: a number where a bare empty one is not
    }

    /**
     * The Graviton twin's figures, which have no Line items rows: each line's money ({@link LineItemsSheet#money}) over
     * the twin's Sources rate and its quantity, which is the design's Line items quantity cell when a design line has
     * the same formula (an instance count, a volume's GB), else the formula itself. (By formula, not by rule: a rule's
     * hash walks its named figures again at every reference, which never ended on a 1,000-block design.)
     */
    private static final class Twin {
        private final BlockPlan b;
        private final java.util.Map<String, Integer> designRows = new java.util.HashMap<>();

        Twin(BlockPlan b) {
            this.b = b;
            // an awaiting line's row too: its quantity cell is the same formula
            for (LinePlan lp : b.lines) {
                String q = b.quantity(lp);
                if (q != null) designRows.putIfAbsent(q, lp.row());
            }
        }

        String quantity(LinePlan lp) {
            String q = b.quantity(lp);
            if (q == null) return FormulaText.number(lp.line().quantity());
            Integer row = designRows.get(q);
            return row != null ? LineItemsSheet.REF.cell(LineItemsSheet.COL_QUANTITY, row) : "(" + q + ")";
        }

        /** The option's upfront lines' money, or its hourly and monthly lines', as one sum; null when it has none. */
        String sum(PurchaseOption o, boolean upfront) {
            StringBuilder out = null;
            for (LinePlan lp : b.twinLines) {
                if (lp.unpriced() != null || !lp.options().contains(o) || (lp.line().charge() == Charge.UPFRONT) != upfront) continue;
                out = out == null ? new StringBuilder() : out.append('+');
                out.append(LineItemsSheet.money(b, lp.line(), quantity(lp), LineItemsSheet.unitPrice(lp)));
            }
            return out == null ? null : out.toString();
        }
    }
}
