package dev.costbench.export.xlsx;

import dev.costbench.export.TagTotals;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.OptionTotal;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Cost by tag: for each scenario and tag key, each tag value's monthly total under the chosen options and under each
 * purchase option, then the blocks without the key. Below, one row per block with its tag values (input cells: retype
 * a value and the totals regroup) and, by direct reference, its Summary monthly figure and its Purchase options "In
 * scenario total" per option. The totals are SUMIFs over that small per-block table only, never over Line items, and a
 * total with a block lacking a price says so rather than show a low figure. Cached values are {@link TagTotals}, the
 * grouping {@code costbench price --by-tag} prints. Tags are case-sensitive (AWS's and Costbench's), SUMIF is not, and
 * POI cannot evaluate the array form SUMPRODUCT(--EXACT(…)): so SUMIF matches a case-exact spelling of each value
 * ({@link #exact}: capitals and the wildcards * ? ~ spelled out with ^), in a column beside each table, and
 * {@code Prod} and {@code prod} stay two groups after any recalculation.
 */
final class ByTagSheet {
    static final String NAME = "By tag";
    private static final Ref REF = new Ref(NAME);
    /** Group rows: scenario, key, value, blocks, chosen, then one column per option. */
    private static final int G_VALUE = 2, G_BLOCKS = 3, G_CHOSEN = 4, G_FIRST_OPTION = 5;
    /** Block rows: scenario, block id, block, then one column per tag key, the chosen figure and one per option. */
    private static final int B_FIRST_TAG = 3;

    private ByTagSheet() {}

    /** Adds the sheet (last) to the streaming workbook and writes it: the one line the workbook's assembly needs. */
    static void write(SXSSFWorkbook wb, Styles st, Layout layout, String title) {
        Sheet sheet = wb.createSheet(NAME);
        List<Scenario> scenarios = layout.scenarios.stream().map(s -> s.priced().scenario()).toList();
        List<String> keys = TagTotals.keys(scenarios);
        RowWriter.at(sheet, 1).text(0, "By tag", st.title);
        RowWriter.at(sheet, 2).text(0, keys.isEmpty() ? "No block has tags; add them in the inspector (Tags) or the design file."
                : "Monthly cost per tag value, under the chosen options and under each purchase option (a block the option does "
                + "not apply to counts at On-Demand). Retype a block's tag value in the table below and the totals regroup.", st.subtitle);

        // the groups: worked out by the engine's grouping, so their cached values are its figures
        List<Group> groups = new ArrayList<>();
        for (ScenarioPlan s : layout.scenarios)
            for (String key : keys) {
                TagTotals t = TagTotals.of(s.priced(), key);
                if (t.groups().stream().allMatch(TagTotals.Group::untagged)) continue;
                for (TagTotals.Group g : t.groups()) groups.add(new Group(s, key, g));
            }
        int groupHeader = Layout.TABLE_HEADER_ROW;
        int blockHeader = groupHeader + Math.max(1, groups.size()) + 2;
        int firstBlockRow = blockHeader + 1;
        // each scenario's blocks are one contiguous run of rows, in the Summary's order
        int[] firstRow = new int[layout.scenarios.size()], lastRow = new int[layout.scenarios.size()];
        int r = firstBlockRow;
        for (int i = 0; i < layout.scenarios.size(); i++) {
            firstRow[i] = r;
            r += layout.scenarios.get(i).blocks().size();
            lastRow[i] = r - 1;
        }
        int chosenCol = B_FIRST_TAG + keys.size();

        List<SheetFrame.Column> cols = new ArrayList<>(List.of(new SheetFrame.Column("Scenario", 14),
                new SheetFrame.Column("Tag key", 16), new SheetFrame.Column("Tag value", 20),
                new SheetFrame.Column("Blocks", 8), new SheetFrame.Column("Chosen options", 13)));
        for (PurchaseOption o : PurchaseOption.ALL) cols.add(new SheetFrame.Column(o.label(), 13));
        int matchCol = cols.size();
        cols.add(new SheetFrame.Column("Value, case-exact (for matching)", 20));
        SheetFrame.table(sheet, st, groupHeader, cols, groupHeader + Math.max(1, groups.size()), title);
        for (int c = G_BLOCKS; c < cols.size(); c++) sheet.getRow(groupHeader - 1).getCell(c).setCellStyle(st.headerRight);
        int row = groupHeader + 1;
        for (Group g : groups) {
            int s = g.scenario.number() - 1;
            String tags = REF.range(chosenCol + 1 + PurchaseOption.ALL.size() + keys.indexOf(g.key), firstRow[s], lastRow[s]);
            String criterion = "\"=\"&" + Ref.local(matchCol, row);
            RowWriter w = RowWriter.at(sheet, row).text(0, g.scenario.name(), st.text).text(1, g.key, st.text)
                    .text(G_VALUE, g.group.label(), st.text)
                    .formula(matchCol, exact(Ref.local(G_VALUE, row)), st.text, exactText(g.group.label()))
                    .formula(G_BLOCKS, "COUNTIF(" + tags + "," + criterion + ")", st.integer, g.group.blocks().size());
            w.formula(G_CHOSEN, total(tags, criterion, REF.range(chosenCol, firstRow[s], lastRow[s])), st.money,
                    cached(g.group.totals().chosen()));
            for (PurchaseOption o : PurchaseOption.ALL)
                w.formula(G_FIRST_OPTION + o.index(), total(tags, criterion, REF.range(chosenCol + 1 + o.index(), firstRow[s], lastRow[s])),
                        st.money, cached(g.group.totals().options().get(o)));
            row++;
        }

        // an untagged design gets the note and an empty table: a per-block table of references would cost cells, show nothing
        if (keys.isEmpty()) return;
        RowWriter h = RowWriter.at(sheet, blockHeader).height(40).text(0, "Scenario", st.header).text(1, "Block id", st.header)
                .text(2, "Block", st.header);
        for (int k = 0; k < keys.size(); k++) h.text(B_FIRST_TAG + k, keys.get(k), st.header);
        h.text(chosenCol, "Monthly, chosen", st.headerRight);
        for (PurchaseOption o : PurchaseOption.ALL) h.text(chosenCol + 1 + o.index(), "In total: " + o.label(), st.headerRight);
        int firstMatchCol = chosenCol + 1 + PurchaseOption.ALL.size();
        for (int k = 0; k < keys.size(); k++) h.text(firstMatchCol + k, keys.get(k) + ", case-exact", st.header);
        row = firstBlockRow;
        for (ScenarioPlan s : layout.scenarios)
            for (BlockPlan b : s.blocks()) {
                RowWriter w = RowWriter.at(sheet, row++).text(0, s.name(), st.text).text(1, b.block.id(), st.text)
                        .text(2, b.block.name(), st.text);
                for (int k = 0; k < keys.size(); k++) w.text(B_FIRST_TAG + k, TagTotals.label(b.block.tags().get(keys.get(k))), st.inputText);
                w.formula(chosenCol, SummarySheet.REF.cell(SummarySheet.COL_MONTHLY, b.summaryRow), st.money, b.summary().monthly());
                for (PurchaseOption o : PurchaseOption.ALL)
                    w.formula(chosenCol + 1 + o.index(), PurchaseOptionsSheet.inTotal(b, Variant.DESIGN, o), st.money,
                            Cached.inTotal(b, Variant.DESIGN, o));
                for (int k = 0; k < keys.size(); k++)
                    w.formula(firstMatchCol + k, exact(Ref.local(B_FIRST_TAG + k, row - 1)), st.text,
                            exactText(TagTotals.label(b.block.tags().get(keys.get(k)))));
            }
    }

    private record Group(ScenarioPlan scenario, String key, TagTotals.Group group) {}

    /** What {@link #exact} spells out, in order: ^ first (as ^^), then the wildcards, then each capital as ^ + small. */
    private static final String[][] SPELLED = spelled();

    private static String[][] spelled() {
        List<String[]> s = new ArrayList<>(List.of(new String[]{"^", "^^"}, new String[]{"*", "^1"}, new String[]{"?", "^2"},
                new String[]{"~", "^3"}));
        for (char c = 'A'; c <= 'Z'; c++) s.add(new String[]{String.valueOf(c), "^" + Character.toLowerCase(c)});
        return s.toArray(new String[0][]);
    }

    /**
     * A formula spelling {@code cell}'s text so that SUMIF, which ignores case and reads * ? ~ as wildcards, matches it
     * exactly: SUBSTITUTE is case-sensitive, so "Prod" becomes "^prod" and "prod" stays "prod". Capitals outside A–Z
     * (É) are not spelled out; two values differing only in those merge.
     */
    static String exact(String cell) {
        String f = cell;
        for (String[] s : SPELLED) f = "SUBSTITUTE(" + f + ",\"" + s[0] + "\",\"" + s[1] + "\")";
        return f;
    }

    /** {@link #exact}'s result, for the cached value. */
    static String exactText(String value) {
        String v = value;
        for (String[] s : SPELLED) v = v.replace(s[0], s[1]);
        return v;
    }

    /** The group's sum, or how many of its blocks lack a price (never a low figure), as the Scenarios sheet says it. */
    private static String total(String tags, String criterion, String figures) {
        String missing = "COUNTIFS(" + tags + "," + criterion + "," + figures + ",\"" + OptionStatus.MISSING + "\")";
        return "IF(" + missing + ">0," + missing + "&\" block(s) lack a price\",SUMIF(" + tags + "," + criterion + "," + figures + "))";
    }

    private static Object cached(OptionTotal t) {
        return t.complete() ? t.monthlyEffective() : t.missingBlocks() + " block(s) lack a price";
    }
}
