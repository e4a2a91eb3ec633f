package dev.costbench.export.xlsx;

import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's warnings, as `costbench price` and the window give them: each scenario's own (a Graviton "saving"
 * that is a loss, a Savings Plan larger than the usage …), then each block's, with the block named, so a reviewer
 * reads why a figure looks as it does beside the figures.
 */
final class NotesSheet {
    static final String NAME = "Notes";
    private static final int WARNING_WIDTH = 110;

    private NotesSheet() {}

    /** One warning: its scenario, its block (empty for the scenario's own) and its text. */
    record Note(String scenario, String block, String text) {}

    static List<Note> notes(Layout layout) {
        List<Note> out = new ArrayList<>();
        for (ScenarioPlan s : layout.scenarios) {
            CostReport r = s.priced().report();
            int blockWarnings = 0;
            for (BlockCost b : r.blocks()) blockWarnings += b.warnings() == null ? 0 : b.warnings().size();
            // the report lists the scenario's own warnings first, then every block's (prefixed with its name)
            List<String> all = r.warnings() == null ? List.of() : r.warnings();
            for (int i = 0; i < Math.max(0, all.size() - blockWarnings); i++) out.add(new Note(s.name(), "", all.get(i)));
            for (BlockCost b : r.blocks())
                if (b.warnings() != null) for (String w : b.warnings()) out.add(new Note(s.name(), b.name(), w));
        }
        return out;
    }

    static void frame(Sheet sheet, Styles st, List<Note> notes, String title) {
        RowWriter.at(sheet, 1).text(0, "Notes", st.title);
        RowWriter.at(sheet, 2).text(0, notes.isEmpty() ? "The engine raised no warning for these scenarios."
                : "The engine's warnings: each scenario's own, then each block's.", st.subtitle);
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, List.of(new SheetFrame.Column("Scenario", 16),
                new SheetFrame.Column("Block", 24), new SheetFrame.Column("Warning", WARNING_WIDTH)),
                Layout.TABLE_HEADER_ROW + Math.max(1, notes.size()), title);
    }

    static void rows(Sheet sheet, Styles st, List<Note> notes) {
        int r = Layout.TABLE_HEADER_ROW + 1;
        for (Note n : notes)
            RowWriter.at(sheet, r++).text(0, n.scenario(), st.text).text(1, n.block(), st.text)
                    .wrapped(2, n.text(), st.wrapped, WARNING_WIDTH);
    }
}
