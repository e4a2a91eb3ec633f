package dev.costbench.export.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The workbook's shared strings part, written by Costbench, reads back in POI as the texts the cells were given. */
class SharedTextTest {

    @Test
    void everyTextReadsBackAndTheCountsAreExact() throws IOException {
        List<String> texts = List.of("web tier", "a <b> & \"c\"", " leading space", "tab\there", "two\nlines", "café 😀",
                "web tier", "bell\u0007", "");
        byte[] file;
        try (XSSFWorkbook wb = SharedText.newWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Texts");
            for (int i = 0; i < texts.size(); i++) sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
            // the streamed sheets point into the same table
            SharedText shared = (SharedText) wb.getSharedStringSource();
            assertEquals(0, shared.indexOf("web tier"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheet("Texts");
            for (int i = 0; i < texts.size(); i++) {
                // a character XML cannot carry becomes "?", as POI writes it
                String expected = texts.get(i).replace('\u0007', '?');
                assertEquals(expected, sheet.getRow(i).getCell(0).getStringCellValue(), "row " + (i + 1));
            }
            assertEquals(texts.size() + 1, read.getSharedStringSource().getCount());
            assertEquals(8, read.getSharedStringSource().getUniqueCount());
        }
    }
}
