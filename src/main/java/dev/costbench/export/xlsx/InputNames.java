package dev.costbench.export.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Defined names of one block's Assumptions cells, such as {@code s1_web_instances}: the scenario's number,
 * the block id reduced to letters, digits and underscores, and the input. Formulas use these names, so a
 * reviewer reads {@code =s1_web_instances*…} rather than a bare cell address.
 */
final class InputNames {
    private static final int MAX_ID = 40;

    private final String prefix;

    private InputNames(String prefix) { this.prefix = prefix; }

    /** The name of {@code field}, a design file's field or path such as {@code capacityProviders[1].weight} (→ capacityProviders_1_weight). */
    String of(String field) { return prefix + "_" + fieldName(field); }

    /** {@code field} in letters, digits and single underscores: brackets and dots become one underscore, none at the end. */
    static String fieldName(String field) {
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean keep = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            if (keep) b.append(c);
            else if (!b.isEmpty() && b.charAt(b.length() - 1) != '_') b.append('_');
        }
        if (!b.isEmpty() && b.charAt(b.length() - 1) == '_') b.setLength(b.length() - 1);
        return b.toString();
    }

    String option() { return of("option"); }

    /** Hands out prefixes that stay unique even when two ids reduce to the same text (names ignore case). */
    static final class Registry {
        private final Set<String> taken = new HashSet<>();

        InputNames forBlock(int scenarioNumber, String blockId) {
            String base = "s" + scenarioNumber + "_" + reduce(blockId);
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) candidate = base + "_" + n;
            return new InputNames(candidate);
        }

        static String reduce(String id) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < id.length() && b.length() < MAX_ID; i++) {
                char c = id.charAt(i);
                b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
            }
            return b.isEmpty() ? "block" : b.toString();
        }
    }
}
