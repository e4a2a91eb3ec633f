package dev.costbench.catalog;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads a catalog folder in the format of docs/pricing-data.md into a {@link PriceCatalog}. */
final class CatalogReader {
    /** Where the catalog files are: a folder on disk or the classpath. */
    interface Files {
        /** The file's content, or null when it does not exist. */
        InputStream open(String relativeName) throws IOException;

        /** How to name the folder in a message, e.g. its path. */
        String describe();
    }

    /** Limits far above any real catalog, so that a file that is not one cannot exhaust memory or the stack. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_NESTING = 32;
    static final int MAX_STRING_CHARS = 100_000;
    static final int MAX_NUMBER_CHARS = 100;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();
    private static final Pattern REGION_NAME = Pattern.compile("[a-z0-9-]+");

    private final Files files;
    private final PriceCatalog.Builder builder = PriceCatalog.builder();
    private final Map<String, Provenance> sources = new LinkedHashMap<>();
    private final Map<String, String> regionFiles = new TreeMap<>();
    private String instanceTypesFile = CatalogFormat.INSTANCE_TYPES_FILE;
    private List<ReservedKey> reservedOrder = CatalogFormat.RESERVED_ORDER;
    private List<SavingsPlanKey> savingsPlanOrder = CatalogFormat.SAVINGS_PLAN_ORDER;

    CatalogReader(Files files) { this.files = files; }

    PriceCatalog read() {
        withFile(CatalogFormat.CATALOG_FILE, this::readCatalogFile);
        withFile(instanceTypesFile, c -> InstanceTypesReader.read(c, builder));
        regionFiles.forEach((region, file) -> withFile(file,
                c -> new RegionReader(region, builder, sources, reservedOrder, savingsPlanOrder).read(c)));
        return builder.build();
    }

    /**
     * Reads catalog.json and the instance specs now and each region file on first use: a design prices in one
     * or two regions, so starting up does not pay for all of them. Only for a catalog already known to be valid.
     */
    PriceCatalog readLazily() {
        withFile(CatalogFormat.CATALOG_FILE, this::readCatalogFile);
        withFile(instanceTypesFile, c -> InstanceTypesReader.read(c, builder));
        regionFiles.forEach((region, file) -> builder.lazyRegion(region, () -> {
            PriceCatalog.Builder one = PriceCatalog.builder().region(region);
            withFile(file, c -> new RegionReader(region, one, sources, reservedOrder, savingsPlanOrder).read(c));
            return one.build();
        }));
        return builder.build();
    }

    private void withFile(String name, Consumer<JsonCursor> body) {
        try (InputStream in = files.open(name)) {
            if (in == null) throw new CatalogException(name, null, "not found in " + files.describe());
            try (JsonCursor c = new JsonCursor(JSON.createParser(in), name)) {
                c.startDocumentObject();
                body.accept(c);
                if (c.next() != null) throw c.problem("unexpected content after the end of the document");
            }
        } catch (IOException e) {
            throw new CatalogException(name, null, "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CatalogException(name, null, "cannot be read: " + e.getCause().getMessage());
        }
    }

    private void readCatalogFile(JsonCursor c) {
        boolean sawFormat = false;
        boolean sawSources = false;
        for (String field; (field = c.nextField()) != null; ) {
            switch (field) {
                case "format" -> {
                    int v = c.integer("format", 1, Integer.MAX_VALUE);
                    if (v > CatalogFormat.VERSION)
                        throw c.problem("format " + v + " is newer than this version of Costbench reads ("
                                + CatalogFormat.VERSION + ")");
                    sawFormat = true;
                }
                case "version" -> builder.version(c.text("version"));
                case "asOf" -> builder.asOf(c.date("asOf"));
                case "instanceTypes" -> instanceTypesFile = relativeFile(c, "instanceTypes");
                case "reservedOrder" -> reservedOrder = keyOrder(c, ReservedKey::parse, "Reserved Instance offer");
                case "savingsPlanOrder" -> savingsPlanOrder = keyOrder(c, SavingsPlanKey::parse, "Savings Plan");
                case "regions" -> readRegionList(c);
                case "sources" -> { readSources(c); sawSources = true; }
                default -> c.skipValue();
            }
        }
        if (!sawFormat) throw c.problem("catalog.json has no \"format\" field");
        if (!sawSources) throw c.problem("catalog.json has no \"sources\" table");
    }

    private void readRegionList(JsonCursor c) {
        c.enterObject("an object of region → file");
        for (String region; (region = c.nextField()) != null; ) {
            if (!REGION_NAME.matcher(region).matches()) throw c.problem("region name \"" + region + "\" is not a region code");
            regionFiles.put(region, relativeFile(c, "region file"));
            builder.region(region);
        }
    }

    private void readSources(JsonCursor c) {
        c.enterObject("an object of source id → source");
        for (String id; (id = c.nextField()) != null; ) {
            c.enterObject("a source object");
            String title = null, asOf = null, rule = null;
            Basis basis = null;
            Derivation derivation = null;
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "source" -> title = c.text("source");
                    case "asOf" -> asOf = c.date("asOf");
                    case "basis" -> basis = basis(c);
                    case "rule" -> rule = c.optionalText("rule");
                    case "estimate" -> derivation = derivation(c);
                    default -> c.skipValue();
                }
            }
            if (title == null || asOf == null || basis == null)
                throw c.problem("source \"" + id + "\" needs \"source\", \"asOf\" and \"basis\"");
            if (basis == Basis.ESTIMATED && rule == null)
                throw c.problem("estimated source \"" + id + "\" needs the \"rule\" that produced it");
            if (derivation != null && basis != Basis.ESTIMATED)
                throw c.problem("source \"" + id + "\" is published; only an estimated source has an \"estimate\"");
            Provenance p = new Provenance(id, title, asOf, basis, rule, derivation);
            sources.put(id, p);
            builder.source(id, p);
        }
    }

    /** An estimate's formulas: {"name": …, "formulas": {selector: [round, [base, factor, per], …]}}. */
    private static Derivation derivation(JsonCursor c) {
        c.enterObject("an estimate object");
        String name = null;
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        for (String f; (f = c.nextField()) != null; ) {
            switch (f) {
                case "name" -> name = c.text("estimate name");
                case "formulas" -> {
                    c.enterObject("an object of selector → formula");
                    for (String selector; (selector = c.nextField()) != null; ) formulas.put(selector, formula(c));
                }
                default -> c.skipValue();
            }
        }
        if (name == null || formulas.isEmpty()) throw c.problem("an estimate needs a \"name\" and \"formulas\"");
        return new Derivation(name, formulas);
    }

    /** [round, [base, factor, per], …]: factor null for "the estimate ÷ its base"; per 1 when left out. */
    private static Derivation.Formula formula(JsonCursor c) {
        c.enterArray("a formula [rounding, parts…]");
        if (!c.nextElement()) throw c.problem("a formula needs a rounding and a part");
        String r = c.text("rounding");
        Derivation.Round round = Derivation.Round.fromText(r);
        if (round == null) throw c.problem("rounding \"" + r + "\" is not exact, cents or 6 digits");
        List<Derivation.Part> parts = new ArrayList<>();
        while (c.nextElement()) {
            c.enterArray("a part [base rate, factor, divisor]");
            c.next();
            String base = c.text("base rate");
            String probe = base.replace("{region}", "r");
            if (RateId.parse(probe.replace("{key}", "k/k")) == null && RateId.parse(probe.replace("{key}", "k")) == null)
                throw c.problem("\"" + base + "\" is not a rate id");
            c.next();
            java.math.BigDecimal factor = c.isNull() ? null : c.positiveQuantity("factor");
            java.math.BigDecimal per = null;
            if (c.next() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                per = c.positiveQuantity("divisor");
                c.next();
                c.expect(com.fasterxml.jackson.core.JsonToken.END_ARRAY, "the end of the part");
            }
            parts.add(new Derivation.Part(base, factor, per));
        }
        if (parts.isEmpty()) throw c.problem("a formula needs a part");
        return new Derivation.Formula(round, parts);
    }

    private static Basis basis(JsonCursor c) {
        String s = c.text("basis");
        try {
            return Basis.fromFileName(s);
        } catch (IllegalArgumentException e) {
            throw c.problem(e.getMessage());
        }
    }

    /** A file name inside the catalog folder: no absolute paths and no way out of the folder. */
    private static String relativeFile(JsonCursor c, String what) {
        String s = c.text(what);
        if (s.startsWith("/") || s.contains("\\") || s.contains(".."))
            throw c.problem(what + " \"" + s + "\" must be a path inside the catalog folder");
        return s;
    }

    private static <K> List<K> keyOrder(JsonCursor c, Function<String, K> parse, String what) {
        c.enterArray("a list of " + what + " keys");
        List<K> keys = new ArrayList<>();
        Map<K, Boolean> seen = new HashMap<>();
        while (c.nextElement()) {
            String s = c.text(what + " key");
            K k = parse.apply(s);
            if (k == null) throw c.problem("\"" + s + "\" is not a " + what + " key");
            if (seen.put(k, true) != null) throw c.problem("\"" + s + "\" is listed twice");
            keys.add(k);
        }
        return List.copyOf(keys);
    }
}
