package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Tags;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.TagRules;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.model.spec.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON object of a design file at its path, read field by field. Each getter checks the value and,
 * when it is wrong, records a problem at the field's path and returns the default, so that one pass
 * over the file finds every problem rather than stopping at the first.
 */
final class CheckedObject {
    private final ObjectNode node;
    private final String path;
    private final List<Problem> problems;
    /** The fields a reader asked for: every other field is one this version does not know. */
    private final Set<String> read = new HashSet<>();

    CheckedObject(ObjectNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() { return path; }

    String pathOf(String field) { return JsonPath.field(path, field); }

    ObjectNode node() { return node; }

    private JsonNode value(String field) {
        read.add(field);
        return node.get(field);
    }

    /**
     * The fields no reader asked for, in file order, with their JSON values: fields of a newer Costbench,
     * kept so that saving writes them back.
     */
    Map<String, Object> unknownFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!read.contains(e.getKey())) out.put(e.getKey(), e.getValue());
        });
        return out;
    }

    /** Present and not JSON null: a null field means "use the default", like an absent one. */
    boolean has(String field) {
        JsonNode v = value(field);
        return v != null && !v.isNull();
    }

    void problem(String field, String message) { problems.add(new Problem(field == null ? path : pathOf(field), message)); }

    String text(String field, String fallback) {
        if (!has(field)) return fallback;
        JsonNode v = value(field);
        if (!v.isTextual()) {
            problem(field, "must be text, not " + shown(v));
            return fallback;
        }
        if (v.textValue().length() > MAX_TEXT_CHARS) {
            problem(field, "must be at most " + MAX_TEXT_CHARS + " characters, not " + v.textValue().length());
            return fallback;
        }
        return v.textValue();
    }

    /** Text that must be there and must not be blank. */
    String requiredText(String field, String why) {
        if (!has(field)) {
            problem(field, "is missing (" + why + ")");
            return null;
        }
        String s = text(field, null);
        if (s != null && s.isBlank()) {
            problem(field, "must not be empty (" + why + ")");
            return null;
        }
        return s;
    }

    long wholeNumber(String field, long fallback, long max, String unit) {
        if (!has(field)) return fallback;
        JsonNode v = value(field);
        BigDecimal d = v.isNumber() ? v.decimalValue() : null;
        if (d == null || d.signum() < 0 || !isWhole(d)) {
            problem(field, "must be a whole number of 0 or more, not " + shown(v));
            return fallback;
        }
        if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(field, "must be at most " + max + " " + unit + ", not " + shown(v));
            return fallback;
        }
        return d.longValueExact();
    }

    /** A whole number within the field's limit, stated as the inspector states it. */
    long whole(FieldSpec spec, long fallback) {
        if (!has(spec.json())) return fallback;
        BigDecimal d = checkedNumber(spec);
        return d == null ? fallback : d.longValueExact();
    }

    /** A decimal within the field's limit, stated as the inspector states it. */
    BigDecimal decimal(FieldSpec spec, BigDecimal fallback) {
        if (!has(spec.json())) return fallback;
        BigDecimal d = checkedNumber(spec);
        return d == null ? fallback : normalized(d);
    }

    /** The field's number when it is one within the limit; otherwise null, with the problem recorded. */
    private BigDecimal checkedNumber(FieldSpec spec) {
        JsonNode v = value(spec.json());
        BigDecimal d = v.isNumber() ? v.decimalValue() : null;
        if (d == null) {
            problem(spec.json(), spec.wrongType() + ", not " + shown(v));
            return null;
        }
        String outside = spec.problem(d);
        if (outside != null) {
            problem(spec.json(), outside + ", not " + shown(v));
            return null;
        }
        return d;
    }

    /** One of the field's choices, matched ignoring case, then turned into the model's value. */
    <E> E choice(FieldSpec spec, E fallback, Function<String, E> parse) {
        ValueType.Choice choice = (ValueType.Choice) spec.type();
        String expected = choice.names().size() == 2 ? String.join(" or ", choice.names())
                : spec.limit().substring("one of ".length());
        return choice(spec.json(), fallback, s -> {
            String name = choice.find(s);
            return name == null ? null : parse.apply(name);
        }, expected);
    }

    /** A decimal from 0 to {@code max} (e.g. vCPU, GB, milliseconds). */
    BigDecimal amount(String field, BigDecimal fallback, BigDecimal max, String unit) {
        if (!has(field)) return fallback;
        JsonNode v = value(field);
        BigDecimal d = v.isNumber() ? v.decimalValue() : null;
        if (d == null || d.signum() < 0) {
            problem(field, "must be a number of 0 or more, not " + shown(v));
            return fallback;
        }
        if (d.compareTo(max) > 0) {
            problem(field, "must be at most " + max.toPlainString() + " " + unit + ", not " + shown(v));
            return fallback;
        }
        return normalized(d);
    }

    /** 2.50 → 2.5, 1E+3 → 1000: the same amount always reads and writes the same way. */
    static BigDecimal normalized(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A position on the canvas: any finite number, negative allowed (blocks left of or above the origin). */
    double coordinate(String field) {
        if (!has(field)) return 0;
        JsonNode v = value(field);
        if (!v.isNumber() || v.decimalValue().abs().compareTo(MAX_COORDINATE) > 0) {
            problem(field, "must be a number from -" + MAX_COORDINATE.toPlainString() + " to "
                    + MAX_COORDINATE.toPlainString() + ", not " + shown(v));
            return 0;
        }
        return v.decimalValue().doubleValue();
    }

    boolean flag(String field, boolean fallback) {
        if (!has(field)) return fallback;
        JsonNode v = value(field);
        if (!v.isBoolean()) {
            problem(field, "must be true or false, not " + shown(v));
            return fallback;
        }
        return v.booleanValue();
    }

    /** One of a fixed set of names, e.g. {@code launchType}: fargate or ec2. */
    <E> E choice(String field, E fallback, Function<String, E> parse, String expected) {
        if (!has(field)) return fallback;
        JsonNode v = value(field);
        E e = v.isTextual() ? parse.apply(v.textValue()) : null;
        if (e == null) {
            problem(field, "unknown " + field + " " + shown(v) + " (expected " + expected + ")");
            return fallback;
        }
        return e;
    }

    /** The objects of an array field; an element that is not an object is a problem and is skipped. */
    List<CheckedObject> objects(String field, int max, String unit) {
        List<CheckedObject> out = new ArrayList<>();
        JsonNode v = value(field);
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) {
            problem(field, "must be a list [...], not " + shown(v));
            return out;
        }
        if (v.size() > max) {
            problem(field, "holds " + v.size() + " " + unit + "; a design can have at most " + max);
            return out;
        }
        String arrayPath = pathOf(field);
        for (int i = 0; i < v.size(); i++) {
            String at = JsonPath.index(arrayPath, i);
            if (v.get(i) instanceof ObjectNode o) out.add(new CheckedObject(o, at, problems));
            else problems.add(new Problem(at, "must be an object {...}, not " + shown(v.get(i))));
        }
        return out;
    }

    /** A nested object, or null when absent. */
    CheckedObject object(String field) {
        if (!has(field)) return null;
        JsonNode v = value(field);
        if (v instanceof ObjectNode o) return new CheckedObject(o, pathOf(field), problems);
        problem(field, "must be an object {...}, not " + shown(v));
        return null;
    }

    /**
     * A block's tags: an object of text values, each key and value by AWS's tag rules ({@link TagRules}); a tag that
     * breaks them is reported at its own path and left out.
     */
    Tags tags() {
        CheckedObject o = object(Tags.FIELD);
        if (o == null) return Tags.NONE;
        Map<String, String> out = new LinkedHashMap<>();
        o.node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode v = o.value(key);
            String problem = TagRules.keyProblem(key);
            if (problem == null && !v.isTextual()) problem = "a tag value must be text, not " + shown(v);
            if (problem == null) problem = TagRules.valueProblem(v.textValue());
            if (problem != null) o.problem(key, problem);
            else out.put(key, v.textValue());
        });
        if (out.size() > TagRules.PER_BLOCK)
            problem(Tags.FIELD, "a block may have at most " + TagRules.PER_BLOCK + " tags, as an AWS resource may, not " + out.size());
        return new Tags(out);
    }

    /** Numbers of an array field: none, or exactly {@code count}, each finite and from 0 to {@code max}. */
    List<Double> numbers(String field, double max, int count, String what) {
        List<Double> out = new ArrayList<>();
        JsonNode v = value(field);
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) {
            problem(field, "must be a list of numbers, not " + shown(v));
            return out;
        }
        if (v.size() != 0 && v.size() != count) {
            problem(field, "must hold " + count + " " + what + ", not " + v.size());
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isNumber() || e.decimalValue().signum() < 0 || e.decimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.add(new Problem(JsonPath.index(pathOf(field), i),
                        "must be a number from 0 to " + BigDecimal.valueOf(max).toPlainString() + ", not " + shown(e)));
                out.add(0.0);
            } else {
                out.add(e.decimalValue().doubleValue());
            }
        }
        return out;
    }

    private static final BigDecimal MAX_COORDINATE = BlockSpecs.CANVAS_EDGE;
    private static final int MAX_SHOWN = 40;
    /** Names, types and descriptions are short; a longer text is not something a person typed into a design. */
    static final int MAX_TEXT_CHARS = 10_000;

    private static boolean isWhole(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** The offending value as it reads in the file, cut short so a pasted blob does not flood the message. */
    static String shown(JsonNode v) {
        String s = v.isContainerNode() ? (v.isArray() ? "a list" : "an object") : v.toString();
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
    }
}
