package dev.costbench.export.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;

/**
 * Writes the cells of one row. Text (block and scenario names, descriptions, reasons) always becomes a
 * string cell, so a name such as {@code =HYPERLINK("x")} stays literal text; formulas are only ever built
 * from cell references and names this exporter generates, never from user text.
 */
final class RowWriter {
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Row row;

    private RowWriter(Row row) { this.row = row; }

    /** Row {@code excelRow} (1-based, as a reviewer reads it) of the sheet. */
    static RowWriter at(Sheet sheet, int excelRow) {
        Row r = sheet.getRow(excelRow - 1);
        return new RowWriter(r != null ? r : sheet.createRow(excelRow - 1));
    }

    RowWriter text(int col, String value, CellStyle style) {
        Cell c = cell(col, style);
        if (value != null) c.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value);
        return this;
    }

    RowWriter number(int col, BigDecimal value, CellStyle style) {
        Cell c = cell(col, style);
        if (value != null) c.setCellValue(value.doubleValue());
        return this;
    }

    RowWriter number(int col, double value, CellStyle style) {
        cell(col, style).setCellValue(value);
        return this;
    }

    /** {@code formula} without the leading "=", built from generated references only. */
    RowWriter formula(int col, String formula, CellStyle style) {
        cell(col, style).setCellFormula(formula);
        return this;
    }

    RowWriter height(float points) {
        row.setHeightInPoints(points);
        return this;
    }

    private Cell cell(int col, CellStyle style) {
        Cell c = row.createCell(col);
        if (style != null) c.setCellStyle(style);
        return c;
    }
}
