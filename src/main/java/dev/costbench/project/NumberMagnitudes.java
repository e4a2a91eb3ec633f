package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds numbers written short but meaning something enormous, such as {@code 1e999999999}: the parser's
 * length limit lets them through, yet writing one out in plain digits (as every save does) would take
 * gigabytes. Checked once over the whole tree, unknown fields included, since those are saved too.
 */
final class NumberMagnitudes {
    private NumberMagnitudes() {}

    /** The JSON path of the first number with more than {@code maxDigits} digits before or after the point, or null. */
    static String firstOutOfRange(JsonNode root, int maxDigits) {
        return find(root, JsonPath.ROOT, maxDigits);
    }

    private static String find(JsonNode node, String path, int maxDigits) {
        if (node.isNumber()) return tooLong(node, maxDigits) ? path : null;
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), JsonPath.index(path, i), maxDigits);
                if (found != null) return found;
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String found = find(e.getValue(), JsonPath.field(path, e.getKey()), maxDigits);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static boolean tooLong(JsonNode number, int maxDigits) {
        if (number.isIntegralNumber()) return false; // its digits are all written out, within the parser's length limit
        BigDecimal d = number.decimalValue();
        int fractionDigits = d.scale();
        int wholeDigits = d.precision() - d.scale();
        return fractionDigits > maxDigits || wholeDigits > maxDigits;
    }
}
