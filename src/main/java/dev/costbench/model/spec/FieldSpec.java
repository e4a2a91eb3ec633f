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
                        String defaultRule, Function<Block, Object> value, java.util.List<ChoicesWhen> choicesWhen) {

    /**
     * A choice field's choices narrowed by another field's value: when {@code field} is {@code value}, only
     * {@code allowed} may be chosen, for {@code reason}. The reader refuses the others with the reason, the
     * validator reports them, and the inspector does not offer them.
     */
    public record ChoicesWhen(String field, String value, java.util.List<String> allowed, String reason) {
        public ChoicesWhen { allowed = java.util.List.copyOf(allowed); }
    }

    public FieldSpec {
        choicesWhen = choicesWhen == null ? java.util.List.of() : java.util.List.copyOf(choicesWhen);
    }

    public FieldSpec(String json, String label, String help, String unit, ValueType type, Object defaultValue,
                     String defaultRule, Function<Block, Object> value) {
        this(json, label, help, unit, type, defaultValue, defaultRule, value, java.util.List.of());
    }

    /** This field with its choices narrowed when {@code field} is {@code value}. */
    public FieldSpec when(String field, String value, java.util.List<String> allowed, String reason) {
        java.util.List<ChoicesWhen> all = new java.util.ArrayList<>(choicesWhen);
        all.add(new ChoicesWhen(field, value, allowed, reason));
        return new FieldSpec(json, label, help, unit, type, defaultValue, defaultRule, this.value, all);
    }

    /**
     * Why {@code chosen} may not be chosen given the other fields' values ({@code other} maps a field's name to its
     * value in the file's spelling, or null), naming what to choose instead; null when it may.
     */
    public String refusal(String chosen, Function<String, String> other) {
        for (ChoicesWhen w : choicesWhen) {
            if (!w.value().equalsIgnoreCase(String.valueOf(other.apply(w.field())))) continue;
            if (w.allowed().stream().noneMatch(a -> a.equalsIgnoreCase(chosen)))
                return "`" + chosen + "` is not allowed with " + w.field() + " `" + w.value() + "`: " + w.reason()
                        + "; use " + orList(w.allowed().stream().map(a -> "`" + a + "`").toList()) + " (or leave `" + json + "` out)";
        }
        return null;
    }

    /** The names that may be chosen given the other fields' values (all of a choice's names when nothing narrows them). */
    public java.util.List<String> allowedNames(Function<String, String> other) {
        if (!(type instanceof ValueType.Choice c)) return java.util.List.of();
        return c.names().stream().filter(n -> refusal(n, other) == null).toList();
    }

    /** The value of {@code field} in {@code block} as the file spells it, for {@link #refusal}. */
    public static Function<String, String> otherFields(KindSpec spec, Block block) {
        return name -> {
            Object v = spec.fields().stream().filter(f -> f.json().equals(name)).findFirst().map(f -> f.valueOf(block)).orElse(null);
            return v == null ? null : v.toString();
        };
    }

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
