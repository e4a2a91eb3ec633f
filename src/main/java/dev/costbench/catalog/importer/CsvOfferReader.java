package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.costbench.catalog.JsonWording;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams a regional offer file in AWS's CSV form: a preamble ("OfferCode","AmazonEC2" …), a header line, then
 * one line per price dimension with the product's attributes repeated. Lines of the selected SKUs are grouped
 * into terms (a Reserved offer is an upfront line and an hourly line) and priced once the file has been read.
 */
final class CsvOfferReader<S> {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final int CHECK_EVERY = 2048;

    private record Pending<S>(S selected, OfferTerm term) {}

    private final PriceFile file;
    private final Set<String> regionFilter;
    private final ImportedRates out;
    private final ImportMonitor monitor;
    private final Map<String, String> preamble = new HashMap<>();
    private final Map<String, Pending<S>> pending = new LinkedHashMap<>();
    private Map<String, Integer> columns;
    private long line;

    private CsvOfferReader(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor) {
        this.file = file;
        this.regionFilter = regionFilter;
        this.out = out;
        this.monitor = monitor;
    }

    static void read(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor) {
        try {
            new CsvOfferReader<>(file, regionFilter, out, monitor).run();
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
    }

    private void run() throws IOException {
        long size = Files.size(file.path());
        checkComplete(size);
        OfferRules<S> rules = null;
        ProductAttributes attrs = new ProductAttributes();
        Map<String, Integer> attributeColumns = new HashMap<>();
        int sinceCheck = 0;
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(file.path().toFile())) {
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                line = rows.getParser().currentTokenLocation().getLineNr();
                if (rules == null) {
                    if (row.length > 0 && row[0].equals("SKU")) {
                        columns = columnIndex(row);
                        rules = startRules();
                        for (String key : rules.attributes()) {
                            Integer c = columns.get(key);
                            if (c != null) attributeColumns.put(key, c);
                        }
                    } else if (row.length >= 2) {
                        preamble.put(ProductAttributes.key(row[0]), row[1]);
                    }
                    continue;
                }
                String sku = cell(row, "sku");
                attrs.clear(sku);
                attributeColumns.forEach((key, c) -> { if (c < row.length) attrs.put(key, row[c]); });
                S s = rules.select(attrs);
                if (s != null) add(s, sku, row);
                if (++sinceCheck >= CHECK_EVERY) {
                    sinceCheck = 0;
                    if (monitor.cancelled()) throw new ImportCancelledException(file.name());
                    monitor.progress(file.name(), rows.getCurrentLocation().getCharOffset(), size);
                }
            }
        } catch (RuntimeJsonMappingException | JsonProcessingException e) {
            throw new PriceImportException(file.name(), "line " + line, "not valid CSV: " + JsonWording.csvProblem(e), e);
        }
        if (rules == null) {
            throw new PriceImportException(file.name(), "", "no header line starting with SKU; this is not an AWS offer file in CSV form");
        }
        for (Pending<S> p : pending.values()) rules.term(p.selected(), p.term());
        rules.finish();
        monitor.progress(file.name(), size, size);
    }

    /** AWS's CSV files end with a line break; a file that does not was cut short. */
    private void checkComplete(long size) throws IOException {
        if (size == 0) throw new PriceImportException(file.name(), "", "the file is empty");
        try (RandomAccessFile f = new RandomAccessFile(file.path().toFile(), "r")) {
            f.seek(size - 1);
            int last = f.read();
            if (last != '\n' && last != '\r') {
                throw new PriceImportException(file.name(), "last line",
                        "the file does not end with a line break; it looks truncated (download it again)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private OfferRules<S> startRules() {
        String offerCode = preamble.get("offercode");
        String version = preamble.get("version");
        String published = preamble.get("publicationdate");
        if (offerCode == null || version == null || published == null) {
            throw new PriceImportException(file.name(), "line " + line,
                    "the lines before the header must give OfferCode, Version and Publication Date");
        }
        if (file.expectedOfferCode() != null && !file.expectedOfferCode().equals(offerCode)) {
            throw new PriceImportException(file.name(), "OfferCode", "the file is for '" + offerCode
                    + "' but its index lists it for '" + file.expectedOfferCode() + "'");
        }
        OfferKind kind = OfferKind.byOfferCode(offerCode).orElseThrow(() -> new PriceImportException(file.name(),
                "OfferCode", "'" + offerCode + "' is not an offer Costbench imports (" + OfferKind.supported() + ")"));
        for (String required : new String[] {"sku", "offertermcode", "ratecode", "termtype", "unit", "priceperunit"}) {
            if (!columns.containsKey(required)) {
                throw new PriceImportException(file.name(), "line " + line, "the header has no column '" + required + "'");
            }
        }
        return (OfferRules<S>) kind.rules(new OfferContext(out, file.name(),
                new OfferHeader(offerCode, version, published), file.regionHint(), regionFilter));
    }

    private static Map<String, Integer> columnIndex(String[] header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) m.putIfAbsent(ProductAttributes.key(header[i]), i);
        return m;
    }

    private String cell(String[] row, String column) {
        Integer c = columns.get(column);
        return c == null || c >= row.length ? "" : row[c];
    }

    private void add(S selected, String sku, String[] row) {
        String termCode = cell(row, "offertermcode");
        String place = "line " + line + ", SKU " + sku;
        String usd = cell(row, "priceperunit");
        try {
            new BigDecimal(usd.trim());
        } catch (NumberFormatException e) {
            throw new PriceImportException(file.name(), place + ", rate code " + cell(row, "ratecode"),
                    "price '" + usd + "' is not a number");
        }
        Pending<S> p = pending.computeIfAbsent(sku + "." + termCode + "." + cell(row, "termtype"), k -> {
            OfferTerm t = new OfferTerm(sku, cell(row, "termtype"), termCode, place);
            t.leaseContractLength = cell(row, "leasecontractlength");
            t.offeringClass = cell(row, "offeringclass");
            t.purchaseOption = cell(row, "purchaseoption");
            return new Pending<>(selected, t);
        });
        p.term().dimensions.add(new PriceDimension(cell(row, "ratecode"), cell(row, "unit"),
                cell(row, "startingrange"), cell(row, "endingrange"), usd));
    }
}
