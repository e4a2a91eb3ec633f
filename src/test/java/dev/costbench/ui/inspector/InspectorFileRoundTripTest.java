package dev.costbench.ui.inspector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.project.Problem;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The inspector and the design file agree on every field of every kind: a value the inspector accepts saves and
 * reopens unchanged, and a value it refuses (just outside a limit, or of the wrong type) the reader refuses too, at
 * the block's field, stating the same limit. Each kind is tried in each of its modes (ECS on Fargate and on EC2, an
 * EKS Fargate profile and managed nodes, Batch on EC2 and on Fargate, ALB and NLB).
 */
class InspectorFileRoundTripTest {
    private static final String FILE = "round-trip.costbench.json";
    private static final String AT = "$.scenarios[0].blocks[0].";
    private static final int RANDOM_VALUES = 25;
    private final Random random = new Random(20_261_202L);
    private int accepted, refused;

    @Test
    void everyValueTheInspectorAcceptsReopensAndEveryValueItRefusesTheReaderRefusesWithTheSameLimit() {
        Map<String, Integer> acceptedPerField = new LinkedHashMap<>(), refusedPerNumber = new LinkedHashMap<>();
        for (Block start : everyMode()) {
            for (BlockField<?> field : BlockFields.of(start)) {
                String where = start.kind().fileName() + "." + field.key();
                int before = accepted, refusedBefore = refused;
                switch (field.type()) {
                    case FieldType.WholeNumber w -> numbers(start, field, w.spec(), true);
                    case FieldType.Decimal d -> numbers(start, field, d.spec(), false);
                    case FieldType.Choice c -> c.values().forEach(v -> acceptedRoundTrip(start, field, v));
                    case FieldType.Text t -> List.of("Checkout API", "é ü — 日本", "x".repeat(300))
                            .forEach(v -> acceptedRoundTrip(start, field, v));
                    case FieldType.InstanceTypeChoice i -> List.of(i.armOnly() ? "m7g.large" : "c6i.2xlarge", "r6g.xlarge")
                            .forEach(v -> acceptedRoundTrip(start, field, v));
                }
                acceptedPerField.merge(where, accepted - before, Integer::sum);
                if (field.type() instanceof FieldType.WholeNumber || field.type() instanceof FieldType.Decimal)
                    refusedPerNumber.merge(where, refused - refusedBefore, Integer::sum);
            }
        }
        List<String> untried = acceptedPerField.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), untried, "fields for which no accepted value was tried");
        // each number field: above the maximum, below the minimum, text, and (whole numbers) a fraction
        List<String> unrefused = refusedPerNumber.entrySet().stream().filter(e -> e.getValue() < 3).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unrefused, "number fields with fewer than 3 refused values tried");
        assertTrue(accepted > 1_000, "accepted values tried: " + accepted);
    }

    @Test
    void theRefusedValueIsNamedWithTheFieldAndTheLimitTheInspectorStates() {
        // the issue's own examples: an Auto Scaling group of 200,000, 20,000 GB... now 70,000 GB of gp3, 10^10 Batch jobs
        assertEquals(FILE + ": " + AT + "max: must be from 0 to 100,000 instances, not 200000",
                readError(template(BlockKind.ASG), "max", 200_000).getMessage());
        assertEquals(FILE + ": " + AT + "ebsGbPerInstance: must be from 0 to 65,536 GB, not 70000",
                readError(template(BlockKind.ASG), "ebsGbPerInstance", 70_000).getMessage());
        assertEquals(FILE + ": " + AT + "jobsPerMonth: must be from 0 to 1,000,000,000 jobs a month, not 10000000000",
                readError(template(BlockKind.BATCH_QUEUE), "jobsPerMonth", 10_000_000_000L).getMessage());
        // the same limit, as the inspector shows it under the field
        FieldSpec max = BlockSpecs.of(BlockKind.ASG).field("max");
        assertEquals("must be from 0 to 100,000 instances", max.problem(BigDecimal.valueOf(200_000)));
    }

    // ---- the property ---------------------------------------------------------------------------------

    /** Boundaries, random values inside the limit, values just outside it, a fraction for a whole number, text. */
    private void numbers(Block start, BlockField<?> field, FieldSpec spec, boolean whole) {
        var type = spec.type();
        BigDecimal min, max;
        boolean minExclusive;
        if (type instanceof dev.costbench.model.spec.ValueType.Whole w) {
            min = BigDecimal.valueOf(w.min());
            max = BigDecimal.valueOf(w.max());
            minExclusive = false;
        } else {
            var d = (dev.costbench.model.spec.ValueType.Decimal) type;
            min = d.min();
            max = d.max();
            minExclusive = d.minExclusive();
        }
        BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.001");
        List<BigDecimal> inside = new ArrayList<>();
        inside.add(minExclusive ? min.add(step) : min);
        inside.add(max);
        for (String typical : List.of("0.5", "1", "2", "4", "8", "10", "100"))
            if (!whole || typical.indexOf('.') < 0) inside.add(new BigDecimal(typical));
        for (int n = 0; n < RANDOM_VALUES; n++) inside.add(randomBetween(min, max, whole));
        for (BigDecimal v : inside) {
            if (spec.problem(v) != null) continue; // a typical value outside this field's limit
            acceptedRoundTrip(start, field, whole ? (Object) v.longValueExact() : v);
        }
        List<Object> outside = new ArrayList<>(List.of(max.add(step), minExclusive ? min : min.subtract(step), "ten"));
        if (whole) outside.add(new BigDecimal("1.5"));
        for (Object v : outside) refusedByBoth(start, field, spec, v);
    }

    private BigDecimal randomBetween(BigDecimal min, BigDecimal max, boolean whole) {
        // spread over magnitudes: a uniform draw up to a trillion would almost never try a small value
        BigDecimal span = max.subtract(min);
        double fraction = Math.pow(random.nextDouble(), 6);
        BigDecimal v = min.add(span.multiply(BigDecimal.valueOf(fraction)));
        return whole ? v.setScale(0, java.math.RoundingMode.DOWN) : v.setScale(random.nextInt(4), java.math.RoundingMode.DOWN);
    }

    /** The inspector takes {@code value}: saved and reopened, the field reads the same. */
    private void acceptedRoundTrip(Block start, BlockField<?> field, Object value) {
        Block block = prepared(start, field, value);
        if (block == null) return; // refused by a rule between fields (e.g. min above desired), not by a limit
        Block edited = field.write(block, value);
        Block reopened = reopen(edited);
        Object was = field.read(edited), is = field.read(reopened);
        String where = edited.kind().fileName() + "." + field.key() + " = " + value;
        if (was instanceof BigDecimal a && is instanceof BigDecimal b) assertEquals(0, a.compareTo(b), where + " reopened as " + b);
        else assertEquals(was, is, where);
        // and nothing else moved: every field of the kind's spec reads the same (2.40 and 2.4 are the same amount)
        List<FieldSpec> all = new ArrayList<>(BlockSpecs.COMMON);
        all.addAll(BlockSpecs.of(edited.kind()).fields());
        for (FieldSpec f : all) {
            Object before = f.valueOf(edited), after = f.valueOf(reopened);
            if (before instanceof BigDecimal a && after instanceof BigDecimal b) assertEquals(0, a.compareTo(b), where + ": " + f.json());
            else assertEquals(before, after, where + ": " + f.json());
        }
        accepted++;
    }

    /** The inspector refuses {@code value}; the reader refuses it at the same field, naming the same limit. */
    private void refusedByBoth(Block start, BlockField<?> field, FieldSpec spec, Object value) {
        String inspector = value instanceof BigDecimal d ? spec.problem(d) : spec.wrongType();
        assertNotNull(inspector, field.key() + " = " + value + " should be outside " + spec.limit());
        String path = jsonPath(field.key());
        ProjectFileException e = readError(start, path, value);
        Problem problem = e.problems().stream().filter(p -> p.path().equals(AT + path)).findFirst()
                .orElseGet(() -> fail("no problem at " + AT + path + " for " + value + ": " + e.problems()));
        assertTrue(problem.message().startsWith(inspector + ", not "), problem.message() + " does not state: " + inspector);
        assertTrue(problem.message().contains(spec.limit()), problem.message());
        refused++;
    }

    /**
     * The block with {@code value} allowed by the rules between fields: when another field stands in the way (desired
     * between min and max), those fields are moved to the same value first, as a user would.
     */
    private static Block prepared(Block start, BlockField<?> field, Object value) {
        Block block = start;
        for (int pass = 0; pass < 3 && field.problem(block, value) != null; pass++) {
            for (BlockField<?> other : BlockFields.of(block)) {
                if (!other.key().equals(field.key()) && other.type().getClass() == field.type().getClass()
                        && withinLimit(other, value) && other.problem(block, value) == null)
                    block = other.write(block, value);
            }
        }
        return field.problem(block, value) == null ? block : null;
    }

    /** What the inspector's number editor checks before the field's own rule: the spec's limit. */
    private static boolean withinLimit(BlockField<?> field, Object value) {
        BigDecimal v = value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
        return switch (field.type()) {
            case FieldType.WholeNumber w -> w.spec().problem(v) == null;
            case FieldType.Decimal d -> d.spec().problem(v) == null;
            default -> false;
        };
    }

    // ---- the design file --------------------------------------------------------------------------------

    private static Block reopen(Block block) {
        String json = ProjectFile.toJson(design(block));
        return ProjectFile.parse(json, FILE).scenarios().getFirst().blocks().getFirst();
    }

    /** The file of a design holding {@code block}, with {@code path} set to {@code value} as the file would hold it. */
    private static ProjectFileException readError(Block block, String path, Object value) {
        try {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ProjectFile.toJson(design(block)));
            ObjectNode b = (ObjectNode) root.withArray("scenarios").get(0).withArray("blocks").get(0);
            JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
            var node = value instanceof String s ? nodes.textNode(s)
                    : value instanceof BigDecimal d ? nodes.numberNode(d) : nodes.numberNode(((Number) value).longValue());
            int bracket = path.indexOf('[');
            if (bracket < 0) b.set(path, node);
            else setProvider(b, path, node);
            String json = root.toString();
            return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE), path + " = " + value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** capacityProviders[0].base: a strategy of one FARGATE entry whose base or weight is {@code node}. */
    private static void setProvider(ObjectNode block, String path, com.fasterxml.jackson.databind.JsonNode node) {
        if (path.startsWith("overrides[")) {
            // overrides[i].weight: a policy of i + 1 types, the last one's weight {@code node}
            int at = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
            ArrayNode types = block.putArray("overrides");
            for (int i = 0; i < at; i++) types.addObject().put("instanceType", "m5.large");
            types.addObject().put("instanceType", "m5.large").set(path.substring(path.indexOf('.') + 1), node);
            return;
        }
        ArrayNode providers = block.putArray("capacityProviders");
        ObjectNode entry = providers.addObject().put("provider", CapacityProviderShare.FARGATE).put("base", 0).put("weight", 1);
        entry.set(path.substring(path.indexOf('.') + 1), node);
    }

    private static ProjectFileException readError(Block block, String field, long value) { return readError(block, field, (Object) value); }

    /** The inspector's pseudo fields for a capacity provider's base and weight live in the file's capacityProviders list. */
    private static String jsonPath(String key) {
        return switch (key) {
            case "fargateBase", "fargateSpotBase" -> "capacityProviders[0].base";
            case "fargateWeight", "fargateSpotWeight" -> "capacityProviders[0].weight";
            default -> key;
        };
    }

    private static Project design(Block block) {
        return new Project("Round trip", List.of(Scenario.empty("Base").withBlocks(List.of(block))));
    }

    private static Block template(BlockKind kind) { return BlockSpecs.of(kind).template().create("b1", "m5.large"); }

    /** Every kind's template, and each again in every mode its choices give (launch type, compute, mode, type). */
    private static List<Block> everyMode() {
        List<Block> out = new ArrayList<>();
        for (BlockKind kind : BlockKind.values()) {
            Block start = template(kind);
            out.add(start);
            // an Auto Scaling group with weighted instance types: each type and weight is a field of the list editor
            if (start instanceof dev.costbench.model.AutoScalingGroup a)
                out.add(a.withOverrides(List.of(new dev.costbench.model.InstanceOverride("m5.large", 2),
                        new dev.costbench.model.InstanceOverride("m5.xlarge", 1))));
            for (String modeKey : List.of("launchType", "mode", "compute", "type")) {
                for (BlockField<?> f : BlockFields.of(start)) {
                    if (!f.key().equals(modeKey) || !(f.type() instanceof FieldType.Choice c)) continue;
                    for (Object v : c.values()) if (!v.equals(f.read(start))) out.add(f.write(start, v));
                }
            }
        }
        return out;
    }

    @Test
    void everyKindHasASpecWithATemplateThatReopensUnchanged() {
        for (BlockKind kind : BlockKind.values()) {
            Block b = template(kind);
            assertEquals(kind, b.kind());
            assertEquals(b, reopen(b), kind + "'s template");
            // the Internet block is an end of connections only: its connections carry the GB it is priced by
            if (kind != BlockKind.INTERNET) assertFalse(BlockSpecs.of(kind).fields().isEmpty(), kind.toString());
            assertTrue(new TreeSet<>(BlockSpecs.of(kind).fields().stream().map(FieldSpec::json).toList()).size()
                    == BlockSpecs.of(kind).fields().size(), kind + " names a field twice");
        }
        assertNull(BlockSpecs.of(BlockKind.LAMBDA).field("memoryMb").problem(BigDecimal.valueOf(10_240)));
    }
}
