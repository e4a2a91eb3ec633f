package dev.costbench.model.spec;

import dev.costbench.model.Block;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * One field of a block kind as every part of the product knows it: its name in the design file, the label and
 * help the window shows, its unit, what it accepts, its value when the file leaves it out (in words when it depends
 * on other fields), and how to read it off a block as the file writes it (a number, text, a choice's name, or a
 * nested value; null when unset).
 */
public record FieldSpec(String json, String label, String help, String unit, ValueType type, Object defaultValue,
                        String defaultRule, Function<Block, Object> value) {

    /** The default in words: the rule when it depends on other fields, else the value ("none" when unset). */
    public String defaultText() {
        if (defaultRule != null) return defaultRule;
        if (defaultValue == null) return type instanceof ValueType.InstanceType t && t.required() ? "required" : "none";
        return "`" + (defaultValue instanceof BigDecimal d ? d.toPlainString() : defaultValue) + "`";
    }

    /** The accepted range in words, e.g. "from 0 to 100,000 instances"; null for a field without one. */
    public String limit() {
        return switch (type) {
            case ValueType.Whole w -> "from " + NumberText.of(w.min()) + " to " + NumberText.of(w.max()) + unitText();
            case ValueType.Decimal d -> (d.minExclusive() ? "more than " + NumberText.of(d.min()) + " and at most "
                    : "from " + NumberText.of(d.min()) + " to ") + NumberText.of(d.max()) + unitText();
            case ValueType.Choice c -> "one of " + orList(c.names());
            default -> null;
        };
    }

    /** Why a number is outside this field's limit ("must be from 128 to 10,240 MB"), or null when it is inside. */
    public String problem(BigDecimal v) {
        boolean inside = switch (type) {
            case ValueType.Whole w -> isWhole(v) && v.compareTo(BigDecimal.valueOf(w.min())) >= 0
                    && v.compareTo(BigDecimal.valueOf(w.max())) <= 0;
            case ValueType.Decimal d -> (d.minExclusive() ? v.compareTo(d.min()) > 0 : v.compareTo(d.min()) >= 0)
                    && v.compareTo(d.max()) <= 0;
            default -> true;
        };
        return inside ? null : "must be " + (type instanceof ValueType.Whole && !isWhole(v) ? "a whole number " : "") + limit();
    }

    /** The message for a value of the wrong type: "must be a whole number from 0 to 100 %". */
    public String wrongType() {
        return switch (type) {
            case ValueType.Whole w -> "must be a whole number " + limit();
            case ValueType.Decimal d -> "must be a number " + limit();
            case ValueType.Choice c -> "must be " + limit();
            case ValueType.Text t -> "must be text";
            case ValueType.InstanceType t -> "must be an instance type name such as m5.large";
            case ValueType.Nested n -> "must be " + n.shape();
        };
    }

    /** "whole number", "percent", "decimal", "choice", "text", "instance type", or the nested value's shape. */
    public String typeName() {
        return switch (type) {
            case ValueType.Whole w -> "%".equals(unit) ? "percent" : "whole number";
            case ValueType.Decimal d -> "decimal";
            case ValueType.Choice c -> "choice";
            case ValueType.Text t -> "text";
            case ValueType.InstanceType t -> t.armOnly() ? "instance type (arm64)" : "instance type";
            case ValueType.Nested n -> n.shape();
        };
    }

    public Object valueOf(Block block) { return value.apply(block); }

    private String unitText() { return unit == null || unit.isEmpty() ? "" : ("%".equals(unit) ? " %" : " " + unit); }

    static boolean isWhole(BigDecimal d) { return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0; }

    static String orList(java.util.List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
