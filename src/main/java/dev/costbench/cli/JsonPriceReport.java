package dev.costbench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.coverage.RegionCoverage;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tags;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.OptionTotal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The priced design as JSON for scripts and CI: per block every purchase option with status, money
 * rounded to cents, basis and the cost lines with their unrounded unit prices and source, the Graviton twin,
 * and totals per option. A price that is missing is {@code null} with a {@code missing} list, never 0.
 */
final class JsonPriceReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** Every source the report's lines cite, by id, written once at the end instead of on every line. */
    private final Map<String, Provenance> sources = new TreeMap<>();

    private final PriceCatalog catalog;

    private JsonPriceReport(PriceCatalog catalog) { this.catalog = catalog; }

    /**
     * One scenario: {catalog, scenario, region, blocks, totals, …}; several: {catalog, scenarios: [...]}. Written as it is
     * made, block after block: a 10,000-block design is some 650 MB of JSON, which held whole in memory did not fit a
     * 2 GB heap.
     */
    static void write(Writer out, List<CostReport> reports, List<Scenario> scenarios, boolean single, PriceCatalog catalog) {
        new JsonPriceReport(catalog).document(out, reports, scenarios, single);
    }

    private void document(Writer out, List<CostReport> reports, List<Scenario> designs, boolean single) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = MAPPER.writer(printer).createGenerator(out)) {
            // the caller's stream stays open: it is standard output
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            CostReport first = reports.getFirst();
            g.writeStartObject();
            g.writeFieldName("catalog");
            g.writeTree(NODES.objectNode().put("version", first.catalogVersion()).put("asOf", first.catalogAsOf()));
            g.writeStringField("currency", Money.CURRENCY);
            if (single) {
                scenario(g, first, designs.getFirst());
            } else {
                g.writeArrayFieldStart("scenarios");
                for (int i = 0; i < reports.size(); i++) {
                    g.writeStartObject();
                    scenario(g, reports.get(i), designs.get(i));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            ObjectNode cited = NODES.objectNode();
            sources.forEach((id, p) -> cited.putObject(id).put("source", p.source()).put("asOf", p.asOf()));
            g.writeFieldName("sources");
            g.writeTree(cited);
            g.writeEndObject();
            g.flush();
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write the price report as JSON", e);
        }
    }

    /** A scenario's fields, each block written as soon as it is made. */
    private void scenario(JsonGenerator g, CostReport r, Scenario design) throws IOException {
        g.writeStringField("scenario", r.scenario());
        g.writeStringField("region", r.region());
        ObjectNode coverage = NODES.objectNode();
        coverage(coverage, RegionCoverage.forDesign(catalog, r.region(), design));
        g.writeFieldName("coverage");
        g.writeTree(coverage);
        g.writeArrayFieldStart("blocks");
        for (BlockCost b : r.blocks()) {
            ObjectNode block = NODES.objectNode();
            block(block, b, design.block(b.blockId()).map(Block::tags).orElse(Tags.NONE));
            g.writeTree(block);
        }
        g.writeEndArray();
        ObjectNode rest = NODES.objectNode();
        ObjectNode totals = rest.putObject("totals");
        for (OptionMap.Entry<OptionTotal> e : r.totals()) total(totals.putObject(e.option().key()), e.value());
        chosen(rest.putObject("chosen"), r);
        strings(rest.putArray("warnings"), r.warnings());
        missing(rest.putArray("missing"), r.missing());
        for (Map.Entry<String, JsonNode> field : rest.properties()) {
            g.writeFieldName(field.getKey());
            g.writeTree(field.getValue());
        }
    }

    /** What the catalog has for the region: {summary, services: {kind: {basis, oldest, newest}}}. */
    private static void coverage(ObjectNode o, RegionCoverage c) {
        o.put("summary", c.summary());
        ObjectNode services = o.putObject("services");
        c.services().forEach((kind, s) -> {
            ObjectNode k = services.putObject(kind.shortName());
            k.put("basis", s.status().label());
            if (s.oldest() != null) k.put("oldest", s.oldest()).put("newest", s.newest());
        });
    }

    private void block(ObjectNode o, BlockCost b, Tags tags) {
        o.put("id", b.blockId());
        o.put("kind", b.kind().fileName());
        o.put("name", b.name());
        ObjectNode tagged = o.putObject("tags");
        tags.entries().forEach(tagged::put);
        o.put("keySize", b.keySize());
        o.put("chosenOption", b.chosenOption().key());
        options(o.putObject("options"), b.options());
        graviton(o.putObject("graviton"), b.graviton());
        if (b.range() != null) {
            ObjectNode range = o.putObject("range");
            money(range, "min", b.range().min());
            money(range, "expected", b.range().expected());
            money(range, "max", b.range().max());
        }
        strings(o.putArray("warnings"), b.warnings());
        missing(o.putArray("missing"), b.missing());
    }

    private void options(ObjectNode o, OptionMap<OptionCost> options) {
        // a block without a Graviton twin has no twin figures: its options object stays empty
        for (OptionMap.Entry<OptionCost> e : options) if (e.value() != null) option(o.putObject(e.option().key()), e.value());
    }

    private void option(ObjectNode o, OptionCost c) {
        o.put("status", c.status().key());
        money(o, "upfront", c.upfront());
        money(o, "monthlyRecurring", c.monthlyRecurring());
        money(o, "monthlyEffective", c.monthlyEffective());
        if (c.basis() == null) o.putNull("basis");
        else o.put("basis", c.basis().fileName());
        if (c.noChargeOfItsOwn()) o.put("noChargeOfItsOwn", true);
        if (c.reason() != null) o.put("reason", c.reason());
        if (!c.missing().isEmpty()) missing(o.putArray("missing"), c.missing());
        if (!c.lines().isEmpty()) {
            ArrayNode lines = o.putArray("lines");
            for (CostLine l : c.lines()) line(lines.addObject(), l);
        }
    }

    /** A cost line keeps its unit price unrounded, so quantity × unit price can be checked by hand. */
    private void line(ObjectNode o, CostLine l) {
        o.put("component", l.component());
        o.put("description", l.description());
        o.set("quantity", exact(l.quantity()));
        o.put("unit", l.unit());
        o.set("unitPrice", exact(l.unitPrice()));
        o.put("charge", l.charge().name().toLowerCase());
        if (l.termMonths() > 0) o.put("termMonths", l.termMonths());
        money(o, "monthly", l.monthly());
        if (l.upfront() != null && l.upfront().signum() != 0) money(o, "upfront", l.upfront());
        Provenance p = l.provenance();
        if (p != null) {
            o.put("basis", p.basis().fileName());
            o.put("source", p.sourceId());
            if (p.rule() != null && !p.rule().isBlank()) o.put("rule", p.rule());
            sources.putIfAbsent(p.sourceId(), p);
        }
    }

    private void graviton(ObjectNode o, GravitonTwin g) {
        if (g == null) {
            o.put("available", false);
            return;
        }
        o.put("available", g.available());
        o.put("type", g.twinType());
        if (g.fromType() != null) o.put("fromType", g.fromType());
        if (g.rule() != null) o.put("rule", g.rule());
        options(o.putObject("options"), g.options());
        money(o, "savingMonthly", g.savingMonthly());
        if (g.savingPct() == null) o.putNull("savingPct");
        else o.put("savingPct", g.savingPct().setScale(2, RoundingMode.HALF_UP));
        if (g.reason() != null) o.put("reason", g.reason());
    }

    /** An incomplete total's figures are null (unknown, not $0); the part that is priced is given apart. */
    static void total(ObjectNode o, OptionTotal t) {
        money(o, "upfront", t.complete() ? t.upfront() : null);
        money(o, "monthlyRecurring", t.complete() ? t.monthlyRecurring() : null);
        money(o, "monthlyEffective", t.complete() ? t.monthlyEffective() : null);
        o.put("fallbackBlocks", t.fallbackBlocks());
        o.put("missingBlocks", t.missingBlocks());
        if (!t.complete()) {
            ObjectNode priced = o.putObject("pricedPart");
            money(priced, "upfront", t.upfront());
            money(priced, "monthlyRecurring", t.monthlyRecurring());
            money(priced, "monthlyEffective", t.monthlyEffective());
            o.put("text", t.text());
        }
    }

    /**
     * Every block under its chosen option, written as the option totals are: {@code null} figures when a block's
     * price is missing, with the priced part and the {@code text} ("$177.90 + 4 missing"), never a figure that reads
     * as complete or a bare 0.
     */
    private static void chosen(ObjectNode o, CostReport r) {
        OptionTotal chosen = r.chosenTotal();
        boolean complete = chosen.complete();
        BigDecimal annual = r.chosenMonthly() == null ? null : r.chosenAnnual();
        money(o, "monthlyEffective", complete ? r.chosenMonthly() : null);
        money(o, "upfront", complete ? r.chosenUpfront() : null);
        money(o, "annual", complete ? annual : null);
        money(o, "gravitonMonthlyEffective", complete ? r.gravitonChosenMonthly() : null);
        o.put("missingBlocks", chosen.missingBlocks());
        if (!complete) {
            ObjectNode priced = o.putObject("pricedPart");
            money(priced, "monthlyEffective", r.chosenMonthly());
            money(priced, "upfront", r.chosenUpfront());
            money(priced, "annual", annual);
            money(priced, "gravitonMonthlyEffective", r.gravitonChosenMonthly());
            o.put("text", chosen.text());
        }
    }

    /** Money is shown to the cent; null stays null (a missing price is not $0.00). */
    static void money(ObjectNode o, String field, BigDecimal v) {
        if (v == null) o.putNull(field);
        else o.put(field, Money.cents(v));
    }

    private static JsonNode exact(BigDecimal v) {
        if (v == null) return NODES.nullNode();
        BigDecimal s = v.stripTrailingZeros();
        return NODES.numberNode(s.scale() < 0 ? s.setScale(0) : s);
    }

    private static void strings(ArrayNode a, List<String> values) {
        if (values != null) values.forEach(a::add);
    }

    private static void missing(ArrayNode a, List<MissingPrice> values) {
        if (values == null) return;
        for (MissingPrice m : values)
            a.addObject().put("region", m.region()).put("service", m.service()).put("lookup", m.lookup()).put("description", m.describe());
    }
}
