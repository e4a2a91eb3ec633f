package dev.costbench.export.xlsx;

import java.math.BigDecimal;

/**
 * One row of the Assumptions sheet for a block: an input a reviewer may change (a count, a size, a
 * percentage, the purchase option, a cluster's name), or a figure derived by a formula (catalog facts too).
 * {@code field} becomes the cell's defined name together with the block's prefix.
 */
record AssumptionRow(Role role, String label, String field, BigDecimal number, String text, String formula,
                     String unit, String note) {

    enum Role { INPUT, PERCENT, OPTION, TEXT, DERIVED }

    static AssumptionRow input(String label, String field, BigDecimal value, String unit, String note) {
        return new AssumptionRow(Role.INPUT, label, field, value, null, null, unit, note);
    }

    static AssumptionRow input(String label, String field, long value, String unit, String note) {
        return input(label, field, BigDecimal.valueOf(value), unit, note);
    }

    /** A percentage input held as a fraction (50% is 0.5) and shown as a percentage. */
    static AssumptionRow percent(String label, String field, BigDecimal fraction, String note) {
        return new AssumptionRow(Role.PERCENT, label, field, fraction, null, null, "%", note);
    }

    static AssumptionRow option(String key) {
        return new AssumptionRow(Role.OPTION, "Purchase option", "option", null, key, null, "option key",
                "pick from the list; an option that does not apply to this block is bought On-Demand");
    }

    /** A text input, such as the name of the cluster a node group belongs to. */
    static AssumptionRow text(String label, String field, String value, String note) {
        return new AssumptionRow(Role.TEXT, label, field, null, value, null, null, note);
    }

    /** {@code formula} without "=", over defined names; {@code value} is the engine's figure, its cached result. */
    static AssumptionRow derived(String label, String field, String formula, BigDecimal value, String unit, String note) {
        return new AssumptionRow(Role.DERIVED, label, field, value, null, formula, unit, note);
    }
}
