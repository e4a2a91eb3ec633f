package dev.costbench.model.spec;

import dev.costbench.model.Tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a block's tag may be, by AWS's tag rules (limits in {@link AwsLimits}): the reader, the validator and the
 * inspector's tag editor all ask here, so a tag one accepts the others accept too.
 */
public final class TagRules {
    private TagRules() {}

    public static final int KEY_CHARS = AwsLimits.TAG_KEY_CHARS;
    public static final int VALUE_CHARS = AwsLimits.TAG_VALUE_CHARS;
    public static final int PER_BLOCK = AwsLimits.TAGS_PER_RESOURCE;

    // letters, digits, spaces (any script) and _ . : / = + - @, as AWS's tagging page lists them
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final String CHARACTERS = "letters, digits, spaces and _ . : / = + - @";

    /** Why {@code key} cannot be a tag key ("must be 1 to 128 characters"), or null when it can. */
    public static String keyProblem(String key) {
        if (key == null || key.isEmpty()) return "a tag key must not be empty";
        return problem("a tag key", key, KEY_CHARS);
    }

    /** Why {@code value} cannot be a tag value, or null when it can (an empty value is allowed, as in AWS). */
    public static String valueProblem(String value) {
        if (value == null) return "a tag value must be text (empty is allowed)";
        return problem("a tag value", value, VALUE_CHARS);
    }

    /** Every problem of a block's tags: each key's and value's, and more than {@link #PER_BLOCK} tags. */
    public static List<String> problems(Tags tags) {
        List<String> out = new ArrayList<>();
        if (tags.entries().size() > PER_BLOCK)
            out.add("a block may have at most " + PER_BLOCK + " tags, as an AWS resource may, not " + tags.entries().size());
        tags.entries().forEach((k, v) -> {
            String kp = keyProblem(k), vp = valueProblem(v);
            if (kp != null) out.add(kp + " (" + shown(k) + ")");
            if (vp != null) out.add(vp + " (" + shown(k) + " = " + shown(v) + ")");
        });
        return out;
    }

    private static String problem(String what, String text, int maxChars) {
        int chars = text.codePointCount(0, text.length());
        if (chars > maxChars) return what + " must be at most " + maxChars + " characters, not " + chars;
        if (!ALLOWED.matcher(text).matches()) return what + " may hold only " + CHARACTERS;
        if (text.regionMatches(true, 0, "aws:", 0, 4)) return what + " must not start with \"aws:\", which AWS reserves";
        return null;
    }

    private static String shown(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
}
