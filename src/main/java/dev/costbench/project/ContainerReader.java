package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a scenario's {@code containers}: the diagram's frames, their bounds, the container each sits in and the
 * blocks each holds. Every problem is recorded at its JSON path, like the rest of the file.
 */
final class ContainerReader {
    // a diagram with more frames than this is not one a person drew
    static final int MAX_CONTAINERS = 10_000;
    private static final BigDecimal MAX_SIZE = BigDecimal.valueOf(10_000_000);

    private final List<Problem> problems;

    ContainerReader(List<Problem> problems) { this.problems = problems; }

    /** The containers of scenario {@code s}, whose blocks have the ids in {@code blockIds}. */
    List<Container> read(CheckedObject s, Set<String> blockIds) {
        List<CheckedObject> objects = s.objects("containers", MAX_CONTAINERS, "containers");
        Map<String, CheckedObject> byId = new LinkedHashMap<>();
        Map<String, Container> read = new LinkedHashMap<>();
        Map<String, String> placedIn = new HashMap<>();
        for (CheckedObject c : objects) {
            Container container = container(c, blockIds, placedIn);
            if (container == null) continue;
            if (byId.putIfAbsent(container.id(), c) != null)
                c.problem("id", "duplicate container id \"" + container.id() + "\" (also " + byId.get(container.id()).path() + ")");
            else read.put(container.id(), container);
        }
        List<Container> out = new ArrayList<>();
        for (Container c : read.values()) {
            CheckedObject at = byId.get(c.id());
            if (c.parent() != null && !read.containsKey(c.parent())) {
                at.problem("parent", "no container with id \"" + c.parent() + "\" in this scenario");
                c = c.withParent(null);
            } else if (c.parent() != null && inCycle(c, read)) {
                at.problem("parent", "container \"" + c.id() + "\" would sit inside itself through its parents");
                c = c.withParent(null);
            }
            out.add(c);
        }
        return out;
    }

    private Container container(CheckedObject c, Set<String> blockIds, Map<String, String> placedIn) {
        String id = c.requiredText("id", "a container needs an id that blocks and other containers can refer to");
        String kindName = c.requiredText("kind", "one of " + kindNames());
        ContainerKind kind = kindName == null ? null : ContainerKind.fromFileName(kindName);
        if (kindName != null && kind == null) c.problem("kind", "unknown container kind \"" + kindName + "\" (expected " + kindNames() + ")");
        if (id != null && id.length() > ProjectReader.MAX_ID_LENGTH)
            c.problem("id", "must be 1 to " + ProjectReader.MAX_ID_LENGTH + " characters");
        if (id != null && blockIds.contains(id)) c.problem("id", "\"" + id + "\" is already a block's id in this scenario");
        String name = c.text("name", kind == null ? null : kind.displayName());
        double x = c.coordinate("x"), y = c.coordinate("y");
        double width = size(c, "width", Container.MIN_WIDTH), height = size(c, "height", Container.MIN_HEIGHT);
        String parent = c.text("parent", null);
        String zone = c.text("zone", null);
        if (zone != null && kind != null && kind != ContainerKind.AVAILABILITY_ZONE)
            c.problem("zone", "only an availability-zone container names a zone; a " + kind.fileName() + " takes its zone from the Availability Zone around it");
        String cidr = c.text("cidr", null);
        List<String> members = members(c, id, blockIds, placedIn);
        if (id == null || kind == null) return null;
        return new Container(id, kind, name, x, y, width, height, parent, zone, cidr, members);
    }

    private static double size(CheckedObject c, String field, double min) {
        BigDecimal v = c.amount(field, BigDecimal.valueOf(min), MAX_SIZE, "canvas units");
        if (v.doubleValue() < min) {
            c.problem(field, "must be at least " + (int) min + " canvas units, so the frame holds a block, not " + v.toPlainString());
            return min;
        }
        return v.doubleValue();
    }

    /** The ids in {@code blocks}: each a block of this scenario, each block in one container only. */
    private List<String> members(CheckedObject c, String containerId, Set<String> blockIds, Map<String, String> placedIn) {
        List<String> out = new ArrayList<>();
        if (!c.has("blocks")) return out;
        JsonNode list = c.node().get("blocks");
        String path = c.pathOf("blocks");
        if (!list.isArray()) {
            problems.add(new Problem(path, "must be a list of block ids [...], not " + CheckedObject.shown(list)));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = JsonPath.index(path, i);
            if (!e.isTextual()) problems.add(new Problem(at, "must be a block id (text), not " + CheckedObject.shown(e)));
            else if (!blockIds.contains(e.textValue())) problems.add(new Problem(at, "no block with id \"" + e.textValue() + "\" in this scenario"));
            else if (placedIn.containsKey(e.textValue()))
                problems.add(new Problem(at, "block \"" + e.textValue() + "\" already sits in container \"" + placedIn.get(e.textValue())
                        + "\"; a block sits in one container (its innermost)"));
            else {
                placedIn.put(e.textValue(), containerId);
                out.add(e.textValue());
            }
        }
        return out;
    }

    private static boolean inCycle(Container start, Map<String, Container> all) {
        Set<String> seen = new HashSet<>();
        for (Container c = start; c != null && c.parent() != null; c = all.get(c.parent()))
            if (!seen.add(c.id())) return true;
        return false;
    }

    private static String kindNames() {
        return Arrays.stream(ContainerKind.values()).map(ContainerKind::fileName).collect(Collectors.joining(", "));
    }
}
