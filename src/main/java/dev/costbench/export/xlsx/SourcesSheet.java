package dev.costbench.export.xlsx;

import dev.costbench.catalog.Estimate;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every rate the workbook uses: its source id, rate, service, region, unit, USD price, basis and date. Line
 * items refer to these rows. On the next sheet, each source once with its description and, for an estimate, the
 * rule; then the AWS offer files each region's rates were read from, with their publication dates.
 */
final class SourcesSheet {
    static final String NAME = "Sources";
    /**
     * The sources' descriptions and the offer files have their own sheet: a sheet repeats one header row on every
     * printed page, so below the rates they were printed under the rates' header.
     */
    static final String ORIGINS_NAME = "Source notes";
    static final int HEADER_ROW = 4;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int COL_REF = 0, COL_SOURCE_ID = 1, COL_RATE = 2, COL_PRICE = 6, COL_BASIS = 7, COL_AS_OF = 8,
            COL_RULE = 9, COL_FACTOR = 10, COL_DIVISOR = 11;
    static final Ref REF = new Ref(NAME);
    private static final int SOURCE_ID_WIDTH = 30, RATE_WIDTH = 44, FORMULA_RULE_WIDTH = 30;
    /** The rule spans the columns from Service to As of (12 + 11 + 24 + 14 + 11 + 12 characters). */
    private static final int RULE_FIRST_COL = 3, RULE_WIDTH = 84;

    private SourcesSheet() {}

    static String ref(int row) { return "S" + (row - HEADER_ROW); }

    static void frame(Sheet sheet, Styles st, RateSources sources, PriceCatalog catalog, String title) {
        RowWriter.at(sheet, 1).text(0, "Sources of every rate", st.title);
        String dates = SummarySheet.dates(sources);
        SheetFrame.subtitle(sheet, st, "Published: AWS's own figure. Estimated: worked out by the rule under \"Where the rates come from\". "
                        + "Line items refer to these rows.",
                "USD, as AWS publishes; catalog " + catalog.version() + (dates == null ? "" : "; rates of " + dates)
                        + ". An estimate built on other rates is a formula over them.");
        List<SheetFrame.Column> cols = List.of(
                new SheetFrame.Column("Ref", 7), new SheetFrame.Column("Source id", SOURCE_ID_WIDTH),
                new SheetFrame.Column("Rate", RATE_WIDTH), new SheetFrame.Column("Service", 12),
                new SheetFrame.Column("Region", 11), new SheetFrame.Column("Unit", 24),
                new SheetFrame.Column("Unit price (USD)", 14), new SheetFrame.Column("Basis", 11),
                new SheetFrame.Column("As of", 12), new SheetFrame.Column("Estimated by the rule", FORMULA_RULE_WIDTH),
                new SheetFrame.Column("Factor", 14), new SheetFrame.Column("Divisor", 10));
        SheetFrame.table(sheet, st, HEADER_ROW, cols, sources.lastRow(), title);
    }

    /**
     * The estimate on {@code row} as its rule's formula over the base rates' rows: the first part's factor and divisor
     * are the row's own Factor and Divisor cells, a further part's are written in the formula (1 and 1 are left out);
     * rounded as the rule rounds, so the result is the catalog's figure.
     */
    static String formula(Estimate e, int row, RateSources sources) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < e.terms().size(); i++) {
            Estimate.Term t = e.terms().get(i);
            String base = "$" + Ref.column(COL_PRICE) + "$" + sources.rowOf(t.base());
            if (i > 0) sum.append('+');
            sum.append(base);
            if (i == 0) {
                sum.append("*$").append(Ref.column(COL_FACTOR)).append('$').append(row);
                if (t.per().compareTo(BigDecimal.ONE) != 0) sum.append("/$").append(Ref.column(COL_DIVISOR)).append('$').append(row);
            } else {
                if (t.factor().compareTo(BigDecimal.ONE) != 0) sum.append('*').append(t.factor().toPlainString());
                if (t.per().compareTo(BigDecimal.ONE) != 0) sum.append('/').append(t.per().toPlainString());
            }
        }
        String x = e.terms().size() > 1 ? "(" + sum + ")" : sum.toString();
        return switch (e.round()) {
            case EXACT -> sum.toString();
            case CENTS -> "ROUND(" + sum + ",2)";
            // six significant digits: the decimals are 5 less the power of ten of the figure
            case SIX_DIGITS -> "IF(" + x + "=0,0,ROUND(" + sum + ",5-INT(LOG10(ABS(" + sum + ")))))";
        };
    }

    /** The sheet of the sources' descriptions and offer files: the Sources sheet's widths, no repeated header. */
    static void frameOrigins(Sheet origins, String title) {
        int[] widths = {7, SOURCE_ID_WIDTH, RATE_WIDTH, 12, 11, 24, 14, 11, 12};
        for (int i = 0; i < widths.length; i++) origins.setColumnWidth(i, widths[i] * 256);
        SheetFrame.print(origins, title);
        SheetFrame.pagesWide(origins, java.util.Arrays.stream(widths).mapToObj(w -> new SheetFrame.Column("", w)).toList());
    }

    /**
     * The rates; then each source once, with its description and, for estimates, the rule (long texts that
     * would otherwise repeat on every rate); then the offer files of the design's regions. {@code sheet} may
     * be streaming.
     */
    static void rows(Sheet sheet, Sheet origins, Styles st, RateSources sources, PriceCatalog catalog, Set<String> regions) {
        int row = FIRST_ROW;
        Set<Provenance> provenances = new LinkedHashSet<>();
        for (RateSources.RateKey r : sources.rates()) {
            Provenance p = r.provenance();
            if (p != null) provenances.add(p);
            RowWriter.at(sheet, row)
                    .text(COL_REF, ref(row), st.text)
                    .text(COL_SOURCE_ID, p == null ? "" : p.sourceId(), st.text)
                    .wrapped(COL_RATE, r.rate(), st.wrapped, RATE_WIDTH)
                    .text(3, r.service(), st.text)
                    .text(4, r.region(), st.text)
                    .text(5, r.unit(), st.text)
                    .text(COL_BASIS, p == null ? "" : p.basis().fileName(), st.text)
                    .text(COL_AS_OF, p == null ? "" : p.asOf(), st.text);
            Estimate e = sources.estimate(row);
            if (e == null) {
                RowWriter.at(sheet, row).number(COL_PRICE, r.unitPrice(), st.unitPrice);
            } else {
                Estimate.Term first = e.terms().get(0);
                RowWriter.at(sheet, row).formula(COL_PRICE, formula(e, row, sources), st.unitPrice, r.unitPrice())
                        .wrapped(COL_RULE, e.rule(), st.wrapped, FORMULA_RULE_WIDTH)
                        .number(COL_FACTOR, first.factor(), st.unitPrice);
                if (first.per().compareTo(BigDecimal.ONE) != 0)
                    RowWriter.at(sheet, row).number(COL_DIVISOR, first.per(), st.unitPrice);
            }
            row++;
        }
        sheet = origins;
        row = 1;
        RowWriter.at(sheet, row++).text(0, "Where the rates come from", st.textBold);
        RowWriter.at(sheet, row++).height(30).text(COL_SOURCE_ID, "Source id", st.header).text(COL_RATE, "Source", st.header)
                .text(RULE_FIRST_COL, "Basis and estimation rule", st.header);
        sheet.addMergedRegion(new CellRangeAddress(row - 2, row - 2, RULE_FIRST_COL, COL_AS_OF));
        for (Provenance p : provenances) {
            String rule = p.basis().fileName() + (p.rule() == null || p.rule().isBlank() ? "" : ": " + p.rule());
            RowWriter.at(sheet, row).text(COL_SOURCE_ID, p.sourceId(), st.text)
                    .wrapped(COL_RATE, p.source() + " (as of " + p.asOf() + ")", st.wrapped, RATE_WIDTH)
                    .wrapped(RULE_FIRST_COL, rule, st.wrapped, RULE_WIDTH);
            sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, RULE_FIRST_COL, COL_AS_OF));
            row++;
        }
        row++;
        RowWriter.at(sheet, row++).text(0, "AWS offer files", st.textBold);
        RowWriter.at(sheet, row++).text(COL_SOURCE_ID, "Service", st.header).text(COL_RATE, "Publication date", st.header)
                .text(3, "Region", st.header).text(4, "Version", st.header);
        sheet.addMergedRegion(new CellRangeAddress(row - 2, row - 2, 4, 5));
        for (String region : new TreeSet<>(regions)) {
            for (OfferInfo o : catalog.offers(region).values()) {
                RowWriter.at(sheet, row).text(COL_SOURCE_ID, o.service(), st.text).text(COL_RATE, o.publicationDate(), st.text)
                        .text(3, region, st.text).text(4, o.version(), st.text);
                row++;
            }
        }
    }
}
