package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds numbers written short but meaning something enormous or absurdly precise, such as {@code 1e999999999}
 * or {@code 1e-999999999}: the parser's length limit lets them through, yet writing one out in plain digits (as
 * every save and many messages do) would take gigabytes. Checked over the whole tree, unknown fields included,
 * since those are saved too.
 */
final class NumberMagnitudes {
    private NumberMagnitudes() {}

    private enum Side { BEFORE_THE_POINT, AFTER_THE_POINT }

    /**
     * The JSON path of the first number with more than {@code maxDigits} digits after the point, or null. Checked
     * before reading: a field's own message would show such a number in plain digits.
     */
    static String firstTooPrecise(JsonNode root, int maxDigits) {
        return find(root, JsonPath.ROOT, maxDigits, Side.AFTER_THE_POINT);
    }

    /**
     * The JSON path of the first number with more than {@code maxDigits} digits before the point, or null. Checked
     * after reading, whose own range checks say more ("at most 100000 instances"); this catches the unknown fields.
     */
    static String firstTooLarge(JsonNode root, int maxDigits) {
        return find(root, JsonPath.ROOT, maxDigits, Side.BEFORE_THE_POINT);
    }

    private static String find(JsonNode node, String path, int maxDigits, Side side) {
        if (node.isNumber()) return tooLong(node, maxDigits, side) ? path : null;
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), JsonPath.index(path, i), maxDigits, side);
                if (found != null) return found;
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String found = find(e.getValue(), JsonPath.field(path, e.getKey()), maxDigits, side);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static boolean tooLong(JsonNode number, int maxDigits, Side side) {
        if (number.isIntegralNumber()) return false; // its digits are all written out, within the parser's length limit
        BigDecimal d = number.decimalValue();
        long digits = side == Side.AFTER_THE_POINT ? d.scale() : (long) d.precision() - d.scale();
        return digits > maxDigits;
    }
}
