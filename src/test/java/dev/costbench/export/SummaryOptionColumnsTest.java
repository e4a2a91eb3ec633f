package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Summary's On-Demand, Best RI, Best SP and Spot columns point at a block's Purchase options columns of exactly that
 * family, found by the option keys heading those columns: a range written as fixed numbers would fail here as soon
 * as the option list changed.
 */
class SummaryOptionColumnsTest {
    private static final int NAME = 1, ON_DEMAND = 8, RESERVED = 9, PLANS = 10, SPOT = 11;
    private static final Pattern RANGE = Pattern.compile("'Purchase options'!\\$([A-Z]+)\\$\\d+(?::\\$([A-Z]+)\\$\\d+)?");

    @TempDir Path dir;

    @Test
    void eachFamilyColumnCoversExactlyTheRowsOfThatFamily() throws Exception {
        Path out = dir.resolve("summary.xlsx");
        WorkbookExporter.write(HandPricedDesign.of("Web tier", "Workers"), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            List<Integer> blockRows = new ArrayList<>();
            for (int row = 1; row <= 40; row++) {
                String name = wb.text("Summary", row, NAME);
                if ("Web tier".equals(name) || "Workers".equals(name)) blockRows.add(row);
            }
            assertEquals(2, blockRows.size(), "one Summary row per block");
            for (int row : blockRows) {
                assertRows(wb, row, ON_DEMAND, PurchaseFamily.ON_DEMAND);
                assertRows(wb, row, RESERVED, PurchaseFamily.RESERVED);
                assertRows(wb, row, PLANS, PurchaseFamily.SAVINGS_PLAN);
                assertRows(wb, row, SPOT, PurchaseFamily.SPOT);
            }
        }
    }

    /** The first Purchase options range in the cell's formula holds every column of the family's options and no other. */
    private static void assertRows(WorkbookReader wb, int row, int col, PurchaseFamily family) {
        Cell cell = wb.cell("Summary", row, col);
        Matcher m = RANGE.matcher(cell.getCellFormula());
        assertTrue(m.find(), cell.getCellFormula());
        int from = CellReference.convertColStringToIndex(m.group(1)),
                to = m.group(2) == null ? from : CellReference.convertColStringToIndex(m.group(2));
        String where = "Summary row " + row + ", " + family.label();
        for (int c = from; c <= to; c++) assertEquals(family, familyOn(wb, c), where + ": Purchase options column " + c);
        assertTrue(familyOn(wb, from - 1) != family, where + ": the range starts after the family's first option");
        assertTrue(familyOn(wb, to + 1) != family, where + ": the range ends before the family's last option");
        long options = PurchaseOption.ALL.stream().filter(o -> o.family() == family).count();
        assertEquals(options, to - from + 1, where);
    }

    /** The family of the option whose key heads Purchase options column {@code col}. */
    private static PurchaseFamily familyOn(WorkbookReader wb, int col) {
        PurchaseOption o = PurchaseOption.parse(wb.text("Purchase options", EngineFigures.OPTION_KEY_ROW, col));
        return o == null ? null : o.family();
    }
}
