package dev.costbench.export.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The rows of a streamed sheet with thousands of rows (Line items, Purchase options), written in order straight as sheet XML
 * rather than as POI row and cell objects: at 1,000 blocks those objects were most of the sheet's cost, and their
 * code was still being compiled through much of a first export. The XML is the one POI writes. The sheet's first
 * and last row still go through POI, which works out the sheet's dimension (its first and last row) from them.
 */
final class StreamedRows {
    private final SXSSFSheet sheet;
    private final FastSheetDataWriter xml;
    private final int lastRow;
    private boolean started, poiInMemory;
    private RowWriter open;

    /** {@code xml} writes {@code sheet}'s rows; {@code lastRow} (1-based) is the last row the sheet will get. */
    StreamedRows(SXSSFSheet sheet, FastSheetDataWriter xml, int lastRow) {
        this.sheet = sheet;
        this.xml = xml;
        this.lastRow = lastRow;
    }

    /** Row {@code excelRow} (1-based), after every row written so far. */
    RowWriter row(int excelRow) {
        return row(excelRow, 0);
    }

    /** Row {@code excelRow} (1-based), after every row written so far, {@code heightPoints} tall (0: the default height). */
    RowWriter row(int excelRow, float heightPoints) {
        try {
            end();
            boolean throughPoi = !started || excelRow == lastRow;
            // a row through POI goes out before the next one written straight, so the rows stay in order
            if (poiInMemory && !throughPoi) {
                sheet.flushRows();
                poiInMemory = false;
            }
            started = true;
            if (throughPoi) {
                poiInMemory = true;
                RowWriter w = RowWriter.at(sheet, excelRow);
                return heightPoints > 0 ? w.height(heightPoints) : w;
            }
            xml.beginDirectRow(excelRow, heightPoints);
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
