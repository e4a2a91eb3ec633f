package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.costbench.model.Architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
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

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final Pattern REGION_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
        withFile(instanceTypesFile, this::readInstanceTypes);
        regionFiles.forEach((region, file) -> withFile(file, c -> readRegion(c, region)));
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

    // ---- catalog.json ------------------------------------------------------------------------

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
                case "asOf" -> builder.asOf(date(c, "asOf"));
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
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "source" -> title = c.text("source");
                    case "asOf" -> asOf = date(c, "asOf");
                    case "basis" -> basis = basis(c);
                    case "rule" -> rule = c.optionalText("rule");
                    default -> c.skipValue();
                }
            }
            if (title == null || asOf == null || basis == null)
                throw c.problem("source \"" + id + "\" needs \"source\", \"asOf\" and \"basis\"");
            if (basis == Basis.ESTIMATED && rule == null)
                throw c.problem("estimated source \"" + id + "\" needs the \"rule\" that produced it");
            Provenance p = new Provenance(id, title, asOf, basis, rule);
            sources.put(id, p);
            builder.source(id, p);
        }
    }

    // ---- instance-types.json -----------------------------------------------------------------

    private void readInstanceTypes(JsonCursor c) {
        for (String field; (field = c.nextField()) != null; ) {
            switch (field) {
                case "columns" -> checkColumns(c);
                case "types" -> {
                    c.enterObject("an object of instance type → row");
                    for (String name; (name = c.nextField()) != null; ) builder.instanceType(instanceType(c, name));
                }
                default -> c.skipValue();
            }
        }
    }

    private static void checkColumns(JsonCursor c) {
        c.enterArray("the list of columns");
        List<String> cols = new ArrayList<>();
        while (c.nextElement()) cols.add(c.text("column"));
        if (!cols.equals(CatalogFormat.INSTANCE_COLUMNS))
            throw c.problem("columns must be " + CatalogFormat.INSTANCE_COLUMNS + ", found " + cols);
    }

    private static InstanceType instanceType(JsonCursor c, String name) {
        c.enterArray("a row " + CatalogFormat.INSTANCE_COLUMNS);
        int dot = name.indexOf('.');
        String family = dot < 0 ? name : name.substring(0, dot);
        String size = dot < 0 ? "" : name.substring(dot + 1);
        int vcpu = 0, maxPods = 0;
        BigDecimal memory = null;
        Set<Architecture> archs = EnumSet.noneOf(Architecture.class);
        String processor = null;
        boolean current = false;
        int i = 0;
        while (c.nextElement()) {
            switch (i++) {
                case 0 -> vcpu = c.integer("vcpu", 1, 100_000);
                case 1 -> memory = c.positiveQuantity("memoryGib");
                case 2 -> archs = architectures(c);
                case 3 -> processor = c.optionalText("processorFamily");
                case 4 -> maxPods = c.integer("maxPods", 0, 1_000_000);
                case 5 -> current = c.bool("currentGeneration");
                case 6 -> family = c.text("family");
                case 7 -> size = c.text("size");
                default -> throw c.problem("a row has at most 8 values");
            }
        }
        if (i < 6) throw c.problem("row of " + name + " has " + i + " values; expected " + CatalogFormat.INSTANCE_COLUMNS);
        return new InstanceType(name, family, size, vcpu, memory, archs, processor, maxPods, current);
    }

    private static Set<Architecture> architectures(JsonCursor c) {
        Set<Architecture> set = EnumSet.noneOf(Architecture.class);
        for (String a : c.text("architectures").split(",")) {
            try {
                set.add(Architecture.fromAwsName(a.trim()));
            } catch (IllegalArgumentException e) {
                throw c.problem(e.getMessage());
            }
        }
        return set;
    }

    // ---- regions/<region>.json ---------------------------------------------------------------

    private void readRegion(JsonCursor c, String region) {
        for (String field; (field = c.nextField()) != null; ) {
            switch (field) {
                case "region" -> {
                    String named = c.text("region");
                    if (!named.equals(region))
                        throw c.problem("file is listed for " + region + " in catalog.json but names region " + named);
                }
                case "offers" -> readOffers(c, region);
                case "onDemand" -> groups(c, "hour", (g, type) ->
                        builder.onDemand(region, type, new Rate(c.price(), g.unit, g.provenance)));
                case "reserved" -> groups(c, null, (g, type) -> reservedRow(c, g, region, type));
                case "savingsPlans" -> groups(c, "hour", (g, type) -> savingsPlanRow(c, g, region, type));
                case "spot" -> groups(c, "hour", (g, type) -> spotRow(c, g, region, type));
                case "services" -> groups(c, null, (g, key) -> serviceRow(c, g, region, key));
                case "serviceSavingsPlans" -> groups(c, null, (g, key) -> serviceSavingsPlanRow(c, g, region, key));
                default -> c.skipValue();
            }
        }
    }

    private void readOffers(JsonCursor c, String region) {
        c.enterObject("an object of service → offer");
        for (String service; (service = c.nextField()) != null; ) {
            c.enterObject("an offer object");
            String date = null, version = null;
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "publicationDate" -> date = date(c, "publicationDate");
                    case "version" -> version = c.text("version");
                    default -> c.skipValue();
                }
            }
            if (date == null || version == null)
                throw c.problem("offer \"" + service + "\" needs \"publicationDate\" and \"version\"");
            builder.offer(region, new OfferInfo(service, date, version));
        }
    }

    /** The source and unit shared by one group of rates. */
    private static final class Group {
        Provenance provenance;
        String unit;
    }

    private interface Row {
        void read(Group group, String key);
    }

    /**
     * A list of groups {@code {"source": id, "unit": u, "rates": {key: value}}}. The source comes before the
     * rates so that each rate is tied to its provenance as it is read.
     */
    private void groups(JsonCursor c, String defaultUnit, Row row) {
        c.enterArray("a list of rate groups");
        while (c.nextElement()) {
            c.enterObject("a rate group {source, unit, rates}");
            Group g = new Group();
            g.unit = defaultUnit;
            boolean sawRates = false;
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "source" -> g.provenance = source(c);
                    case "unit" -> g.unit = c.text("unit");
                    case "rates" -> {
                        if (g.provenance == null) throw c.problem("a rate group must name its \"source\" before its \"rates\"");
                        c.enterObject("an object of rates");
                        for (String key; (key = c.nextField()) != null; ) row.read(g, key);
                        sawRates = true;
                    }
                    default -> c.skipValue();
                }
            }
            if (g.provenance == null) throw c.problem("rate group has no \"source\"");
            if (!sawRates) throw c.problem("rate group has no \"rates\"");
        }
    }

    private Provenance source(JsonCursor c) {
        String id = c.text("source");
        Provenance p = sources.get(id);
        if (p == null) throw c.problem("source \"" + id + "\" is not in catalog.json's sources");
        return p;
    }

    private void reservedRow(JsonCursor c, Group g, String region, String type) {
        c.enterArray("a list of " + reservedOrder.size() + " [upfront, hourly] offers (null where absent)");
        int i = 0;
        while (c.nextElement()) {
            if (i >= reservedOrder.size()) throw c.problem("more than " + reservedOrder.size() + " Reserved offers");
            ReservedKey key = reservedOrder.get(i++);
            if (c.isNull()) continue;
            c.enterArray("an [upfront, hourly] pair");
            BigDecimal upfront = null, hourly = null;
            int n = 0;
            while (c.nextElement()) {
                if (n == 0) upfront = c.price();
                else if (n == 1) hourly = c.price();
                else throw c.problem("an offer is [upfront, hourly]; found a third value");
                n++;
            }
            if (n != 2) throw c.problem("an offer is [upfront, hourly]; found " + n + " value(s)");
            builder.reserved(region, type, key, new ReservedRate(upfront, hourly, g.provenance));
        }
        if (i != reservedOrder.size())
            throw c.problem("expected " + reservedOrder.size() + " Reserved offers (null where absent), found " + i);
    }

    private void savingsPlanRow(JsonCursor c, Group g, String region, String type) {
        c.enterArray("a list of " + savingsPlanOrder.size() + " Savings Plan rates (null where absent)");
        int i = 0;
        while (c.nextElement()) {
            if (i >= savingsPlanOrder.size()) throw c.problem("more than " + savingsPlanOrder.size() + " Savings Plan rates");
            SavingsPlanKey key = savingsPlanOrder.get(i++);
            if (c.isNull()) continue;
            builder.ec2SavingsPlan(region, type, key, new Rate(c.price(), g.unit, g.provenance));
        }
        if (i != savingsPlanOrder.size())
            throw c.problem("expected " + savingsPlanOrder.size() + " Savings Plan rates (null where absent), found " + i);
    }

    private void spotRow(JsonCursor c, Group g, String region, String type) {
        c.enterArray("a [hourly, interruption bucket, label] triple");
        BigDecimal hourly = null;
        int bucket = -1;
        String label = null;
        int n = 0;
        while (c.nextElement()) {
            switch (n++) {
                case 0 -> hourly = c.price();
                case 1 -> bucket = c.integer("interruption bucket", -1, 4);
                case 2 -> label = c.text("interruption label");
                default -> throw c.problem("a Spot rate is [hourly, bucket, label]; found a fourth value");
            }
        }
        if (n != 3) throw c.problem("a Spot rate is [hourly, bucket, label]; found " + n + " value(s)");
        builder.spot(region, type, new SpotRate(hourly, bucket, label, g.provenance));
    }

    private void serviceRow(JsonCursor c, Group g, String region, String key) {
        int slash = serviceKeySlash(c, key);
        BigDecimal[] price = new BigDecimal[1];
        String unit = priceAndUnit(c, price);
        builder.serviceRate(region, key.substring(0, slash), key.substring(slash + 1), new Rate(price[0], unit, g.provenance));
    }

    private void serviceSavingsPlanRow(JsonCursor c, Group g, String region, String key) {
        int slash = serviceKeySlash(c, key);
        c.enterObject("an object of Savings Plan → [price, unit]");
        for (String plan; (plan = c.nextField()) != null; ) {
            SavingsPlanKey sp = SavingsPlanKey.parse(plan);
            if (sp == null) throw c.problem("\"" + plan + "\" is not a Savings Plan like compute/1y/no-upfront");
            BigDecimal[] price = new BigDecimal[1];
            String unit = priceAndUnit(c, price);
            builder.serviceSavingsPlan(region, key.substring(0, slash), key.substring(slash + 1), sp,
                    new Rate(price[0], unit, g.provenance));
        }
    }

    private static int serviceKeySlash(JsonCursor c, String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1)
            throw c.problem("service rate key \"" + key + "\" is not service/dimension");
        return slash;
    }

    private static String priceAndUnit(JsonCursor c, BigDecimal[] price) {
        c.enterArray("a [price, unit] pair");
        String unit = null;
        int n = 0;
        while (c.nextElement()) {
            if (n == 0) price[0] = c.price();
            else if (n == 1) unit = c.text("unit");
            else throw c.problem("a service rate is [price, unit]; found a third value");
            n++;
        }
        if (n != 2) throw c.problem("a service rate is [price, unit]; found " + n + " value(s)");
        return unit;
    }

    // ---- shared field readers ----------------------------------------------------------------

    private static String date(JsonCursor c, String what) {
        String s = c.text(what);
        if (!DATE.matcher(s).matches()) throw c.problem(what + " \"" + s + "\" is not a date like 2026-07-20");
        return s;
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

    private static <K> List<K> keyOrder(JsonCursor c, java.util.function.Function<String, K> parse, String what) {
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
