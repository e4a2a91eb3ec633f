package dev.costbench.export.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Writes the cells of one row. Text (block and scenario names, descriptions, reasons) always becomes a
 * string cell, so a name such as {@code =HYPERLINK("x")} stays literal text; formulas are only ever built
 * from cell references and names this exporter generates, never from user text.
 */
final class RowWriter {
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Height of one line of 10-point Arial. */
    private static final float LINE_POINTS = 12.75f;

    /** The POI row, or null when the row is written straight as XML (then in column order) through {@link #xml}. */
    private final Row row;
    private final FastSheetDataWriter xml;
    private int lastColumn = -1;

    private RowWriter(Row row, FastSheetDataWriter xml) {
        this.row = row;
        this.xml = xml;
    }

    /** The row {@code xml} has begun (see {@link StreamedRows}). */
    static RowWriter direct(FastSheetDataWriter xml) { return new RowWriter(null, xml); }

    /** Row {@code excelRow} (1-based, as a reviewer reads it) of the sheet. */
    static RowWriter at(Sheet sheet, int excelRow) {
        Row r = sheet.getRow(excelRow - 1);
        return new RowWriter(r != null ? r : sheet.createRow(excelRow - 1), null);
    }

    RowWriter text(int col, String value, CellStyle style) {
        String v = value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - 1) + "…";
        if (row == null) return straight(() -> xml.textCell(next(col), style(style), v));
        Cell c = cell(col, style);
        if (v != null) c.setCellValue(v);
        return this;
    }

    /**
     * Text in a wrapping style, with the row made tall enough for it: neither Excel nor LibreOffice fits a
     * row's height to wrapped text when it opens a file, so the lines would overlap the next row.
     */
    RowWriter wrapped(int col, String value, CellStyle style, int widthChars) {
        if (row == null) throw new IllegalStateException("a row written straight as XML has the default height");
        text(col, value, style);
        int lines = lines(value, widthChars);
        if (lines > 1) {
            float needed = lines * LINE_POINTS + 2;
            if (needed > row.getHeightInPoints()) row.setHeightInPoints(needed);
        }
        return this;
    }

    /**
     * Lines {@code value} takes in a column {@code widthChars} wide (less the indent), breaking at spaces; a
     * width counts digits, and ordinary text runs about a quarter narrower.
     */
    static int lines(String value, int widthChars) {
        if (value == null || value.isEmpty()) return 1;
        int room = Math.max(4, (widthChars - 2) * 4 / 3), lines = 1, used = 0;
        for (String word : value.split(" ")) {
            int w = word.length();
            if (used > 0 && used + 1 + w > room) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + w;
            while (used > room) {
                lines++;
                used -= room;
            }
        }
        return lines;
    }

    RowWriter number(int col, BigDecimal value, CellStyle style) {
        if (row == null) return value == null ? text(col, null, style) : number(col, value.doubleValue(), style);
        Cell c = cell(col, style);
        if (value != null) c.setCellValue(value.doubleValue());
        return this;
    }

    RowWriter number(int col, double value, CellStyle style) {
        if (row == null) return straight(() -> xml.numberCell(next(col), style(style), value));
        cell(col, style).setCellValue(value);
        return this;
    }

    /**
     * {@code formula} without the leading "=", built from generated references only, with {@code cached} (the
     * engine's figure: a number, or the text the formula shows, such as "n/a") as its cached result, so a reader
     * that does not recalculate (a file preview, a mail client, LibreOffice with recalculation off) shows the
     * engine's figures rather than blanks. Excel recalculates on open (the workbook asks it to).
     */
    RowWriter formula(int col, String formula, CellStyle style, Object cached) {
        String text = switch (cached) {
            case String t -> t;
            case Number n -> null;
            case null -> throw new IllegalArgumentException("formula " + formula + " has no cached value");
            default -> throw new IllegalArgumentException("cached value of unknown type " + cached.getClass());
        };
        // BigDecimal is a Number: its double is the cached number either way
        double number = text == null ? ((Number) cached).doubleValue() : 0;
        if (row == null) return straight(() -> {
            if (text == null) xml.formulaCell(next(col), style(style), formula, number);
            else xml.formulaCell(next(col), style(style), formula, text);
        });
        Cell c = cell(col, style);
        c.setCellFormula(formula);
        if (text == null) c.setCellValue(number);
        else c.setCellValue(text);
        return this;
    }

    /** A cell of a row written straight as XML; the sheet's file is the exporter's, so a write error stops the export. */
    private interface XmlCell { void write() throws IOException; }

    private RowWriter straight(XmlCell cell) {
        try {
            cell.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RowWriter height(float points) {
        if (row == null) throw new IllegalStateException("a row written straight as XML has the default height");
        row.setHeightInPoints(points);
        return this;
    }

    /** {@code col}, after checking it comes after the row's cells so far: XML cells must be in column order. */
    private int next(int col) {
        if (col <= lastColumn) throw new IllegalStateException("column " + col + " written after column " + lastColumn);
        lastColumn = col;
        return col;
    }

    private static int style(CellStyle style) {
        return style == null ? 0 : style.getIndex() & 0xffff;
    }

    private Cell cell(int col, CellStyle style) {
        Cell c = row.createCell(col);
        if (style != null) c.setCellStyle(style);
        return c;
    }
}
