package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a valid JSON file the ways files from other people come broken or hostile: cut short, bytes
 * flipped, a value of the wrong type, huge or tiny or non-JSON numbers, nesting thousands deep, texts of
 * megabytes, lines lost or doubled, invalid UTF-8. The same seed gives the same mutations.
 */
public final class JsonMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,\\s])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final String[] ODD_NUMBERS = {"1e999999999", "-1e400", "1E-999999999", "99999999999999999999999",
            "1000000000000", "-0", "NaN", "Infinity", "-Infinity", "0x10", "1.", ".5", "01", "1e", "-",
            "9".repeat(100), "9".repeat(101), "0." + "0".repeat(120) + "1", "123456789012345678901234567890.5", "-42", "4.5"};

    /** The kinds of mutation, for the report of how many cases of each ran. */
    public enum Kind { TRUNCATE, FLIP_BYTES, SWAP_TYPE, ODD_NUMBER, DEEP_NESTING, LONG_STRING, LOSE_OR_DOUBLE_LINE, BAD_UTF8, DUPLICATE_FIELD }

    private final Random random;

    public JsonMutator(long seed) { this.random = new Random(seed); }

    public record Mutation(Kind kind, byte[] bytes) {}

    public Mutation mutate(byte[] original) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        String text = new String(original, StandardCharsets.UTF_8);
        byte[] out = switch (kind) {
            case TRUNCATE -> Arrays.copyOf(original, random.nextInt(original.length));
            case FLIP_BYTES -> flipBytes(original);
            case SWAP_TYPE -> utf8(treeEdit(text, this::swapType));
            case ODD_NUMBER -> utf8(replaceOne(text, NUMBER, ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)]));
            case DEEP_NESTING -> utf8(deepNesting(text));
            case LONG_STRING -> utf8(replaceOne(text, STRING, "\"" + "x".repeat(longTextLength()) + "\""));
            case LOSE_OR_DOUBLE_LINE -> utf8(loseOrDoubleLine(text));
            case BAD_UTF8 -> badUtf8(original);
            case DUPLICATE_FIELD -> utf8(duplicateField(text));
        };
        return new Mutation(kind, out);
    }

    /** Mostly texts around the 10,000-character field limit; one in forty past the files' 1,000,000-character limit. */
    private int longTextLength() {
        return random.nextInt(40) == 0 ? 1_000_000 + random.nextInt(1_000_000) : 1 + random.nextInt(20_000);
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private byte[] flipBytes(byte[] original) {
        byte[] out = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
        return out;
    }

    private byte[] badUtf8(byte[] original) {
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        int at = random.nextInt(original.length + 1);
        int n = 1 + random.nextInt(bad.length);
        byte[] out = new byte[original.length + n];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(bad, random.nextInt(bad.length - n + 1), out, at, n);
        System.arraycopy(original, at, out, at + n, original.length - at);
        return out;
    }

    private String replaceOne(String text, Pattern what, String replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = what.matcher(text);
        while (m.find()) spans.add(new int[]{m.start(), m.end()});
        if (spans.isEmpty()) return text;
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[0]) + replacement + text.substring(s[1]);
    }

    private String loseOrDoubleLine(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        if (random.nextBoolean()) lines.remove(i);
        else lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private static final Pattern SIMPLE_FIELD =
            Pattern.compile("\"[A-Za-z]+\"\\s*:\\s*(\"[^\"]*\"|-?[0-9.eE+]+|true|false|null)\\s*,");

    /** The same field twice in one object, e.g. {"desired": 2, "desired": 2, …}. */
    private String duplicateField(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SIMPLE_FIELD.matcher(text);
        while (m.find()) spans.add(new int[]{m.start(), m.end()});
        if (spans.isEmpty()) return text;
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[1]) + text.substring(s[0], s[1]) + text.substring(s[1]);
    }

    /** A number replaced by lists and objects nested 20 to 3,000 deep. */
    private String deepNesting(String text) {
        int depth = 20 + random.nextInt(3_000);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean list = random.nextBoolean();
            open.append(list ? "[" : "{\"a\":");
            close.insert(0, list ? "]" : "}");
        }
        return replaceOne(text, NUMBER, open + "1" + close);
    }

    /** Applies {@code edit} to a random value of the parsed file; a file that does not parse is returned as it is. */
    private String treeEdit(String text, Consumer<Slot> edit) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            return text;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) return text;
        edit.accept(slots.get(random.nextInt(slots.size())));
        return root.toString();
    }

    /** A place in the tree a value can be put: a field of an object or an element of a list. */
    record Slot(JsonNode parent, String field, int index) {
        JsonNode get() { return field != null ? parent.get(field) : parent.get(index); }

        void set(JsonNode v) {
            if (field != null) ((ObjectNode) parent).set(field, v);
            else ((ArrayNode) parent).set(index, v);
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(new Slot(node, f, -1));
                collect(node.get(f), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    private void swapType(Slot slot) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] others = {f.textNode("42"), f.numberNode(-7), f.numberNode(new java.math.BigDecimal("0.5")),
                f.booleanNode(true), f.nullNode(), f.arrayNode().add(1).add("x"), f.objectNode().put("kind", "asg"),
                f.textNode(""), f.textNode("java.lang.ProcessBuilder"), f.arrayNode(), f.objectNode()};
        JsonNode current = slot.get();
        JsonNode pick;
        do {
            pick = others[random.nextInt(others.length)];
        } while (pick.getNodeType() == current.getNodeType() && random.nextInt(4) > 0);
        slot.set(pick);
    }
}
