package dev.costbench.export.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A row written straight as XML is the row POI writes from the same cells, and its cells must come in column order. */
class StreamedRowsTest {

    /** Every kind of cell the big sheets write, through {@code w}. */
    private static void cells(RowWriter w, CellStyle style) {
        w.text(0, "web tier", style)
                .text(1, "a <b> & \"c\"", style)
                .text(2, " leading space", style)
                .text(3, null, style)
                .number(4, new BigDecimal("2.5"), style)
                .number(5, 730, null)
                .formula(6, "G7*Sources!$G$9*HoursPerMonth", style, new BigDecimal("12.345"))
                .formula(7, "IF(A1>0,\"n/a\",\"x\")", style, "n/a")
                .formula(8, "A1&\"\"", null, "");
    }

    @Test
    void aRowWrittenStraightIsTheXmlPoiWritesFromTheSameCells() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle style = wb.createCellStyle();
            style.setWrapText(true);
            SXSSFSheet sheet = wb.createSheet("Line items");

            StringWriter poi = new StringWriter(), mine = new StringWriter();
            SharedText texts = new SharedText();
            FastSheetDataWriter throughPoi = new FastSheetDataWriter(poi, texts);
            cells(RowWriter.at(sheet, 5), style);
            throughPoi.writeRow(4, (SXSSFRow) sheet.getRow(4));
            RowWriter tall = RowWriter.at(sheet, 6).height(27.5f);
            cells(tall, style);
            throughPoi.writeRow(5, (SXSSFRow) sheet.getRow(5));
            throughPoi.close();

            FastSheetDataWriter straight = new FastSheetDataWriter(mine, texts);
            straight.beginDirectRow(5, 0);
            cells(RowWriter.direct(straight), style);
            straight.endDirectRow();
            straight.beginDirectRow(6, 27.5f);
            cells(RowWriter.direct(straight), style);
            straight.endDirectRow();
            straight.close();

            assertTrue(poi.toString().contains("ht=\"27.5\""), poi.toString());
            // each text once in the shared strings, every row's cell pointing at it
            assertEquals(3, texts.getUniqueCount());
            assertEquals(12, texts.getCount());
            assertEquals("a <b> & \"c\"", texts.getItemAt(1).getString());
            assertEquals(" leading space", texts.getItemAt(2).getString());
            assertTrue(mine.toString().contains("<c r=\"B6\" s=\"" + style.getIndex() + "\" t=\"s\"><v>1</v></c>"), mine.toString());
            assertEquals(poi.toString(), mine.toString());
            wb.dispose();
        }
    }

    @Test
    void aCellBeforeOneAlreadyWrittenIsRefused() throws IOException {
        FastSheetDataWriter xml = new FastSheetDataWriter(new StringWriter(), new SharedText());
        xml.beginDirectRow(5, 0);
        RowWriter w = RowWriter.direct(xml).text(3, "on-demand", null);
        assertThrows(IllegalStateException.class, () -> w.text(1, "web tier", null));
        assertThrows(IllegalStateException.class, () -> w.number(3, 1.0, null));
    }
}
