package dev.costbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block's tags: free key/value pairs such as environment, team or cost centre, in the order the user gave them.
 * Keys are case-sensitive and unique, as AWS's own tags are; the limits live in {@code model.spec.TagRules}.
 */
public record Tags(Map<String, String> entries) {
    /** The file's field that holds a block's tags. */
    public static final String FIELD = "tags";
    /** The keys a design is expected to use, offered first in the inspector. */
    public static final java.util.List<String> SUGGESTED_KEYS = java.util.List.of("environment", "team", "cost-centre");
    public static final Tags NONE = new Tags(Map.of());

    public Tags {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The value under {@code key}, or null when the block has no such tag. */
    public String get(String key) { return entries.get(key); }

    public boolean isEmpty() { return entries.isEmpty(); }

    /** These tags with {@code key} set to {@code value}, in its old place when it was there, else last. */
    public Tags with(String key, String value) {
        Map<String, String> out = new LinkedHashMap<>(entries);
        out.put(key, value);
        return new Tags(out);
    }

    /** These tags with {@code oldKey} renamed to {@code newKey}, keeping its value and place. */
    public Tags renamed(String oldKey, String newKey) {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k.equals(oldKey) ? newKey : k, v));
        return new Tags(out);
    }

    public Tags without(String key) {
        Map<String, String> out = new LinkedHashMap<>(entries);
        out.remove(key);
        return new Tags(out);
    }

    /** "environment=production, team=shop", for a tooltip or a table cell. */
    @Override public String toString() {
        StringBuilder s = new StringBuilder();
        entries.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }
}
