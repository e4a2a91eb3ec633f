package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams a regional offer file in AWS's JSON form. Products come before terms in AWS's files, so one pass
 * remembers only the selected SKUs (a few thousand small entries) and then prices them as their terms go
 * by; a file with terms first is read twice rather than held in memory.
 */
final class JsonOfferReader<S> implements OfferFileWalk.Sections {
    private final OfferFileWalk walk;
    private final PriceFile file;
    private final Set<String> regionFilter;
    private final ImportedRates out;

    private OfferRules<S> rules;
    private final Map<String, S> selected = new HashMap<>();
    // JSON attribute name → catalog key, or "" for attributes the rules do not read
    private final Map<String, String> attributeKeys = new HashMap<>();
    private String lastSku;

    private JsonOfferReader(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor)
            throws IOException {
        this.walk = new OfferFileWalk(file, monitor);
        this.file = file;
        this.regionFilter = regionFilter;
        this.out = out;
    }

    static void read(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor) {
        try {
            new JsonOfferReader<>(file, regionFilter, out, monitor).run();
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
    }

    private void run() throws IOException {
        walk.read(this);
        if (rules == null) {
            throw new PriceImportException(file.name(), "", "no \"products\" section; this is not an AWS offer file");
        }
        rules.finish();
        walk.done();
    }

    @Override
    public boolean productsRead() {
        return rules != null;
    }

    @Override
    public String place() {
        return lastSku == null ? null : "SKU " + lastSku;
    }

    @Override
    public void afterOffer(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new PriceImportException(file.name(), JsonFiles.line(p), "unexpected content after the offer");
        }
    }

    @SuppressWarnings("unchecked")
    private void startRules() {
        String offerCode = walk.offerCode;
        if (offerCode == null || walk.version == null || walk.publicationDate == null) {
            throw new PriceImportException(file.name(), "header",
                    "offerCode, version and publicationDate must come before the products");
        }
        if (file.expectedOfferCode() != null && !file.expectedOfferCode().equals(offerCode)) {
            throw new PriceImportException(file.name(), "offerCode", "the file is for '" + offerCode
                    + "' but its index lists it for '" + file.expectedOfferCode() + "'");
        }
        OfferKind kind = OfferKind.byOfferCode(offerCode).orElseThrow(() -> new PriceImportException(file.name(),
                "offerCode", "'" + offerCode + "' is not an offer Costbench imports (" + OfferKind.supported() + ")"));
        OfferContext ctx = new OfferContext(out, file.name(), new OfferHeader(offerCode, walk.version, walk.publicationDate),
                file.regionHint(), regionFilter);
        rules = (OfferRules<S>) kind.rules(ctx);
    }

    @Override
    public void products(JsonParser p) throws IOException {
        startRules();
        JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of products", file.name());
        Set<String> wanted = rules.attributes();
        ProductAttributes attrs = new ProductAttributes();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            lastSku = p.currentName();
            attrs.clear(lastSku);
            p.nextToken();
            JsonFiles.expect(p, JsonToken.START_OBJECT, "a product object for SKU " + lastSku, file.name());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("attributes") && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = attributeKey(p.currentName(), wanted);
                        p.nextToken();
                        if (!key.isEmpty() && p.currentToken().isScalarValue()) attrs.put(key, p.getText());
                        else p.skipChildren();
                    }
                } else if (field.equals("productFamily") && t.isScalarValue()) {
                    attrs.put("productfamily", p.getText());
                } else {
                    p.skipChildren();
                }
            }
            S s = rules.select(attrs);
            if (s != null) selected.put(lastSku, s);
            walk.tick(p);
        }
        lastSku = null;
    }

    private String attributeKey(String name, Set<String> wanted) {
        String key = attributeKeys.get(name);
        if (key == null) {
            key = ProductAttributes.key(name);
            if (!wanted.contains(key)) key = "";
            attributeKeys.put(name, key);
        }
        return key;
    }

    @Override
    public void terms(JsonParser p) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of terms", file.name());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            p.nextToken();
            JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of " + termType + " terms", file.name());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                lastSku = p.currentName();
                p.nextToken();
                S s = selected.get(lastSku);
                if (s == null) {
                    p.skipChildren();
                } else {
                    JsonFiles.expect(p, JsonToken.START_OBJECT, "the terms of SKU " + lastSku, file.name());
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String termKey = p.currentName();
                        p.nextToken();
                        rules.term(s, term(p, lastSku, termType, termKey));
                    }
                }
                walk.tick(p);
            }
        }
        lastSku = null;
    }

    private OfferTerm term(JsonParser p, String sku, String termType, String termKey) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "term " + termKey, file.name());
        String place = JsonFiles.line(p).replaceFirst(", column \\d+", "") + ", SKU " + sku + ", term " + termKey;
        int dot = termKey.indexOf('.');
        OfferTerm term = new OfferTerm(sku, termType, dot < 0 ? termKey : termKey.substring(dot + 1), place);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("priceDimensions") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String rateCode = p.currentName();
                    p.nextToken();
                    term.dimensions.add(dimension(p, rateCode));
                }
            } else if (field.equals("termAttributes") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (!p.currentToken().isScalarValue()) { p.skipChildren(); continue; }
                    switch (name) {
                        case "LeaseContractLength" -> term.leaseContractLength = p.getText();
                        case "OfferingClass" -> term.offeringClass = p.getText();
                        case "PurchaseOption" -> term.purchaseOption = p.getText();
                        default -> { }
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return term;
    }

    private PriceDimension dimension(JsonParser p, String rateCode) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "price dimension " + rateCode, file.name());
        String unit = "";
        String begin = "";
        String end = "";
        String usd = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "unit" -> unit = JsonFiles.text(p, field, file.name());
                case "beginRange" -> begin = JsonFiles.text(p, field, file.name());
                case "endRange" -> end = JsonFiles.text(p, field, file.name());
                case "pricePerUnit" -> {
                    if (t != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        boolean isUsd = p.currentName().equals("USD");
                        p.nextToken();
                        if (isUsd) usd = JsonFiles.text(p, "USD", file.name());
                        else p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new PriceDimension(rateCode, unit, begin, end, usd == null ? "(no USD price)" : usd);
    }
}
