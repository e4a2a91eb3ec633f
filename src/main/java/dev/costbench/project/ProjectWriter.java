package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Project} into the file's JSON tree in a fixed field order (id, kind, name, the kind's
 * own fields, purchase option, Graviton override, load profile, position, then fields this version does not
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
        switch (block) {
            case AutoScalingGroup a -> autoScalingGroup(o, a);
            case EcsService e -> ecsService(o, e);
            case EksNodeGroup k -> eksNodeGroup(o, k);
            case LambdaFunction l -> lambda(o, l);
            case BatchQueue q -> batchQueue(o, q);
            case LoadBalancer lb -> loadBalancer(o, lb);
        }
        if (block.purchaseOption() != null) o.put("purchaseOption", block.purchaseOption().key());
        coordinate(o, "x", block.x());
        coordinate(o, "y", block.y());
        unknownFields(o, block.extensions());
        return o;
    }

    private void autoScalingGroup(ObjectNode o, AutoScalingGroup a) {
        o.put("instanceType", a.instanceType());
        o.put("min", a.min());
        o.put("desired", a.desired());
        o.put("max", a.max());
        o.put("onDemandBase", a.onDemandBase());
        o.put("onDemandPercentAboveBase", a.onDemandPercentAboveBase());
        o.put("ebsGbPerInstance", a.ebsGbPerInstance());
        putIfSet(o, "gravitonType", a.gravitonType());
        loadProfile(o, a.loadProfile());
    }

    private void ecsService(ObjectNode o, EcsService e) {
        o.put("launchType", e.launchType().fileName());
        putIfSet(o, "instanceType", e.instanceType());
        putIfSet(o, "cpu", e.cpu());
        putIfSet(o, "memoryGb", e.memoryGb());
        o.put("tasks", e.tasks());
        o.put("architecture", e.architecture().awsName());
        if (!e.capacityProviders().isEmpty()) {
            ArrayNode providers = o.putArray("capacityProviders");
            for (CapacityProviderShare p : e.capacityProviders())
                providers.addObject().put("provider", p.provider()).put("base", p.base()).put("weight", p.weight());
        }
        putIfSet(o, "gravitonType", e.gravitonType());
        loadProfile(o, e.loadProfile());
    }

    private void eksNodeGroup(ObjectNode o, EksNodeGroup k) {
        o.put("cluster", k.cluster());
        o.put("clusterSupport", k.clusterSupport().fileName());
        o.put("mode", k.mode().fileName());
        putIfSet(o, "instanceType", k.instanceType());
        o.put("desired", k.desired());
        o.put("capacityType", k.capacityType().fileName());
        o.put("pods", k.pods());
        putIfSet(o, "podCpu", k.podCpu());
        putIfSet(o, "podMemoryGb", k.podMemoryGb());
        o.put("architecture", k.architecture().awsName());
        putIfSet(o, "gravitonType", k.gravitonType());
        loadProfile(o, k.loadProfile());
    }

    private void lambda(ObjectNode o, LambdaFunction l) {
        o.put("memoryMb", l.memoryMb());
        o.put("architecture", l.architecture().awsName());
        o.put("requestsPerMonth", l.requestsPerMonth());
        putIfSet(o, "avgDurationMs", l.avgDurationMs());
        o.put("ephemeralStorageMb", l.ephemeralStorageMb());
        o.put("provisionedConcurrency", l.provisionedConcurrency());
        putIfSet(o, "provisionedHoursPerMonth", l.provisionedHoursPerMonth());
        loadProfile(o, l.loadProfile());
    }

    private void batchQueue(ObjectNode o, BatchQueue q) {
        o.put("compute", q.compute().fileName());
        putIfSet(o, "instanceType", q.instanceType());
        o.put("jobsPerMonth", q.jobsPerMonth());
        putIfSet(o, "vcpuPerJob", q.vcpuPerJob());
        putIfSet(o, "memoryGbPerJob", q.memoryGbPerJob());
        putIfSet(o, "avgJobMinutes", q.avgJobMinutes());
        o.put("architecture", q.architecture().awsName());
        putIfSet(o, "gravitonType", q.gravitonType());
        loadProfile(o, q.loadProfile());
    }

    private void loadBalancer(ObjectNode o, LoadBalancer lb) {
        o.put("type", lb.type().fileName());
        putIfSet(o, "newConnectionsPerSec", lb.newConnectionsPerSec());
        putIfSet(o, "activeConnectionsPerMin", lb.activeConnectionsPerMin());
        putIfSet(o, "processedGbPerHour", lb.processedGbPerHour());
        putIfSet(o, "ruleEvaluationsPerSec", lb.ruleEvaluationsPerSec());
    }

    /** A flat profile without hours is the default and is left out. */
    private void loadProfile(ObjectNode o, LoadProfile p) {
        if (p == null || (p.isNone() && LoadProfile.NONE.preset().equals(p.preset()))) return;
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
