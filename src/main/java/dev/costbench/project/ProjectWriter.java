package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tags;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.FieldSpec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Project} into the file's JSON tree in a fixed field order (id, kind, name, the kind's
 * own fields in its spec's order, purchase option, Graviton override, load profile, position, tags, then fields this version does not
 * know), so that saving an unchanged design gives the same bytes and a diff of two saves shows only what changed.
 */
final class ProjectWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper mapper;

    ProjectWriter(ObjectMapper mapper) { this.mapper = mapper; }

    ObjectNode write(Project project) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", Project.CURRENT_SCHEMA);
        root.put("name", project.name());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario s : project.scenarios()) scenarios.add(scenario(s));
        unknownFields(root, project.extensions());
        return root;
    }

    /**
     * Fields a newer Costbench wrote, after the known ones, sorted so their order does not depend on a hash
     * map; one that clashes with a field this version writes is left out rather than overwrite it.
     */
    private void unknownFields(ObjectNode o, Map<String, Object> fields) {
        for (Map.Entry<String, Object> e : new TreeMap<>(fields).entrySet()) {
            if (o.has(e.getKey())) continue;
            o.set(e.getKey(), e.getValue() instanceof JsonNode n ? n.deepCopy() : mapper.valueToTree(e.getValue()));
        }
    }

    private ObjectNode scenario(Scenario s) {
        ObjectNode o = NODES.objectNode();
        o.put("name", s.name());
        if (!s.description().isEmpty()) o.put("description", s.description());
        o.put("region", s.region());
        o.put("purchaseOption", s.purchaseOption().key());
        o.put("lambdaFreeTier", s.lambdaFreeTier());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : s.blocks()) blocks.add(block(b));
        ArrayNode connections = o.putArray("connections");
        for (Connection c : s.connections()) {
            ObjectNode link = connections.addObject().put("from", c.from()).put("to", c.to());
            putIfSet(link, "sentGbPerMonth", c.sentGbPerMonth());
            putIfSet(link, "returnedGbPerMonth", c.returnedGbPerMonth());
            putIfSet(link, "traffic", c.traffic());
            putIfSet(link, "protocol", c.protocol());
        }
        if (!s.containers().isEmpty()) {
            ArrayNode frames = o.putArray("containers");
            for (Container c : s.containers()) frames.add(container(c));
        }
        unknownFields(o, s.extensions());
        return o;
    }

    private ObjectNode container(Container c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("kind", c.kind().fileName());
        o.put("name", c.name());
        putIfSet(o, "parent", c.parent());
        putIfSet(o, "zone", c.zone());
        putIfSet(o, "cidr", c.cidr());
        coordinate(o, "x", c.x());
        coordinate(o, "y", c.y());
        coordinate(o, "width", c.width());
        coordinate(o, "height", c.height());
        ArrayNode members = o.putArray("blocks");
        c.blocks().forEach(members::add);
        return o;
    }

    private ObjectNode block(Block block) {
        ObjectNode o = NODES.objectNode();
        o.put("id", block.id());
        o.put("kind", block.kind().fileName());
        o.put("name", block.name());
        for (FieldSpec field : BlockSpecs.of(block.kind()).fields()) put(o, field.json(), field.valueOf(block));
        if (block.purchaseOption() != null) o.put("purchaseOption", block.purchaseOption().key());
        coordinate(o, "x", block.x());
        coordinate(o, "y", block.y());
        if (!block.tags().isEmpty()) {
            ObjectNode tags = o.putObject(Tags.FIELD);
            block.tags().entries().forEach(tags::put);
        }
        unknownFields(o, block.extensions());
        return o;
    }

    /** A field's value as its spec reads it off the block; an unset (null) value is left out of the file. */
    private void put(ObjectNode o, String field, Object value) {
        switch (value) {
            case null -> { }
            case String text -> o.put(field, text);
            case BigDecimal d -> o.set(field, number(d));
            case Long n -> o.put(field, n);
            case Integer n -> o.put(field, n);
            case LoadProfile p -> loadProfile(o, p);
            case List<?> entries when !entries.isEmpty() && entries.getFirst() instanceof InstanceOverride ->
                    overrides(o.putArray(field), entries);
            case List<?> shares -> capacityProviders(o.putArray(field), shares);
            default -> throw new IllegalStateException(field + " holds a value the file cannot write: " + value.getClass().getSimpleName());
        }
    }

    private static void capacityProviders(ArrayNode providers, List<?> shares) {
        List<FieldSpec> entry = BlockSpecs.CAPACITY_PROVIDER;
        for (Object share : shares) {
            CapacityProviderShare p = (CapacityProviderShare) share;
            providers.addObject().put(entry.get(0).json(), p.provider()).put(entry.get(1).json(), p.base())
                    .put(entry.get(2).json(), p.weight());
        }
    }

    /** An Auto Scaling group's instance types; a weight of 1 (AWS's default) is left out. */
    private static void overrides(ArrayNode out, List<?> entries) {
        List<FieldSpec> entry = BlockSpecs.ASG_OVERRIDE;
        for (Object e : entries) {
            InstanceOverride v = (InstanceOverride) e;
            ObjectNode node = out.addObject().put(entry.get(0).json(), v.instanceType());
            if (v.weight() != InstanceOverride.DEFAULT_WEIGHT) node.put(entry.get(1).json(), v.weight());
        }
    }

    /** The spec reads a flat profile without hours as unset, so only a real profile reaches here. */
    private void loadProfile(ObjectNode o, LoadProfile p) {
        ObjectNode profile = o.putObject("loadProfile");
        profile.put("preset", p.preset());
        ArrayNode hours = profile.putArray("hours");
        for (Double h : p.hours()) hours.add(number(BigDecimal.valueOf(h)));
    }

    private static void putIfSet(ObjectNode o, String field, String v) { if (v != null) o.put(field, v); }

    private static void putIfSet(ObjectNode o, String field, BigDecimal v) { if (v != null) o.set(field, number(v)); }

    /** Whole positions are written as 120, not 120.0. */
    private static void coordinate(ObjectNode o, String field, double v) {
        o.set(field, number(BigDecimal.valueOf(v)));
    }

    private static JsonNode number(BigDecimal v) {
        BigDecimal n = CheckedObject.normalized(v);
        return n.scale() == 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                ? NODES.numberNode(n.longValueExact()) : NODES.numberNode(n);
    }
}
