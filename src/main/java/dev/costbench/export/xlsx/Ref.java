package dev.costbench.export.xlsx;

import org.apache.poi.ss.util.CellReference;

/** Absolute A1 references to cells and ranges of a named sheet (quoted only when the name needs it), for formulas. */
record Ref(String sheet, String prefix) {

    Ref(String sheet) {
        this(sheet, sheet.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!");
    }

    /** {@code 'Line items'!$M$12}; rows are 1-based, columns 0-based. */
    String cell(int col, int row) { return prefix() + "$" + column(col) + "$" + row; }

    /** {@code 'Line items'!$M$12:$M$40}. */
    String range(int col, int firstRow, int lastRow) {
        return prefix() + "$" + column(col) + "$" + firstRow + ":$" + column(col) + "$" + lastRow;
    }

    /** {@code 'Purchase options'!$E$6:$AD$6}: columns {@code firstCol..lastCol} of one row. */
    String across(int firstCol, int lastCol, int row) {
        return prefix() + "$" + column(firstCol) + "$" + row + ":$" + column(lastCol) + "$" + row;
    }

    /** A cell of the same sheet, relative (for formulas that a reviewer fills down). */
    static String local(int col, int row) { return column(col) + row; }

    static String column(int col) { return CellReference.convertNumToColString(col); }

}
