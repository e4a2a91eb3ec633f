package dev.costbench.export.xlsx;

import dev.costbench.model.ProductVersion;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.PriceCatalog;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/**
 * One row per block: monthly cost under its chosen option and under each family (On-Demand, cheapest
 * Reserved, cheapest Savings Plan, Spot), the Graviton twin and saving, the annual figure; then one total
 * row per scenario and a chart. Every figure is a formula over Purchase options, Graviton and Assumptions.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final Ref REF = new Ref(NAME);
    static final int COL_NAME = 1, COL_NOTE = 3, COL_BOUGHT = 5, COL_MONTHLY = 6, COL_UPFRONT = 7, COL_ON_DEMAND = 8,
            COL_RESERVED = 9, COL_PLAN = 10, COL_SPOT = 11, COL_TWIN = 12, COL_SAVING = 13, COL_ANNUAL = 14, COL_KEY = 15;
    private static final int KEY_SIZE_WIDTH = 36;
    /**
     * What Option key and Bought as say when a purchase-option input is not one of the keys (pasted past the
     * list's validation): the money cells stay #N/A, so no total is silently low, and these name the cause.
     */
    static final String NOT_AN_OPTION = "not an option key: ", PICK_FROM_LIST = " (Assumptions: pick one from the list)";
    /** A block's columns on Purchase options follow PurchaseOption.ALL, which lists each family's options together. */
    static final int RESERVED_FROM = PurchaseFamily.RESERVED.firstIndex(), RESERVED_TO = PurchaseFamily.RESERVED.lastIndex(),
            PLANS_FROM = PurchaseFamily.SAVINGS_PLAN.firstIndex(), PLANS_TO = PurchaseFamily.SAVINGS_PLAN.lastIndex();

    private SummarySheet() {}

    /** Title, header, print area and chart; the rows are streamed by {@link #rows}. */
    static void frame(Sheet sheet, Styles st, Layout layout, PriceCatalog catalog, String title) {
        RowWriter.at(sheet, 1).text(0, title, st.title);
        RowWriter.at(sheet, 2).text(0, "Monthly cost per block and purchase option. " + provenance(layout.sources)
                + " (catalog " + catalog.version() + "). Change inputs on the Assumptions sheet; every figure follows.", st.subtitle);
        RowWriter.at(sheet, 3).text(0, "Exported " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " by Costbench "
                + ProductVersion.number() + ". " + Styles.ESTIMATED_MARK + " before a figure: built on a rate estimated from AWS's published "
                + "rates by the rule on Sources, not a figure AWS publishes.", st.subtitle);
        int lastRow = layout.scenarios.isEmpty() ? Layout.TABLE_HEADER_ROW + 1 : layout.scenarios.getLast().summaryTotalRow();
        List<SheetFrame.Column> columns = List.of(
                new SheetFrame.Column("Scenario", scenarioWidth(layout)), new SheetFrame.Column("Block", 18),
                new SheetFrame.Column("Kind", 21), new SheetFrame.Column("Key size", KEY_SIZE_WIDTH),
                new SheetFrame.Column("Region", 11), new SheetFrame.Column("Bought as", 25),
                new SheetFrame.Column("Monthly", 12), new SheetFrame.Column("Upfront", 12),
                new SheetFrame.Column("On-Demand", 12), new SheetFrame.Column("Best Reserved", 12),
                new SheetFrame.Column("Best Savings Plan", 12), new SheetFrame.Column("Spot", 12),
                new SheetFrame.Column("Graviton twin", 12), new SheetFrame.Column("Graviton saving / month", 12),
                new SheetFrame.Column("Annual", 12), new SheetFrame.Column("Option key (from Assumptions)", 36));
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, columns, layout.lastSummaryRow, title);
        printLayout(sheet, st, layout, columns, lastRow);
        int h = Layout.TABLE_HEADER_ROW;
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_MONTHLY, "Monthly");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_UPFRONT, "Upfront");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_ON_DEMAND, "On-Demand");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_RESERVED, "Best Reserved");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_PLAN, "Best Savings Plan");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_SPOT, "Spot");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_SAVING, "Graviton saving / month");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_ANNUAL, "Annual");
        SummaryChart.add(sheet, layout);
    }

    /**
     * The Scenario column fits the longest scenario name in bold (the total rows), two characters over its length,
     * from 10 up to 24 characters: "Spot-heavy" printed as "Spot-heav" in a fixed 10.
     */
    static int scenarioWidth(Layout layout) {
        int longest = 0;
        for (ScenarioPlan s : layout.scenarios) longest = Math.max(longest, s.name().length());
        return Math.max(10, Math.min(24, longest + 2));
    }

    /** What the two subtitle rows are, in the repeated Scenario and Block columns. */
    static final String FIGURES_LABEL = "About the figures", EXPORT_LABEL = "Export";

    /** The print scale, %: the printed columns are all 10 pt (the grey 9-point notes are outside them), so 8 pt printed. */
    static final short PRINT_SCALE = 80;

    /**
     * Printed at 80 % on pages of two halves: the block's description (Scenario to Bought as) on one page, its
     * money (Monthly to Annual) on the next beside the Scenario and Block columns repeated, printed across before
     * down so the halves of the same rows follow each other. One page wide cannot be read: the 15 printed columns
     * are 231 characters, about 1,240 pt, so one A4 landscape page (784 pt) would print 10-point text at about 6.2 pt.
     * The subtitles are a label in the repeated Scenario and Block columns and their text twice: wrapped in the first
     * half's other columns and again across the money half, so each printed page shows them whole (merged over the
     * first half, the repeated columns cut them on the money page). The chart starts a page of its own, within the
     * first half's width.
     */
    private static void printLayout(Sheet sheet, Styles st, Layout layout, List<SheetFrame.Column> columns, int lastRow) {
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale(PRINT_SCALE);
        sheet.getPrintSetup().setLeftToRight(true);
        sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, COL_NAME));
        sheet.setColumnBreak(COL_BOUGHT);
        int chartTop = SummaryChart.top(layout);
        if (chartTop > 0) sheet.setRowBreak(chartTop - 2);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, COL_ANNUAL, 0,
                Math.max(lastRow, SummaryChart.lastRow(layout)) - 1);
        int labelWidth = 0, firstHalf = 0, money = 0;
        for (int c = 0; c <= COL_NAME; c++) labelWidth += columns.get(c).widthChars();
        for (int c = COL_NAME + 1; c <= COL_BOUGHT; c++) firstHalf += columns.get(c).widthChars();
        for (int c = COL_MONTHLY; c <= COL_ANNUAL; c++) money += columns.get(c).widthChars();
        String[] labels = {FIGURES_LABEL, EXPORT_LABEL};
        for (int r = 2; r <= 3; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r - 1);
            String text = row.getCell(0).getStringCellValue();
            String label = labels[r - 2];
            RowWriter.at(sheet, r).text(0, label, st.subtitleWrapped).text(COL_NAME + 1, text, st.subtitleWrapped)
                    .text(COL_MONTHLY, text, st.subtitleWrapped);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 0, COL_NAME));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, COL_NAME + 1, COL_BOUGHT));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, COL_MONTHLY, COL_ANNUAL));
            int lines = Math.max(RowWriter.lines(label, labelWidth),
                    Math.max(RowWriter.lines(text, firstHalf), RowWriter.lines(text, money)));
            if (lines > 1) row.setHeightInPoints(lines * 13f + 2);
        }
    }

    /** "Rates dated 2019-03-01 to 2026-07-20; 220 of 258 (85 %) estimated", over the rates the workbook uses. */
    static String provenance(RateSources sources) {
        int estimated = 0, n = 0;
        for (RateSources.RateKey r : sources.usedRates()) {
            dev.costbench.catalog.Provenance p = r.provenance();
            if (p == null) continue;
            n++;
            if (p.basis() == dev.costbench.catalog.Basis.ESTIMATED) estimated++;
        }
        if (n == 0) return "No rates used";
        String dates = dates(sources);
        return (dates == null ? "Rates undated" : "Rates dated " + dates) + "; " + estimated + " of " + n + " ("
                + Math.round(100.0 * estimated / n) + " %) estimated";
    }

    /** "2019-03-01 to 2026-07-20": the dates of the oldest and newest rates the workbook uses; null when none is dated. */
    static String dates(RateSources sources) {
        dev.costbench.catalog.RateDates d = new dev.costbench.catalog.RateDates();
        for (RateSources.RateKey r : sources.usedRates()) if (r.provenance() != null) d.add(r.provenance().asOf());
        return d.text();
    }

    static void rows(Sheet sheet, Styles st, Layout layout) {
        for (BlockPlan b : layout.blocks) block(sheet, st, b);
        for (ScenarioPlan s : layout.scenarios) total(sheet, st, s);
    }

    private static void block(Sheet sheet, Styles st, BlockPlan b) {
        int r = b.summaryRow, a = b.optionsRow;
        Ref po = PurchaseOptionsSheet.REF;
        // the block's Purchase options row holds a group of columns per figure, one column per option under its key
        String keys = PurchaseOptionsSheet.keys(PurchaseOptionsSheet.EFFECTIVE);
        String effective = PurchaseOptionsSheet.figures(PurchaseOptionsSheet.EFFECTIVE, a);
        String upfront = PurchaseOptionsSheet.figures(PurchaseOptionsSheet.UPFRONT, a);
        String labels = PurchaseOptionsSheet.labels(PurchaseOptionsSheet.EFFECTIVE);
        String chosen = b.names.option(), bought = Ref.local(COL_KEY, r), monthly = Ref.local(COL_MONTHLY, r);
        Figures f = b.summary();
        RowWriter w = RowWriter.at(sheet, r)
                .text(0, b.scenario.scenario().name(), st.text)
                .text(COL_NAME, b.block.name(), st.text)
                .text(2, b.block.kind().displayName(), st.text)
                .wrapped(3, b.cost.keySize(), st.wrapped, KEY_SIZE_WIDTH);
        // the figures from the block's inputs, so "4 × m5.xlarge" reads "6 × m5.xlarge" after the count becomes 6
        String words = ComponentModel.words(b, b.cost.keySizeWords());
        if (words != null) w.formula(3, words, st.wrapped, b.cost.keySize());
        w
                .text(4, b.scenario.report().region(), st.text)
                .formula(COL_KEY, "IF(ISNA(MATCH(" + chosen + "," + keys + ",0)),\"" + NOT_AN_OPTION + "\"&" + chosen
                        + ",IF(INDEX(" + effective + ",MATCH(" + chosen + "," + keys + ",0))=\""
                        + OptionStatus.NA_TEXT + "\",\"" + PurchaseOption.ON_DEMAND.key() + "\"," + chosen + "))", st.note,
                        f.bought().key())
                .formula(COL_BOUGHT, "IFERROR(INDEX(" + labels + ",MATCH(" + bought + "," + keys + ",0))," + bought
                        + "&\"" + PICK_FROM_LIST + "\")", st.text, f.bought().label())
                .formula(COL_MONTHLY, "INDEX(" + effective + ",MATCH(" + bought + "," + keys + ",0))", money(st, f, COL_MONTHLY), f.monthly())
                .formula(COL_UPFRONT, "INDEX(" + upfront + ",MATCH(" + bought + "," + keys + ",0))", money(st, f, COL_UPFRONT), f.upfront())
                .formula(COL_ON_DEMAND, po.cell(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE, PurchaseOption.ON_DEMAND), a), money(st, f, COL_ON_DEMAND),
                        f.onDemand())
                .formula(COL_RESERVED, best(a, RESERVED_FROM, RESERVED_TO), money(st, f, COL_RESERVED), f.reserved())
                .formula(COL_PLAN, best(a, PLANS_FROM, PLANS_TO), money(st, f, COL_PLAN), f.plan())
                .formula(COL_SPOT, po.cell(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE, PurchaseOption.SPOT), a), money(st, f, COL_SPOT), f.spot())
                .formula(COL_TWIN, GravitonSheet.REF.cell(GravitonSheet.COL_TWIN, b.gravitonRow), st.text, f.twin())
                .formula(COL_SAVING, GravitonSheet.REF.cell(GravitonSheet.COL_SAVING, b.gravitonRow), st.money, f.saving())
                .formula(COL_ANNUAL, "IF(ISNUMBER(" + monthly + ")," + monthly + "*12," + monthly + ")", money(st, f, COL_ANNUAL),
                        Cached.annual(f.monthly()));
    }

    /**
     * The cached results of a block's Summary and Graviton rows, from the engine's figures by the formulas' own
     * rules: the option it is bought as, its figures under it and under each family, and its Graviton twin's.
     */
    record Figures(PurchaseOption bought, Object monthly, Object upfront, Object onDemand, Object reserved, Object plan,
                   Object spot, Object twin, Object onTwin, Object saving, Object savingPct, Object onGraviton,
                   java.util.Set<Integer> estimated, boolean noCharge) {

        /** Whether the figure in Summary column {@code col} is built on an estimated rate (it is marked "~"). */
        boolean isEstimated(int col) { return estimated.contains(col); }

        static Figures of(BlockPlan b) {
            PurchaseOption bought = Cached.bought(b);
            Object monthly = Cached.money(b, Variant.DESIGN, bought, Cached.Column.EFFECTIVE);
            Object twin = OptionStatus.NA_TEXT, onTwin = OptionStatus.NA_TEXT, saving = OptionStatus.NA_TEXT,
                    pct = OptionStatus.NA_TEXT, onGraviton = monthly;
            if (b.hasTwin()) {
                dev.costbench.pricing.GravitonTwin g = b.cost.graviton();
                twin = g.twinType() != null ? g.twinType() : "arm64";
                onTwin = Cached.inTotal(b, Variant.GRAVITON, bought);
                saving = Cached.difference(monthly, onTwin);
                if (Cached.isNumber(saving)) pct = Cached.number(monthly).signum() != 0
                        ? Cached.number(saving).divide(Cached.number(monthly), java.math.MathContext.DECIMAL64) : OptionStatus.NA_TEXT;
                onGraviton = Cached.isNumber(onTwin) ? onTwin : monthly;
            }
            java.util.Set<Integer> estimated = new java.util.HashSet<>();
            if (Cached.estimated(b, bought)) estimated.addAll(List.of(COL_MONTHLY, COL_UPFRONT, COL_ANNUAL));
            if (Cached.estimated(b, PurchaseOption.ON_DEMAND)) estimated.add(COL_ON_DEMAND);
            if (Cached.estimated(b, Cached.cheapest(b, RESERVED_FROM, RESERVED_TO))) estimated.add(COL_RESERVED);
            if (Cached.estimated(b, Cached.cheapest(b, PLANS_FROM, PLANS_TO))) estimated.add(COL_PLAN);
            if (Cached.estimated(b, PurchaseOption.SPOT)) estimated.add(COL_SPOT);
            return new Figures(bought, monthly, Cached.money(b, Variant.DESIGN, bought, Cached.Column.UPFRONT),
                    Cached.money(b, Variant.DESIGN, PurchaseOption.ON_DEMAND, Cached.Column.EFFECTIVE),
                    Cached.best(b, RESERVED_FROM, RESERVED_TO), Cached.best(b, PLANS_FROM, PLANS_TO),
                    Cached.money(b, Variant.DESIGN, PurchaseOption.SPOT, Cached.Column.EFFECTIVE),
                    twin, onTwin, saving, pct, onGraviton, java.util.Set.copyOf(estimated),
                    // its On-Demand is what every option of such a block counts (the others do not apply)
                    b.cost.option(PurchaseOption.ON_DEMAND) != null && b.cost.option(PurchaseOption.ON_DEMAND).noChargeOfItsOwn());
        }

        /** The cached value of Summary column {@code col}. */
        Object column(int col) {
            return switch (col) {
                case COL_MONTHLY -> monthly;
                case COL_UPFRONT -> upfront;
                case COL_ON_DEMAND -> onDemand;
                case COL_RESERVED -> reserved;
                case COL_PLAN -> plan;
                case COL_SPOT -> spot;
                case COL_SAVING -> saving;
                case COL_ANNUAL -> Cached.annual(monthly);
                default -> throw new IllegalArgumentException("no figure in Summary column " + col);
            };
        }
    }

    /** The money style of a block's figure: marked "~" when it is built on an estimated rate. */
    private static org.apache.poi.ss.usermodel.CellStyle money(Styles st, Figures f, int col) {
        return f.noCharge() ? st.noCharge : f.isEstimated(col) ? st.moneyEstimated : st.money;
    }

    /** Whether any block of the scenario has an estimated figure in column {@code col}. */
    static boolean anyEstimated(ScenarioPlan s, int col) {
        for (BlockPlan b : s.blocks()) if (b.summary().isEstimated(col)) return true;
        return false;
    }

    /**
     * The cheapest priced option of a family (options {@code from..to}, side by side on the block's Purchase options
     * row {@code row}); "missing" if one lacks a price and none is priced, else "n/a".
     */
    private static String best(int row, int from, int to) {
        String eff = PurchaseOptionsSheet.REF.across(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE, from),
                PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE, to), row);
        return "IF(COUNT(" + eff + ")>0,MIN(" + eff + "),IF(COUNTIF(" + eff
                + ",\"" + OptionStatus.MISSING + "\")>0,\"" + OptionStatus.MISSING + "\",\"" + OptionStatus.NA_TEXT + "\"))";
    }

    /** Sums of the scenario's rows; a family a block cannot use counts that block at On-Demand, as the engine does. */
    private static void total(Sheet sheet, Styles st, ScenarioPlan s) {
        RowWriter w = RowWriter.at(sheet, s.summaryTotalRow()).text(0, s.name(), st.textBold).text(COL_NAME, "Total", st.textBold);
        if (s.isEmpty()) return;
        int a = s.firstSummaryRow(), z = s.lastSummaryRow();
        String onDemand = range(COL_ON_DEMAND, a, z);
        for (int col : new int[]{COL_MONTHLY, COL_UPFRONT, COL_ON_DEMAND, COL_SAVING, COL_ANNUAL}) {
            List<Object> values = column(s, col);
            w.formula(col, unlessMissing(range(col, a, z), "SUM(" + range(col, a, z) + ")"),
                    anyEstimated(s, col) ? st.moneyBoldEstimated : st.moneyBold, Cached.unlessMissing(values, Cached.sum(values)));
        }
        for (int col : new int[]{COL_RESERVED, COL_PLAN, COL_SPOT}) {
            List<Object> values = column(s, col);
            java.math.BigDecimal sum = Cached.sum(values);
            int missing = Cached.count(values, OptionStatus.MISSING);
            for (BlockPlan b : s.blocks()) {
                if (!(b.summary().column(col) instanceof String t && t.equalsIgnoreCase(OptionStatus.NA_TEXT))) continue;
                if (Cached.isNumber(b.summary().onDemand())) sum = sum.add(Cached.number(b.summary().onDemand()));
                else if (b.summary().onDemand() instanceof String od && od.equalsIgnoreCase(OptionStatus.MISSING)) missing++;
            }
            // a block the family does not apply to counts at On-Demand, and lacks a price when its On-Demand one is missing
            String family = range(col, a, z), na = "\"" + OptionStatus.NA_TEXT + "\"";
            String lacking = "(COUNTIF(" + family + ",\"" + OptionStatus.MISSING + "\")+COUNTIFS(" + family + "," + na + ","
                    + onDemand + ",\"" + OptionStatus.MISSING + "\"))";
            w.formula(col, unlessMissingCount(lacking, "SUM(" + family + ")+SUMIFS(" + onDemand + "," + family + "," + na + ")"),
                    anyEstimated(s, col) || anyEstimated(s, COL_ON_DEMAND) ? st.moneyBoldEstimated : st.moneyBold,
                    Cached.unlessMissing(missing, sum));
        }
        String missing = "COUNTIF(" + range(COL_MONTHLY, a, z) + ",\"" + OptionStatus.MISSING + "\")";
        int missingBlocks = Cached.count(column(s, COL_MONTHLY), OptionStatus.MISSING);
        w.formula(COL_NOTE, "IF(" + missing + ">0," + missing + "&\" block(s) lack a price: incomplete\",\""
                + s.blocks().size() + " blocks\")", st.subtitle,
                missingBlocks > 0 ? missingBlocks + " block(s) lack a price: incomplete" : s.blocks().size() + " blocks");
    }

    /** The cached values of Summary column {@code col} over the scenario's blocks. */
    static List<Object> column(ScenarioPlan s, int col) {
        List<Object> out = new java.util.ArrayList<>(s.blocks().size());
        for (BlockPlan b : s.blocks()) out.add(b.summary().column(col));
        return out;
    }

    /**
     * A total that, when blocks in {@code range} lack a price, shows the priced part and how many are missing
     * ("$1,064.95 + 1 missing", or "2 missing"), as OptionTotal.text() does: never a silently low sum or a bare $0.00.
     */
    static String unlessMissing(String range, String sum) {
        return unlessMissingCount("COUNTIF(" + range + ",\"" + OptionStatus.MISSING + "\")", sum);
    }

    /** As {@link #unlessMissing}, with {@code n} the formula that counts the blocks that lack a price. */
    static String unlessMissingCount(String n, String sum) {
        return "IF(" + n + ">0,IF(" + sum + "=0," + n + "&\" missing\",TEXT(" + sum + ",\"$#,##0.00\")&\" + \"&" + n
                + "&\" missing\")," + sum + ")";
    }

    static String range(int col, int from, int to) { return Ref.column(col) + from + ":" + Ref.column(col) + to; }
}
