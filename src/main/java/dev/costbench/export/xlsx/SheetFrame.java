package dev.costbench.export.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * The frame every table sheet shares: a header row with column widths, frozen panes below it, an
 * auto-filter over the table, and a landscape, fit-to-width print setup that repeats the header on
 * every page, so a printed review reads like the screen.
 */
final class SheetFrame {
    /** One column: its header and its width in characters. */
    record Column(String header, int widthChars) {}

    private SheetFrame() {}

    /** Writes the header row at {@code headerRow} (1-based) and sets widths, panes and printing. */
    static void table(Sheet sheet, Styles styles, int headerRow, List<Column> columns, int lastDataRow, String footerTitle) {
        RowWriter header = RowWriter.at(sheet, headerRow).height(40);
        for (int i = 0; i < columns.size(); i++) {
            header.text(i, columns.get(i).header(), styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
        }
        sheet.createFreezePane(0, headerRow);
        sheet.setAutoFilter(new CellRangeAddress(headerRow - 1, Math.max(headerRow, lastDataRow) - 1, 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow - 1, headerRow - 1, -1, -1));
        print(sheet, footerTitle);
        pagesWide(sheet, columns);
    }

    /** The smallest font the workbook uses (grey notes); printed cells must stay at least {@link #MIN_PRINTED_POINTS}. */
    static final double SMALLEST_FONT_POINTS = 9, MIN_PRINTED_POINTS = 8;
    /** A4 landscape, 297 mm, less the 0.4-inch side margins, in points. */
    static final double PRINTABLE_WIDTH_POINTS = 297 / 25.4 * 72 - 2 * 0.4 * 72;

    /** A column's printed width in points: 7 pixels a character and 5 of padding, at 96 pixels an inch. */
    static double points(int widthChars) { return (Math.min(255, widthChars) * 7 + 5) * 0.75; }

    /**
     * Fits the table to as many pages wide as keep its smallest font at 8 pt or more when printed: one page wide
     * shrank Summary's 10-point text to about 5 pt. Repeated headers and page numbers carry across the pages.
     */
    static void pagesWide(Sheet sheet, List<Column> printed) {
        double width = 0;
        for (Column c : printed) width += points(c.widthChars());
        double minScale = MIN_PRINTED_POINTS / SMALLEST_FONT_POINTS;
        int pages = Math.max(1, (int) Math.ceil(width * minScale / PRINTABLE_WIDTH_POINTS - 1e-9));
        sheet.getPrintSetup().setFitWidth((short) pages);
    }

    /**
     * A sheet's subtitle as lines from row 2 down, each short enough to print within the first page's width (about 140
     * characters at full size): one long line ran on past the page's edge, where print cut it (Line items, Sources).
     */
    static void subtitle(Sheet sheet, Styles styles, String... lines) {
        for (int i = 0; i < lines.length; i++) RowWriter.at(sheet, 2 + i).text(0, lines[i], styles.subtitle);
    }

    /** Replaces a header cell's text by a formula naming the currency, {@code "Monthly ("&CurrencyCode&")"}. */
    static void moneyHeader(Sheet sheet, CellStyle style, int headerRow, int col, String label) {
        RowWriter.at(sheet, headerRow).formula(col, GlobalInputs.moneyHeader(label), style, GlobalInputs.moneyHeaderText(label));
    }

    static void print(Sheet sheet, String footerTitle) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getHeader().setLeft(sheet.getSheetName());
        sheet.getFooter().setLeft(footerTitle == null ? "" : footerTitle.replace("&", "&&"));
        // no "of &N": LibreOffice counts &N over the whole workbook ("Page 1 of 83" on a one-page sheet)
        sheet.getFooter().setRight("Page &P");
        // each sheet's pages are numbered from 1 (LibreOffice otherwise runs the numbers across the workbook)
        ps.setPageStart((short) 1);
        ps.setUsePage(true);
    }
}
