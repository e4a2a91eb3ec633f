package dev.costbench.export.xlsx;

import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every rate the workbook uses with its provenance: service, rate, region, unit, USD price, basis
 * (published, or estimated with the rule), the source and its date. Line items refer to these rows.
 * Below the table, the AWS offer files each region's rates were read from, with their publication dates.
 */
final class SourcesSheet {
    static final String NAME = "Sources";
    static final int HEADER_ROW = 4;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int COL_REF = 0, COL_PRICE = 5;
    static final Ref REF = new Ref(NAME);

    private SourcesSheet() {}

    static String ref(int row) { return "S" + (row - HEADER_ROW); }

    static void write(Sheet sheet, Styles st, RateSources sources, PriceCatalog catalog, Set<String> regions, String title) {
        RowWriter.at(sheet, 1).text(0, "Sources of every rate", st.title);
        RowWriter.at(sheet, 2).text(0, "Each unit price on Line items refers to a row here. Published: AWS's own figure. "
                + "Estimated: worked out from published figures by the rule shown. Prices in USD as AWS publishes them; "
                + "catalog " + catalog.version() + ", prices as of " + catalog.asOf() + ".", st.subtitle);
        List<SheetFrame.Column> cols = List.of(
                new SheetFrame.Column("Ref", 6), new SheetFrame.Column("Service", 10),
                new SheetFrame.Column("Rate", 44), new SheetFrame.Column("Region", 11),
                new SheetFrame.Column("Unit", 16), new SheetFrame.Column("Unit price (USD)", 14),
                new SheetFrame.Column("Basis", 10), new SheetFrame.Column("Estimation rule", 30),
                new SheetFrame.Column("Source", 44), new SheetFrame.Column("As of", 11),
                new SheetFrame.Column("Source id", 16));
        SheetFrame.table(sheet, st, HEADER_ROW, cols, sources.lastRow(), title);
        int row = FIRST_ROW;
        for (RateSources.RateKey r : sources.rates()) {
            Provenance p = r.provenance();
            RowWriter.at(sheet, row)
                    .text(COL_REF, ref(row), st.text)
                    .text(1, r.service(), st.text)
                    .text(2, r.rate(), st.text)
                    .text(3, r.region(), st.text)
                    .text(4, r.unit(), st.text)
                    .number(COL_PRICE, r.unitPrice(), st.unitPrice)
                    .text(6, p == null ? "" : p.basis().fileName(), st.text)
                    .text(7, p == null ? "" : p.rule(), st.text)
                    .text(8, p == null ? "" : p.source(), st.text)
                    .text(9, p == null ? "" : p.asOf(), st.text)
                    .text(10, p == null ? "" : p.sourceId(), st.text);
            row++;
        }
        row = Math.max(row, FIRST_ROW + 1) + 1;
        RowWriter.at(sheet, row++).text(0, "AWS offer files", st.textBold);
        RowWriter.at(sheet, row++).text(1, "Service", st.header).text(2, "Publication date", st.header)
                .text(3, "Region", st.header).text(4, "Version", st.header);
        for (String region : new TreeSet<>(regions)) {
            for (OfferInfo o : catalog.offers(region).values()) {
                RowWriter.at(sheet, row++).text(1, o.service(), st.text).text(2, o.publicationDate(), st.text)
                        .text(3, region, st.text).text(4, o.version(), st.text);
            }
        }
    }
}
