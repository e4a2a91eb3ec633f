package dev.costbench.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once (a workbook holds at most 64,000 styles). Inputs follow the
 * finance convention: blue text on a pale yellow fill; formulas are black; money has two decimals and no
 * currency symbol because the currency is an input (the column headers name it).
 */
final class Styles {
    static final String MONEY_FORMAT = "#,##0.00;-#,##0.00";
    /** The mark on a figure built on an estimated rate (the figure stays a number; the mark is its format). */
    static final String ESTIMATED_MARK = "~";
    /** A zero is exact whatever rate it was built on (nothing bought at it): it shows unmarked. */
    static final String MONEY_ESTIMATED_FORMAT = "\"~\"#,##0.00;-\"~\"#,##0.00;0.00";
    static final String QUANTITY_FORMAT = "#,##0.00##";
    static final String UNIT_PRICE_FORMAT = "#,##0.00########";

    final CellStyle title;
    final CellStyle subtitle;
    /** A subtitle wrapped within a merged cell, so a long one stays within the printed page. */
    final CellStyle subtitleWrapped;
    final CellStyle header;
    final CellStyle headerRight;
    final CellStyle text;
    /** Long text (rules, sources) that wraps within its column instead of running under the next. */
    final CellStyle wrapped;
    final CellStyle textBold;
    final CellStyle note;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle moneyEstimated;
    final CellStyle moneyBoldEstimated;
    /** A block with no charge of its own (the Internet): its 0 counts in every sum and reads as that text, not $0.00. */
    final CellStyle noCharge;
    final CellStyle quantity;
    final CellStyle unitPrice;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle inputNumber;
    final CellStyle inputPercent;
    final CellStyle inputText;
    final CellStyle status;

    Styles(Workbook wb) {
        DataFormat fmt = wb.createDataFormat();
        Font bold = font(wb, true, IndexedColors.BLACK, 10);
        Font plain = font(wb, false, IndexedColors.BLACK, 10);
        Font inputFont = font(wb, false, IndexedColors.BLUE, 10);
        Font headerFont = font(wb, true, IndexedColors.WHITE, 10);
        Font grey = font(wb, false, IndexedColors.GREY_50_PERCENT, 9);

        title = wb.createCellStyle();
        title.setFont(font(wb, true, IndexedColors.BLACK, 14));
        subtitle = wb.createCellStyle();
        subtitle.setFont(font(wb, false, IndexedColors.GREY_80_PERCENT, 10));
        subtitleWrapped = wb.createCellStyle();
        subtitleWrapped.cloneStyleFrom(subtitle);
        subtitleWrapped.setWrapText(true);
        subtitleWrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);

        header = wb.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        header.setAlignment(HorizontalAlignment.LEFT);
        header.setIndention((short) 1);
        headerRight = wb.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        headerRight.setIndention((short) 0);

        text = wb.createCellStyle();
        text.setFont(plain);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // a one-character indent keeps text clear of a right-aligned figure in the column before it
        text.setAlignment(HorizontalAlignment.LEFT);
        text.setIndention((short) 1);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        textBold = wb.createCellStyle();
        textBold.cloneStyleFrom(text);
        textBold.setFont(bold);
        note = wb.createCellStyle();
        note.setFont(grey);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        note.setAlignment(HorizontalAlignment.LEFT);
        note.setIndention((short) 1);

        money = numeric(wb, plain, fmt.getFormat(MONEY_FORMAT));
        // right-aligned so that "n/a" and "missing" line up with the figures
        money.setAlignment(HorizontalAlignment.RIGHT);
        moneyBold = numeric(wb, bold, fmt.getFormat(MONEY_FORMAT));
        moneyBold.setAlignment(HorizontalAlignment.RIGHT);
        moneyBold.setBorderTop(BorderStyle.THIN);
        moneyEstimated = wb.createCellStyle();
        moneyEstimated.cloneStyleFrom(money);
        moneyEstimated.setDataFormat(fmt.getFormat(MONEY_ESTIMATED_FORMAT));
        moneyBoldEstimated = wb.createCellStyle();
        moneyBoldEstimated.cloneStyleFrom(moneyBold);
        moneyBoldEstimated.setDataFormat(fmt.getFormat(MONEY_ESTIMATED_FORMAT));
        noCharge = wb.createCellStyle();
        noCharge.cloneStyleFrom(money);
        noCharge.setDataFormat(fmt.getFormat("\"" + dev.costbench.pricing.OptionFigure.NO_CHARGE + "\""));
        quantity = numeric(wb, plain, fmt.getFormat(QUANTITY_FORMAT));
        unitPrice = numeric(wb, plain, fmt.getFormat(UNIT_PRICE_FORMAT));
        integer = numeric(wb, plain, fmt.getFormat("#,##0"));
        percent = numeric(wb, plain, fmt.getFormat("0.0%"));

        inputNumber = input(wb, inputFont, fmt.getFormat("#,##0.####"));
        inputPercent = input(wb, inputFont, fmt.getFormat("0.0%"));
        inputText = input(wb, inputFont, fmt.getFormat("@"));

        status = wb.createCellStyle();
        status.cloneStyleFrom(text);
        status.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static Font font(Workbook wb, boolean bold, IndexedColors color, int points) {
        Font f = wb.createFont();
        f.setFontName("Arial");
        f.setBold(bold);
        f.setColor(color.getIndex());
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static CellStyle numeric(Workbook wb, Font font, short format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle input(Workbook wb, Font font, short format) {
        CellStyle s = numeric(wb, font, format);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBorderTop(BorderStyle.HAIR);
        s.setBorderLeft(BorderStyle.HAIR);
        s.setBorderRight(BorderStyle.HAIR);
        s.setLocked(false);
        return s;
    }
}
