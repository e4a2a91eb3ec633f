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
        sheet.getFooter().setRight("Page &P of &N");
    }
}
