package dev.costbench.catalog;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.costbench.model.Architecture;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes any {@link PriceCatalog} to a folder in the catalog format (docs/pricing-data.md). Output is
 * deterministic: keys, groups and rows sorted, one rate per line; {@code CatalogLoader.load} of the folder
 * gives back the same content. Each file is written to a temporary file first and then moved into place.
 */
public final class CatalogWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final PriceCatalog catalog;
    private final Map<String, Provenance> sources;

    private CatalogWriter(PriceCatalog catalog) {
        this.catalog = catalog;
        this.sources = collectSources(catalog);
    }

    /** Writes catalog.json, instance-types.json and regions/&lt;region&gt;.json for every region into {@code dir}. */
    public static void write(PriceCatalog catalog, Path dir) throws IOException {
        new CatalogWriter(catalog).writeAll(dir);
    }

    private void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(CatalogFormat.REGIONS_FOLDER));
        writeFile(dir, CatalogFormat.CATALOG_FILE, this::writeCatalogFile);
        writeFile(dir, CatalogFormat.INSTANCE_TYPES_FILE, this::writeInstanceTypes);
        for (String region : catalog.regions())
            writeFile(dir, CatalogFormat.regionFile(region), (g, l) -> writeRegion(g, l, region));
    }

    private interface Body {
        void write(JsonGenerator g, LineLayout layout) throws IOException;
    }

    private static void writeFile(Path dir, String name, Body body) throws IOException {
        Path target = dir.resolve(name);
        Path temp = target.resolveSibling("." + target.getFileName() + ".writing");
        try {
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                LineLayout layout = new LineLayout();
                g.setPrettyPrinter(layout);
                body.write(g, layout);
                g.writeRaw('\n');
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // ---- catalog.json ------------------------------------------------------------------------

    private void writeCatalogFile(JsonGenerator g, LineLayout layout) throws IOException {
        g.writeStartObject();
        g.writeNumberField("format", CatalogFormat.VERSION);
        g.writeStringField("version", catalog.version());
        if (catalog.asOf() != null && !catalog.asOf().isBlank()) g.writeStringField("asOf", catalog.asOf());
        g.writeStringField("instanceTypes", CatalogFormat.INSTANCE_TYPES_FILE);
        g.writeFieldName("reservedOrder");
        layout.inline(true);
        g.writeStartArray();
        for (ReservedKey k : CatalogFormat.RESERVED_ORDER) g.writeString(k.key());
        g.writeEndArray();
        g.writeFieldName("savingsPlanOrder");
        g.writeStartArray();
        for (SavingsPlanKey k : CatalogFormat.SAVINGS_PLAN_ORDER) g.writeString(k.key());
        g.writeEndArray();
        layout.inline(false);
        g.writeObjectFieldStart("regions");
        for (String region : catalog.regions()) g.writeStringField(region, CatalogFormat.regionFile(region));
        g.writeEndObject();
        g.writeObjectFieldStart("sources");
        for (Provenance p : sources.values()) {
            g.writeObjectFieldStart(p.sourceId());
            g.writeStringField("source", p.source());
            g.writeStringField("asOf", p.asOf());
            g.writeStringField("basis", p.basis().fileName());
            if (p.rule() != null && !p.rule().isBlank()) g.writeStringField("rule", p.rule());
            if (p.derivation() != null) writeDerivation(g, layout, p.derivation());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {"name": …, "formulas": {selector: [round, [base, factor, per], …]}}, one selector a line. */
    private static void writeDerivation(JsonGenerator g, LineLayout layout, Derivation d) throws IOException {
        g.writeObjectFieldStart("estimate");
        g.writeStringField("name", d.name());
        g.writeObjectFieldStart("formulas");
        for (Map.Entry<String, Derivation.Formula> e : d.formulas().entrySet()) {
            g.writeFieldName(e.getKey());
            layout.inline(true);
            g.writeStartArray();
            g.writeString(e.getValue().round().text());
            for (Derivation.Part p : e.getValue().parts()) {
                g.writeStartArray();
                g.writeString(p.base());
                if (p.factor() == null) g.writeNull(); else g.writeNumber(p.factor());
                if (p.per().compareTo(BigDecimal.ONE) != 0) g.writeNumber(p.per());
                g.writeEndArray();
            }
            g.writeEndArray();
            layout.inline(false);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- instance-types.json -----------------------------------------------------------------

    private void writeInstanceTypes(JsonGenerator g, LineLayout layout) throws IOException {
        g.writeStartObject();
        g.writeFieldName("columns");
        layout.inline(true);
        g.writeStartArray();
        for (String col : CatalogFormat.INSTANCE_COLUMNS) g.writeString(col);
        g.writeEndArray();
        layout.inline(false);
        g.writeObjectFieldStart("types");
        List<InstanceType> types = catalog.instanceTypes().stream()
                .sorted(Comparator.comparing(InstanceType::name)).toList();
        for (InstanceType t : types) {
            g.writeFieldName(t.name());
            layout.inline(true);
            g.writeStartArray();
            g.writeNumber(t.vcpu());
            g.writeNumber(t.memoryGib());
            g.writeString(t.architectures().stream().sorted().map(Architecture::awsName).collect(Collectors.joining(",")));
            if (t.processorFamily() == null) g.writeNull(); else g.writeString(t.processorFamily());
            g.writeNumber(t.maxPods());
            g.writeBoolean(t.currentGeneration());
            int dot = t.name().indexOf('.');
            String family = dot < 0 ? t.name() : t.name().substring(0, dot);
            String size = dot < 0 ? "" : t.name().substring(dot + 1);
            // family and size follow only when the name does not give them
            if (!Objects.equals(family, t.family()) || !Objects.equals(size, t.size())) {
                g.writeString(t.family());
                g.writeString(t.size());
            }
            g.writeEndArray();
            layout.inline(false);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- regions/<region>.json ---------------------------------------------------------------

    /** Rates that share a source and a unit are written as one group. */
    private record GroupKey(String source, String unit) implements Comparable<GroupKey> {
        @Override public int compareTo(GroupKey o) {
            int c = source.compareTo(o.source);
            return c != 0 ? c : Objects.compare(unit, o.unit, Comparator.nullsFirst(Comparator.naturalOrder()));
        }
    }

    private interface Entry<V> {
        void write(JsonGenerator g, V value) throws IOException;
    }

    private void writeRegion(JsonGenerator g, LineLayout layout, String region) throws IOException {
        PriceCatalog.RegionView r = catalog.region(region);
        g.writeStartObject();
        g.writeStringField("region", region);

        g.writeObjectFieldStart("offers");
        for (OfferInfo o : new TreeMap<>(r.offers()).values()) {
            g.writeFieldName(o.service());
            layout.inline(true);
            g.writeStartObject();
            g.writeStringField("publicationDate", o.publicationDate());
            g.writeStringField("version", o.version());
            g.writeEndObject();
            layout.inline(false);
        }
        g.writeEndObject();

        Map<GroupKey, Map<String, BigDecimal>> onDemand = new TreeMap<>();
        r.onDemand().forEach((type, rate) ->
                rows(onDemand, new GroupKey(id(rate.provenance(), type), rate.unit())).put(type, rate.usd()));
        writeGroups(g, layout, "onDemand", onDemand, (gen, usd) -> gen.writeNumber(usd));

        Map<GroupKey, Map<String, ReservedRate[]>> reserved = new TreeMap<>();
        r.reserved().forEach((type, offers) -> offers.forEach((key, rate) -> {
            ReservedRate[] row = rows(reserved, new GroupKey(id(rate.provenance(), type), null))
                    .computeIfAbsent(type, t -> new ReservedRate[CatalogFormat.RESERVED_ORDER.size()]);
            row[CatalogFormat.RESERVED_ORDER.indexOf(key)] = rate;
        }));
        writeGroups(g, layout, "reserved", reserved, (gen, row) -> {
            gen.writeStartArray();
            for (ReservedRate rate : row) {
                if (rate == null) { gen.writeNull(); continue; }
                gen.writeStartArray();
                gen.writeNumber(rate.upfront());
                gen.writeNumber(rate.hourly());
                gen.writeEndArray();
            }
            gen.writeEndArray();
        });

        Map<GroupKey, Map<String, BigDecimal[]>> plans = new TreeMap<>();
        r.ec2SavingsPlans().forEach((type, offers) -> offers.forEach((key, rate) -> {
            BigDecimal[] row = rows(plans, new GroupKey(id(rate.provenance(), type), rate.unit()))
                    .computeIfAbsent(type, t -> new BigDecimal[CatalogFormat.SAVINGS_PLAN_ORDER.size()]);
            row[CatalogFormat.SAVINGS_PLAN_ORDER.indexOf(key)] = rate.usd();
        }));
        writeGroups(g, layout, "savingsPlans", plans, (gen, row) -> {
            gen.writeStartArray();
            for (BigDecimal usd : row) if (usd == null) gen.writeNull(); else gen.writeNumber(usd);
            gen.writeEndArray();
        });

        Map<GroupKey, Map<String, SpotRate>> spot = new TreeMap<>();
        r.spot().forEach((type, rate) -> rows(spot, new GroupKey(id(rate.provenance(), type), null)).put(type, rate));
        writeGroups(g, layout, "spot", spot, (gen, rate) -> {
            gen.writeStartArray();
            gen.writeNumber(rate.hourly());
            gen.writeNumber(rate.interruptionBucket());
            gen.writeString(rate.interruptionLabel());
            gen.writeEndArray();
        });

        Map<GroupKey, Map<String, Rate>> services = new TreeMap<>();
        r.service().forEach((key, rate) -> rows(services, new GroupKey(id(rate.provenance(), key), null)).put(key, rate));
        writeGroups(g, layout, "services", services, CatalogWriter::priceAndUnit);

        Map<GroupKey, Map<String, Map<SavingsPlanKey, Rate>>> servicePlans = new TreeMap<>();
        r.serviceSavingsPlans().forEach((key, offers) -> offers.forEach((plan, rate) ->
                rows(servicePlans, new GroupKey(id(rate.provenance(), key), null))
                        .computeIfAbsent(key, k -> new TreeMap<>(
                                Comparator.comparingInt(CatalogFormat.SAVINGS_PLAN_ORDER::indexOf)))
                        .put(plan, rate)));
        writeGroups(g, layout, "serviceSavingsPlans", servicePlans, (gen, offers) -> {
            gen.writeStartObject();
            for (Map.Entry<SavingsPlanKey, Rate> e : offers.entrySet()) {
                gen.writeFieldName(e.getKey().key());
                priceAndUnit(gen, e.getValue());
            }
            gen.writeEndObject();
        });

        g.writeEndObject();
    }

    private static void priceAndUnit(JsonGenerator g, Rate rate) throws IOException {
        g.writeStartArray();
        g.writeNumber(rate.usd());
        g.writeString(rate.unit());
        g.writeEndArray();
    }

    private static <V> Map<String, V> rows(Map<GroupKey, Map<String, V>> groups, GroupKey key) {
        return groups.computeIfAbsent(key, k -> new TreeMap<>());
    }

    private static <V> void writeGroups(JsonGenerator g, LineLayout layout, String field,
                                        Map<GroupKey, Map<String, V>> groups, Entry<V> entry) throws IOException {
        if (groups.isEmpty()) return;
        g.writeArrayFieldStart(field);
        for (Map.Entry<GroupKey, Map<String, V>> group : groups.entrySet()) {
            g.writeStartObject();
            g.writeStringField("source", group.getKey().source());
            if (group.getKey().unit() != null) g.writeStringField("unit", group.getKey().unit());
            g.writeObjectFieldStart("rates");
            for (Map.Entry<String, V> e : group.getValue().entrySet()) {
                g.writeFieldName(e.getKey());
                layout.inline(true);
                entry.write(g, e.getValue());
                layout.inline(false);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ---- sources -----------------------------------------------------------------------------

    private static String id(Provenance p, String what) {
        if (p == null || p.sourceId() == null || p.sourceId().isBlank())
            throw new IllegalArgumentException("rate for " + what + " has no source id; every rate must cite a source");
        return p.sourceId();
    }

    /** The catalog's source table plus every source a rate cites; one id must mean one source. */
    private static Map<String, Provenance> collectSources(PriceCatalog c) {
        Map<String, Provenance> all = new TreeMap<>();
        c.sources().forEach((id, p) -> add(all, new Provenance(id, p.source(), p.asOf(), p.basis(), p.rule(), p.derivation())));
        for (String region : c.regions()) {
            PriceCatalog.RegionView r = c.region(region);
            r.onDemand().forEach((t, rate) -> add(all, rate.provenance(), t));
            r.reserved().forEach((t, m) -> m.values().forEach(rate -> add(all, rate.provenance(), t)));
            r.ec2SavingsPlans().forEach((t, m) -> m.values().forEach(rate -> add(all, rate.provenance(), t)));
            r.spot().forEach((t, rate) -> add(all, rate.provenance(), t));
            r.service().forEach((k, rate) -> add(all, rate.provenance(), k));
            r.serviceSavingsPlans().forEach((k, m) -> m.values().forEach(rate -> add(all, rate.provenance(), k)));
        }
        return all;
    }

    private static void add(Map<String, Provenance> all, Provenance p, String what) {
        id(p, what);
        add(all, p);
    }

    private static void add(Map<String, Provenance> all, Provenance p) {
        Provenance known = all.putIfAbsent(p.sourceId(), p);
        if (known != null && !known.equals(p))
            throw new IllegalArgumentException("source id " + p.sourceId() + " is used for two different sources: "
                    + known.describe() + " / " + p.describe());
        if (p.basis() == null || p.source() == null || p.asOf() == null)
            throw new IllegalArgumentException("source " + p.sourceId() + " needs a description, a date and a basis");
    }
}
