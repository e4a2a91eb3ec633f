package dev.costbench.catalog.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * The attributes of one product that an importer asked for. JSON names ("instanceType") and CSV column
 * headers ("Instance Type") are both reduced to the same key ("instancetype"), so a rule reads either form.
 */
final class ProductAttributes {
    private final Map<String, String> values = new HashMap<>();
    private String sku;

    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    void clear(String sku) {
        values.clear();
        this.sku = sku;
    }

    void put(String key, String value) { values.put(key, value); }

    void sku(String sku) { this.sku = sku; }

    String sku() { return sku; }

    /** The attribute's value, or "" when the product does not have it. */
    String get(String key) {
        String v = values.get(key);
        return v == null ? "" : v;
    }

    boolean has(String key) { return values.containsKey(key); }
}
