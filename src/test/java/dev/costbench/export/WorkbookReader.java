package dev.costbench.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an exported workbook back for assertions: cells by sheet and A1 address, cached or evaluated. */
final class WorkbookReader implements AutoCloseable {
    final XSSFWorkbook wb;

    WorkbookReader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    /** Evaluates every formula with POI and stores the results as the cached values. */
    WorkbookReader evaluateAll() {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return this;
    }

    Cell cell(String sheet, int row, int col) {
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(row - 1);
        return r == null ? null : r.getCell(col);
    }

    /** The cached numeric value (after evaluateAll or LibreOffice); fails on text. */
    double number(String sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        if (c == null) throw new AssertionError(sheet + " row " + row + " col " + col + " is empty");
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t != CellType.NUMERIC) throw new AssertionError(sheet + "!" + c.getAddress() + " holds " + t + ": " + text(sheet, row, col));
        return c.getNumericCellValue();
    }

    String text(String sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        if (c == null) return null;
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> "#ERROR " + c.getErrorCellValue();
            default -> "";
        };
    }

    /** The 1-based row on {@code sheet} whose column {@code col} holds {@code text}, searching from the top. */
    int rowOf(String sheet, int col, String text) {
        Sheet s = wb.getSheet(sheet);
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) return r.getRowNum() + 1;
        }
        throw new AssertionError("no row on " + sheet + " with '" + text + "' in column " + col);
    }

    @Override
    public void close() throws IOException { wb.close(); }
}
