package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Printed, no text is smaller than 8 pt: each sheet fitted to pages wide is given enough pages that the scale
 * (pages × printable width ÷ printed columns' width) keeps its smallest font at 8 pt or more; a sheet printed
 * unscaled keeps its fonts as they are. Each sheet numbers its pages from 1.
 * A4 landscape less 0.4-inch margins is 841.9 − 57.6 = 784.3 pt; a column w characters wide is about
 * (7w + 5) px × 0.75 pt/px (Summary's 15 printed columns, 275 characters: 1,447.5 pt, so one page wide would print
 * at 0.54 × 10 pt ≈ 5.4 pt; two pages wide at 1.08, capped to 1).
 */
class PrintLayoutTest {
    private static final double PRINTABLE = 297 / 25.4 * 72 - 2 * 0.4 * 72;
    @TempDir Path dir;

    @Test
    void noPrintedFontIsBelowEightPointsAndPagesAreNumberedPerSheet() throws Exception {
        Path out = dir.resolve("data-platform.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.example("data-platform")), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            for (int f = 0; f < wb.wb.getNumberOfFonts(); f++)
                assertTrue(wb.wb.getFontAt(f).getFontHeightInPoints() >= 8, "font " + f + " is below 8 pt");
            for (var sheet : wb.wb) {
                XSSFSheet x = (XSSFSheet) sheet;
                String name = x.getSheetName();
                assertTrue(x.getPrintSetup().getUsePage(), name + " numbers its own pages");
                assertEquals(1, x.getPrintSetup().getPageStart(), name + " starts at page 1");
                String area = wb.wb.getPrintArea(wb.wb.getSheetIndex(x));
                int printedTo = area != null && org.apache.poi.ss.util.AreaReference.isContiguous(area)
                        ? new org.apache.poi.ss.util.AreaReference(area, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getLastCell().getCol()
                        : Integer.MAX_VALUE;
                double smallest = Double.MAX_VALUE;
                int lastCol = 0;
                for (Row r : x) for (Cell c : r) {
                    if (c.getCellStyle() == null || c.getColumnIndex() > printedTo) continue;
                    smallest = Math.min(smallest, wb.wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints());
                    lastCol = Math.max(lastCol, c.getColumnIndex());
                }
                if (!x.getFitToPage()) {
                    // a fixed scale (Summary prints at 80 %, its printed columns all 10 pt) or full size
                    double fixed = x.getPrintSetup().getScale() / 100.0;
                    assertTrue(smallest * fixed >= 8, name + " prints at " + smallest + " pt × " + fixed);
                    continue;
                }
                double width = 0;
                for (int col = 0; col <= lastCol; col++) width += (x.getColumnWidth(col) / 256.0 * 7 + 5) * 0.75;
                double scale = Math.min(1, x.getPrintSetup().getFitWidth() * PRINTABLE / width);
                assertTrue(smallest * scale >= 8, name + ": " + smallest + " pt × " + scale + " = " + smallest * scale + " pt printed");
            }
        }
    }

    /**
     * Summary's money page repeats the Scenario and Block columns: a subtitle merged over the first half was cut there
     * at the Block column, and "Spot-heavy" printed as "Spot-heav" in bold in a 10-character Scenario column. Now each
     * subtitle is a label in the repeated columns and its text in each half, no merged cell crosses the repeated
     * columns or the column break, and the Scenario column fits the longest name in bold. Checked on the file and, when
     * LibreOffice and pdftotext are installed, on the printed pages' text.
     */
    @Test
    void summaryPagesShowWholeSubtitlesAndScenarioNames() throws Exception {
        Path out = dir.resolve("data-platform.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.example("data-platform")), out);
        String subtitle;
        try (WorkbookReader wb = new WorkbookReader(out)) {
            XSSFSheet summary = wb.wb.getSheet("Summary");
            // "Spot-heavy": 10 characters, + 2 for bold
            assertTrue(summary.getColumnWidth(0) / 256 >= 12, "Scenario column " + summary.getColumnWidth(0) / 256);
            for (var m : summary.getMergedRegions()) {
                assertTrue(m.getLastColumn() <= 1 || m.getFirstColumn() >= 2, "merged " + m.formatAsString() + " crosses the repeated columns");
                assertTrue(m.getLastColumn() <= 5 || m.getFirstColumn() >= 6, "merged " + m.formatAsString() + " crosses the column break");
            }
            subtitle = wb.text("Summary", 2, 2);
            assertEquals(subtitle, wb.text("Summary", 2, 6), "the money half has the subtitle too");
        }
        assumeTrue(LibreOffice.installed() && java.nio.file.Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "soffice or pdftotext is not installed");
        Path pdf = LibreOffice.toPdf(out, dir.resolve("pdf"));
        Process p = new ProcessBuilder("pdftotext", "-f", "2", "-l", "2", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String page2 = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(page2.contains("Spot-heavy"), page2);
        assertTrue(page2.contains("Annual"), "page 2 is the money page: " + page2);
        // the subtitle's words, wrapped over lines: its last words end a line of page 2
        String[] words = subtitle.split(" ");
        assertTrue(page2.contains(words[words.length - 2] + " " + words[words.length - 1]), page2);
    }

    /**
     * Cash flow prints at full size across seven pages with Scenario and Block repeated. Its subtitle, written once at
     * A2, ran under the repeated columns on page 2 ("…chosen optio" over "es every month") and was cut at page 1's
     * edge. Now it is a label in the repeated columns and the text on each page, merged over exactly that page's
     * columns, the pages being set by column breaks; checked on the file and, with LibreOffice and pdftotext, on
     * every printed Cash flow page's text.
     */
    @Test
    void cashFlowPagesEachShowTheWholeSubtitle() throws Exception {
        Path out = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.example("web-shop")), out);
        int pages;
        try (WorkbookReader wb = new WorkbookReader(out)) {
            XSSFSheet cf = wb.wb.getSheet("Cash flow");
            int[] breaks = cf.getColumnBreaks();
            pages = breaks.length + 1;
            java.util.List<Integer> starts = new java.util.ArrayList<>(java.util.List.of(2));
            for (int b : breaks) starts.add(b + 1);
            // Bought as to Monthly recurring, Term to Month 4, then the months 7 a page: 2 + 5 pages
            assertEquals(7, pages, "pages " + starts);
            int subtitleRegions = 0;
            for (var m : cf.getMergedRegions()) {
                if (m.getFirstRow() != 1) continue;
                subtitleRegions++;
                assertTrue(m.getLastColumn() <= 1 || m.getFirstColumn() >= 2, "merged " + m.formatAsString() + " crosses the repeated columns");
                for (int b : breaks)
                    assertTrue(m.getLastColumn() <= b || m.getFirstColumn() > b, "merged " + m.formatAsString() + " crosses the break after column " + b);
            }
            assertEquals(pages + 1, subtitleRegions, "the label, and the text once a page");
            assertEquals("About the figures", wb.text("Cash flow", 2, 0));
            for (int start : starts)
                assertTrue(wb.text("Cash flow", 2, start).startsWith("When money leaves"), "page from column " + start);
        }
        assumeTrue(LibreOffice.installed() && java.nio.file.Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "soffice or pdftotext is not installed");
        Path pdf = LibreOffice.toPdf(out, dir.resolve("pdf"));
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        int shown = 0;
        for (String page : text.split("\f")) {
            if (!page.stripLeading().startsWith("Cash flow")) continue;
            String flat = page.replaceAll("\\s+", " ");
            assertTrue(flat.contains("About the figures") && flat.contains("When money leaves under the chosen options:")
                    && flat.contains("this does not."), "a Cash flow page without its whole subtitle: " + page);
            shown++;
        }
        assertEquals(pages, shown, "printed Cash flow pages");
    }

    /**
     * A subtitle written plainly (not wrapped) prints whole on its sheet's first page: Line items' and Sources' ran on
     * past the page's edge in one long line, where print cut them. Checked on the printed pages' text.
     */
    @Test
    void everyPlainSubtitlePrintsWholeOnItsSheetsFirstPage() throws Exception {
        Path out = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.example("web-shop")), out);
        java.util.Map<String, List<String>> subtitles = new java.util.LinkedHashMap<>();
        try (WorkbookReader wb = new WorkbookReader(out)) {
            for (var sheet : wb.wb) {
                List<String> lines = new java.util.ArrayList<>();
                for (int r = 1; r <= 2; r++) {
                    Row row = sheet.getRow(r);
                    Cell c = row == null ? null : row.getCell(0);
                    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getCellStyle().getWrapText()
                            && !c.getStringCellValue().isEmpty()) lines.add(c.getStringCellValue());
                }
                if (!lines.isEmpty()) subtitles.put(sheet.getSheetName(), lines);
            }
        }
        assertTrue(subtitles.containsKey("Line items") && subtitles.containsKey("Sources"), subtitles.keySet().toString());
        assumeTrue(LibreOffice.installed() && java.nio.file.Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "soffice or pdftotext is not installed");
        Path pdf = LibreOffice.toPdf(out, dir.resolve("pdf"));
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        for (var e : subtitles.entrySet()) {
            String first = null;
            for (String page : text.split("\f"))
                if (page.strip().startsWith(e.getKey() + "\n") || page.strip().startsWith(e.getKey() + " ")) {
                    first = page.replaceAll("\\s+", " ");
                    break;
                }
            assertTrue(first != null, "no printed page of " + e.getKey());
            for (String line : e.getValue())
                assertTrue(first.contains(line.replaceAll("\\s+", " ")), e.getKey() + "'s subtitle is cut in print: " + line);
        }
    }
}
