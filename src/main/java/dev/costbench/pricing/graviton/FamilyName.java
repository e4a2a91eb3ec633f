package dev.costbench.pricing.graviton;

/**
 * An instance type name taken apart the way AWS builds it: family letters, generation, processor letter and
 * attribute suffix, then the size. m5d.xlarge → m · 5 · (none) · d · xlarge; m7gd.xlarge → m · 7 · g · d;
 * c6in.large → c · 6 · i · n; m7i-flex.large → m · 7 · i · (none) · large. Two types are Graviton twins when letters,
 * size and attributes match.
 */
record FamilyName(String letters, int generation, char processor, String attributes, String size) {

    /** The name's parts, or null for names that do not follow the pattern (e.g. "u-6tb1.metal"). */
    static FamilyName parse(String type, boolean arm) {
        int dot = type.indexOf('.');
        if (dot <= 0) return null;
        String family = type.substring(0, dot);
        int i = 0;
        while (i < family.length() && Character.isLowerCase(family.charAt(i))) i++;
        int lettersEnd = i;
        while (i < family.length() && Character.isDigit(family.charAt(i))) i++;
        if (lettersEnd == 0 || i == lettersEnd) return null;
        int generation = Integer.parseInt(family.substring(lettersEnd, i));
        String rest = family.substring(i);
        char processor = ' ';
        if (!rest.isEmpty()) {
            char c = rest.charAt(0);
            // g marks Graviton; i (Intel) and a (AMD) mark x86 processors; anything else is an attribute
            if (arm ? c == 'g' : c == 'i' || c == 'a') {
                processor = c;
                rest = rest.substring(1);
            }
        }
        // "-flex" (m7i-flex, c7i-flex) is a price for CPU not used all the time, not hardware a workload needs:
        // Graviton has no flex types, and the type without the suffix gives full CPU at all times
        if (!arm && rest.endsWith(FLEX)) rest = rest.substring(0, rest.length() - FLEX.length());
        return new FamilyName(family.substring(0, lettersEnd), generation, processor, rest, type.substring(dot + 1));
    }

    private static final String FLEX = "-flex";

    /** Letters, size and attributes: what a twin must share. */
    String twinKey() { return letters + "|" + size + "|" + attributes; }
}
