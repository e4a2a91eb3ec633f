package dev.costbench.model.purchase;

/** Reserved Instance offering class. */
public enum OfferingClass {
    STANDARD("standard"), CONVERTIBLE("convertible");

    private final String key;

    OfferingClass(String key) { this.key = key; }

    public String key() { return key; }

    public static OfferingClass fromKey(String k) {
        for (OfferingClass c : values()) if (c.key.equals(k)) return c;
        return null;
    }
}
