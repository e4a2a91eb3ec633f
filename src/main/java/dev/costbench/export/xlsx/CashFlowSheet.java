package dev.costbench.export.xlsx;

import dev.costbench.export.CashFlow;
import dev.costbench.model.purchase.Term;
import dev.costbench.pricing.OptionCost;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * When money leaves, per scenario under the chosen options ({@link CashFlow}'s rule): each block's upfront
 * payment in the month its term starts (and again at each renewal within 36 months), its recurring charges every
 * month; the first 12 months and the 36 months in total. A block's row is its Summary row, so the option it is
 * bought as, its upfront and its recurring charge are formulas over Summary and Purchase options and follow
 * every input; each scenario's total row is its Summary total row.
 */
final class CashFlowSheet {
    static final String NAME = "Cash flow";
    static final int COL_BOUGHT = 2, COL_KEY = 3, COL_UPFRONT = 4, COL_RECURRING = 5, COL_TERM = 6, COL_FIRST_12 = 7,
            COL_TOTAL = 8, COL_MONTH_1 = 9;

    private CashFlowSheet() {}

    static void frame(Sheet sheet, Styles st, Layout layout, String title) {
        RowWriter.at(sheet, 1).text(0, "Cash flow", st.title);
        List<SheetFrame.Column> cols = new ArrayList<>(List.of(new SheetFrame.Column("Scenario", 12),
                new SheetFrame.Column("Block", 20), new SheetFrame.Column("Bought as", 25),
                new SheetFrame.Column("Option key", 30), new SheetFrame.Column("Upfront", 12),
                new SheetFrame.Column("Monthly recurring", 12), new SheetFrame.Column("Term months", 9),
                new SheetFrame.Column("First 12 months", 13), new SheetFrame.Column(CashFlow.MONTHS + " months", 13)));
        for (int m = 1; m <= CashFlow.MONTHS; m++) cols.add(new SheetFrame.Column("Month " + m, 11));
        int last = layout.scenarios.isEmpty() ? Layout.TABLE_HEADER_ROW + 1 : layout.scenarios.getLast().summaryTotalRow();
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, cols, layout.lastSummaryRow, title);
        int h = Layout.TABLE_HEADER_ROW;
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_UPFRONT, "Upfront");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_RECURRING, "Monthly recurring");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_FIRST_12, "First 12 months");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_TOTAL, CashFlow.MONTHS + " months");
        // 45 columns do not fit a page's width at a readable size: print at full size across pages, names repeated
        sheet.setFitToPage(false);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COL_MONTH_1 + CashFlow.MONTHS - 1, 0, last - 1);
        subtitle(sheet, st, cols);
    }

    static final String SUBTITLE_LABEL = "About the figures";
    static final String SUBTITLE = "When money leaves under the chosen options: upfront payments in the month their term "
            + "starts (again at each renewal within " + CashFlow.MONTHS + " months), recurring charges every month. "
            + "Summary's Monthly spreads the upfront over the term; this does not.";
    /**
     * The characters of columns beside the repeated Scenario and Block (32) that LibreOffice prints on an A4 landscape
     * page at full size: Bought as to Monthly recurring (79) fill page 1, as they did before the breaks were set.
     */
    static final int PAGE_CHARS = 79;

    /**
     * The subtitle as on Summary's money pages: a label in the repeated Scenario and Block columns, and its text wrapped
     * on each printed page, merged over that page's columns. The pages are set by column breaks so that no merged
     * cell crosses one; a subtitle written once at A2 ran under the repeated columns on page 2 and was cut on page 1.
     */
    private static void subtitle(Sheet sheet, Styles st, List<SheetFrame.Column> cols) {
        RowWriter w = RowWriter.at(sheet, 2).text(0, SUBTITLE_LABEL, st.subtitleWrapped);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
        int lines = RowWriter.lines(SUBTITLE_LABEL, cols.get(0).widthChars() + cols.get(1).widthChars());
        List<int[]> pages = pages(cols);
        for (int[] page : pages) {
            w.text(page[0], SUBTITLE, st.subtitleWrapped);
            if (page[1] > page[0]) sheet.addMergedRegion(new CellRangeAddress(1, 1, page[0], page[1]));
            if (page[1] < cols.size() - 1) sheet.setColumnBreak(page[1]);
            int width = 0;
            for (int c = page[0]; c <= page[1]; c++) width += cols.get(c).widthChars();
            lines = Math.max(lines, RowWriter.lines(SUBTITLE, width));
        }
        sheet.getRow(1).setHeightInPoints(lines * 13f + 2);
    }

    /** The printed pages' columns beside the repeated two, first and last, each at most {@link #PAGE_CHARS} wide. */
    static List<int[]> pages(List<SheetFrame.Column> cols) {
        List<int[]> pages = new ArrayList<>();
        int first = COL_BOUGHT, width = 0;
        for (int c = COL_BOUGHT; c < cols.size(); c++) {
            int w = cols.get(c).widthChars();
            if (width > 0 && width + w > PAGE_CHARS) {
                pages.add(new int[] {first, c - 1});
                first = c;
                width = 0;
            }
            width += w;
        }
        pages.add(new int[] {first, cols.size() - 1});
        return pages;
    }

    static void rows(Sheet sheet, Styles st, Layout layout) {
        for (BlockPlan b : layout.blocks) block(sheet, st, b);
        for (ScenarioPlan s : layout.scenarios) total(sheet, st, s);
    }

    /** The block's payments under the option it is bought as: figures, or its status text ("missing") when unpriced. */
    static List<Object> months(BlockPlan b) {
        SummarySheet.Figures f = b.summary();
        OptionCost c = b.options(Variant.DESIGN).get(f.bought());
        CashFlow.Flow flow = Cached.isNumber(f.upfront()) ? CashFlow.of(c) : null;
        List<Object> out = new ArrayList<>(CashFlow.MONTHS + 2);
        for (int m = 0; m < CashFlow.MONTHS; m++) out.add(flow == null ? f.upfront() : flow.months().get(m));
        out.add(flow == null ? f.upfront() : flow.first12());
        out.add(flow == null ? f.upfront() : flow.total());
        return out;
    }

    private static void block(Sheet sheet, Styles st, BlockPlan b) {
        int r = b.summaryRow;
        SummarySheet.Figures f = b.summary();
        Ref sum = SummarySheet.REF;
        String key = Ref.local(COL_KEY, r), up = Ref.local(COL_UPFRONT, r), rec = Ref.local(COL_RECURRING, r),
                term = Ref.local(COL_TERM, r);
        // FIND, not SEARCH: exact and case-sensitive in Excel, LibreOffice and POI alike (SEARCH takes wildcards,
        // and in LibreOffice regular expressions when the file says so)
        StringBuilder termFormula = new StringBuilder();
        for (Term t : Term.values())
            termFormula.append("IF(ISNUMBER(FIND(\"/").append(t.key()).append("/\",").append(key).append(")),").append(t.months()).append(',');
        termFormula.append('0').append(")".repeat(Term.values().length));
        List<Object> months = months(b);
        // a block with no charge of its own (the Internet: its senders pay) reads so, as on Summary, not as 0.00
        org.apache.poi.ss.usermodel.CellStyle money = f.noCharge() ? st.noCharge : st.money;
        RowWriter w = RowWriter.at(sheet, r)
                .text(0, b.scenario.scenario().name(), st.text)
                .text(1, b.block.name(), st.text)
                .formula(COL_BOUGHT, sum.cell(SummarySheet.COL_BOUGHT, r), st.text, f.bought().label())
                .formula(COL_KEY, sum.cell(SummarySheet.COL_KEY, r), st.note, f.bought().key())
                .formula(COL_UPFRONT, sum.cell(SummarySheet.COL_UPFRONT, r), money, f.upfront())
                .formula(COL_RECURRING, "INDEX(" + PurchaseOptionsSheet.figures(PurchaseOptionsSheet.RECURRING, b.optionsRow) + ",MATCH(" + key + ","
                        + PurchaseOptionsSheet.keys(PurchaseOptionsSheet.RECURRING) + ",0))", money,
                        Cached.money(b, Variant.DESIGN, f.bought(), Cached.Column.RECURRING))
                .formula(COL_TERM, termFormula.toString(), st.integer, CashFlow.termMonths(f.bought()));
        // the upfront is a status text ("missing", "n/a") or a figure; ISTEXT, not ISNUMBER, tells them apart. An
        // option without upfront (On-Demand on a one-line block) reads an empty Line items cell: Excel and POI take
        // that as 0, but LibreOffice carries it through the references as an empty result that ISNUMBER calls not a
        // number, so ISNUMBER(upfront) put the upfront's 0 in every month and left out the recurring charge
        String status = "ISTEXT(" + up + ")";
        for (int m = 1; m <= CashFlow.MONTHS; m++)
            w.formula(COL_MONTH_1 + m - 1, "IF(" + status + "," + up + "," + rec + "+IF(" + term + ">0,IF(MOD(" + (m - 1) + "," + term
                    + ")=0," + up + ",0),0))", money, months.get(m - 1));
        String firstYear = Ref.local(COL_MONTH_1, r) + ":" + Ref.local(COL_MONTH_1 + 11, r);
        String all = Ref.local(COL_MONTH_1, r) + ":" + Ref.local(COL_MONTH_1 + CashFlow.MONTHS - 1, r);
        w.formula(COL_FIRST_12, "IF(" + status + "," + up + ",SUM(" + firstYear + "))", money, months.get(CashFlow.MONTHS))
                .formula(COL_TOTAL, "IF(" + status + "," + up + ",SUM(" + all + "))", money, months.get(CashFlow.MONTHS + 1));
    }

    private static void total(Sheet sheet, Styles st, ScenarioPlan s) {
        RowWriter w = RowWriter.at(sheet, s.summaryTotalRow()).text(0, s.name(), st.textBold).text(1, "Total", st.textBold);
        if (s.isEmpty()) return;
        List<List<Object>> blocks = new ArrayList<>();
        for (BlockPlan b : s.blocks()) blocks.add(months(b));
        for (int col = COL_FIRST_12; col < COL_MONTH_1 + CashFlow.MONTHS; col++) {
            int i = col == COL_FIRST_12 ? CashFlow.MONTHS : col == COL_TOTAL ? CashFlow.MONTHS + 1 : col - COL_MONTH_1;
            List<Object> values = new ArrayList<>(blocks.size());
            for (List<Object> m : blocks) values.add(m.get(i));
            String range = SummarySheet.range(col, s.firstSummaryRow(), s.lastSummaryRow());
            w.formula(col, SummarySheet.unlessMissing(range, "SUM(" + range + ")"), st.moneyBold, Cached.unlessMissing(values, Cached.sum(values)));
        }
        List<Object> up = new ArrayList<>();
        for (BlockPlan b : s.blocks()) up.add(b.summary().upfront());
        String range = SummarySheet.range(COL_UPFRONT, s.firstSummaryRow(), s.lastSummaryRow());
        w.formula(COL_UPFRONT, SummarySheet.unlessMissing(range, "SUM(" + range + ")"), st.moneyBold, Cached.unlessMissing(up, Cached.sum(up)));
    }
}
