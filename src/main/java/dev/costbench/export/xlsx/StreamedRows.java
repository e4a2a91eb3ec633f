package dev.costbench.export.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The rows of a streamed sheet with tens of thousands of rows (Line items), written in order straight as sheet XML
 * rather than as POI row and cell objects: at 1,000 blocks those objects were most of the sheet's cost, and their
 * code was still being compiled through much of a first export. The XML is the one POI writes. The sheet's first
 * and last row still go through POI, which works out the sheet's dimension (its first and last row) from them.
 */
final class StreamedRows {
    private final SXSSFSheet sheet;
    private final FastSheetDataWriter xml;
    private final int lastRow;
    private boolean started, firstInMemory;
    private RowWriter open;

    /** {@code xml} writes {@code sheet}'s rows; {@code lastRow} (1-based) is the last row the sheet will get. */
    StreamedRows(SXSSFSheet sheet, FastSheetDataWriter xml, int lastRow) {
        this.sheet = sheet;
        this.xml = xml;
        this.lastRow = lastRow;
    }

    /** Row {@code excelRow} (1-based), after every row written so far. */
    RowWriter row(int excelRow) {
        try {
            end();
            if (!started) {
                started = firstInMemory = true;
                return RowWriter.at(sheet, excelRow);
            }
            // the first row goes out before any written straight, so the rows stay in order
            if (firstInMemory) {
                sheet.flushRows();
                firstInMemory = false;
            }
            if (excelRow == lastRow) return RowWriter.at(sheet, excelRow);
            xml.beginDirectRow(excelRow);
            open = RowWriter.direct(xml);
            return open;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last row written straight; call once the sheet's rows are all written. */
    void finish() {
        try {
            end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void end() throws IOException {
        if (open != null) xml.endDirectRow();
        open = null;
    }
}
