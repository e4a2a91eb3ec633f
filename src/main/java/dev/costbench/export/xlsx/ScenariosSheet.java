package dev.costbench.export.xlsx;

import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario totals side by side, with each later scenario's difference from the first: the chosen options
 * (monthly, upfront, annual, on Graviton) and the whole design under each purchase option (a block the
 * option does not apply to counts at On-Demand). Below, each block's monthly cost per scenario by block id.
 * Column B lists the option keys every purchase-option input is validated against.
 */
final class ScenariosSheet {
    static final String NAME = "Scenarios";
    static final int COL_KEY = 1, FIRST_SCENARIO_COL = 2;
    static final int FIRST_OPTION_ROW = Layout.TABLE_HEADER_ROW + 5;

    private ScenariosSheet() {}

    static void defineOptionKeys(Workbook wb) {
        Name keys = wb.createName();
        keys.setNameName(GlobalInputs.OPTION_KEYS);
        keys.setRefersToFormula(new Ref(NAME).range(COL_KEY, FIRST_OPTION_ROW, FIRST_OPTION_ROW + BlockPlan.OPTIONS - 1));
    }

    /** Title and header; the rows are streamed by {@link #rows}. */
    static void frame(Sheet sheet, Styles st, Layout layout, String title) {
        List<ScenarioPlan> scenarios = layout.scenarios;
        int n = scenarios.size();
        RowWriter.at(sheet, 1).text(0, "Scenarios", st.title);
        RowWriter.at(sheet, 2).text(0, n > 1 ? "Totals per scenario side by side; Δ columns: the scenario minus "
                + scenarios.getFirst().name() + "." : "Totals of the scenario under its chosen options and under each "
                + "purchase option.", st.subtitle);
        List<SheetFrame.Column> cols = new ArrayList<>(List.of(new SheetFrame.Column("Total", 40),
                new SheetFrame.Column("Option key", 44)));
        for (ScenarioPlan s : scenarios) cols.add(new SheetFrame.Column(s.name(), 15));
        for (int i = 1; i < n; i++)
            cols.add(new SheetFrame.Column("Δ " + scenarios.get(i).name() + " − " + scenarios.getFirst().name(), 15));
        int lastOptionRow = FIRST_OPTION_ROW + BlockPlan.OPTIONS - 1;
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, cols, lastOptionRow, title);
        for (int c = FIRST_SCENARIO_COL; c < cols.size(); c++)
            sheet.getRow(Layout.TABLE_HEADER_ROW - 1).getCell(c).setCellStyle(st.headerRight);
    }

    static void rows(Sheet sheet, Styles st, Layout layout) {
        List<ScenarioPlan> scenarios = layout.scenarios;
        int n = scenarios.size();
        int lastOptionRow = FIRST_OPTION_ROW + BlockPlan.OPTIONS - 1;
        int r = Layout.TABLE_HEADER_ROW + 1;
        chosenRow(sheet, st, r++, "Monthly, chosen options", scenarios, n,
                s -> SummarySheet.REF.cell(SummarySheet.COL_MONTHLY, s.summaryTotalRow()), s -> total(s, SummarySheet.COL_MONTHLY));
        chosenRow(sheet, st, r++, "Upfront, chosen options", scenarios, n,
                s -> SummarySheet.REF.cell(SummarySheet.COL_UPFRONT, s.summaryTotalRow()), s -> total(s, SummarySheet.COL_UPFRONT));
        chosenRow(sheet, st, r++, "Annual, chosen options", scenarios, n,
                s -> SummarySheet.REF.cell(SummarySheet.COL_ANNUAL, s.summaryTotalRow()), s -> total(s, SummarySheet.COL_ANNUAL));
        chosenRow(sheet, st, r++, "Monthly on Graviton twins", scenarios, n,
                s -> GravitonSheet.REF.cell(GravitonSheet.COL_ON_GRAVITON, s.gravitonTotalRow()), s -> {
                    List<Object> values = new ArrayList<>();
                    for (BlockPlan b : s.blocks()) values.add(b.summary().onGraviton());
                    return Cached.unlessMissing(values, Cached.sum(values));
                });
        for (PurchaseOption o : PurchaseOption.ALL) {
            RowWriter w = RowWriter.at(sheet, r).text(0, "Monthly, all on " + o.label(), st.text).text(COL_KEY, o.key(), st.text);
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object v = optionTotalValue(scenarios.get(i), o);
                values.add(v);
                w.formula(FIRST_SCENARIO_COL + i, optionTotal(scenarios.get(i), o), st.money, v);
            }
            deltas(w, st, r, values);
            r++;
        }
        byBlock(sheet, st, layout, lastOptionRow + 2, n);
    }

    /** The cached value of a Summary total column of the scenario. */
    private static Object total(ScenarioPlan s, int col) {
        List<Object> values = SummarySheet.column(s, col);
        return Cached.unlessMissing(values, Cached.sum(values));
    }

    private static void chosenRow(Sheet sheet, Styles st, int r, String label, List<ScenarioPlan> scenarios, int n,
                                  java.util.function.Function<ScenarioPlan, String> ref,
                                  java.util.function.Function<ScenarioPlan, Object> cached) {
        RowWriter w = RowWriter.at(sheet, r).formula(0, GlobalInputs.moneyHeader(label), st.textBold, GlobalInputs.moneyHeaderText(label));
        List<Object> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScenarioPlan s = scenarios.get(i);
            if (s.isEmpty()) {
                w.number(FIRST_SCENARIO_COL + i, 0, st.moneyBold);
                values.add(java.math.BigDecimal.ZERO);
            } else {
                Object v = cached.apply(s);
                values.add(v);
                w.formula(FIRST_SCENARIO_COL + i, ref.apply(s), st.moneyBold, v);
            }
        }
        deltas(w, st, r, values);
    }

    /** What {@link #optionTotal} shows, from the engine's figures. */
    private static Object optionTotalValue(ScenarioPlan s, PurchaseOption o) {
        List<Object> inTotal = new ArrayList<>(s.blocks().size());
        for (BlockPlan b : s.blocks()) inTotal.add(Cached.inTotal(b, Variant.DESIGN, o));
        int missing = Cached.count(inTotal, OptionStatus.MISSING);
        return missing > 0 ? missing + " block(s) lack a price" : Cached.sum(inTotal);
    }

    /**
     * The scenario under one option, or how many blocks lack a price when it is incomplete (never a low figure), over
     * the scenario's rows on Purchase options, one per block as designed: the option's monthly effective figures, and
     * the On-Demand figure of each block the option does not apply to ("n/a"). A block counts as lacking a price when
     * the option's figure is "missing", or it does not apply and its On-Demand figure is.
     */
    private static String optionTotal(ScenarioPlan s, PurchaseOption o) {
        if (s.isEmpty()) return "0";
        String own = PurchaseOptionsSheet.REF.range(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE, o),
                s.firstOptionRow(), s.lastOptionRow());
        String missing = "COUNTIF(" + own + ",\"" + OptionStatus.MISSING + "\")", sum = "SUM(" + own + ")";
        if (o.index() != 0) {
            String onDemand = PurchaseOptionsSheet.REF.range(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE,
                    PurchaseOption.ON_DEMAND), s.firstOptionRow(), s.lastOptionRow());
            String na = "\"" + OptionStatus.NA_TEXT + "\"";
            missing = "(" + missing + "+COUNTIFS(" + own + "," + na + "," + onDemand + ",\"" + OptionStatus.MISSING + "\"))";
            sum = sum + "+SUMIF(" + own + "," + na + "," + onDemand + ")";
        }
        return "IF(" + missing + ">0," + missing + "&\" block(s) lack a price\"," + sum + ")";
    }

    /** Each later scenario minus the first; {@code values} are the row's cached figures per scenario. */
    private static void deltas(RowWriter w, Styles st, int r, List<Object> values) {
        int n = values.size();
        String first = Ref.local(FIRST_SCENARIO_COL, r);
        for (int i = 1; i < n; i++) {
            String other = Ref.local(FIRST_SCENARIO_COL + i, r);
            w.formula(FIRST_SCENARIO_COL + n + i - 1, "IF(AND(ISNUMBER(" + other + "),ISNUMBER(" + first + "))," + other + "-"
                    + first + ",\"" + OptionStatus.NA_TEXT + "\")", st.money, Cached.difference(values.get(i), values.getFirst()));
        }
    }

    /** Each block id's monthly cost (chosen option) per scenario; "—" where the scenario has no such block. */
    private static void byBlock(Sheet sheet, Styles st, Layout layout, int headerRow, int n) {
        Map<String, Map<Integer, BlockPlan>> byId = new LinkedHashMap<>();
        for (BlockPlan b : layout.blocks) byId.computeIfAbsent(b.block.id(), k -> new LinkedHashMap<>()).put(b.scenarioIndex, b);
        RowWriter h = RowWriter.at(sheet, headerRow).height(30)
                .formula(0, GlobalInputs.moneyHeader("Monthly per block, chosen options"), st.header,
                        GlobalInputs.moneyHeaderText("Monthly per block, chosen options"))
                .text(COL_KEY, "Block id", st.header);
        for (int i = 0; i < n; i++) h.text(FIRST_SCENARIO_COL + i, layout.scenarios.get(i).name(), st.headerRight);
        for (int i = 1; i < n; i++)
            h.text(FIRST_SCENARIO_COL + n + i - 1, "Δ " + layout.scenarios.get(i).name() + " − " + layout.scenarios.getFirst().name(), st.headerRight);
        int r = headerRow + 1;
        for (Map.Entry<String, Map<Integer, BlockPlan>> e : byId.entrySet()) {
            BlockPlan any = e.getValue().values().iterator().next();
            RowWriter w = RowWriter.at(sheet, r).text(0, any.block.name(), st.text).text(COL_KEY, e.getKey(), st.text);
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BlockPlan b = e.getValue().get(i + 1);
                if (b == null) {
                    w.text(FIRST_SCENARIO_COL + i, "—", st.status);
                    values.add("—");
                } else {
                    values.add(b.summary().monthly());
                    // the Internet reads "no charge of its own", as on Summary, not 0.00
                    w.formula(FIRST_SCENARIO_COL + i, SummarySheet.REF.cell(SummarySheet.COL_MONTHLY, b.summaryRow),
                            b.summary().noCharge() ? st.noCharge : st.money, b.summary().monthly());
                }
            }
            deltas(w, st, r, values);
            r++;
        }
    }
}
