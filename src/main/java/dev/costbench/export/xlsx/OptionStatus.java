package dev.costbench.export.xlsx;

import dev.costbench.pricing.OptionCost;

/** The words the workbook shows for an option's status; also used as criteria, so they never change casually. */
final class OptionStatus {
    private OptionStatus() {}

    static final String PRICED = "priced";
    static final String NOT_APPLICABLE = "not applicable";
    static final String MISSING = "missing";
    /** What a money cell of a not-applicable option holds instead of a figure. */
    static final String NA_TEXT = "n/a";
    /** What a total shows when a block in it lacks a price. */

    static String of(OptionCost c) {
        if (c == null) return NOT_APPLICABLE;
        return switch (c.status()) {
            case PRICED -> PRICED;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case MISSING -> MISSING;
        };
    }

    /** The text a money cell shows for an option that has no figure. */
    static String moneyText(OptionCost c) { return c != null && c.status() == OptionCost.Status.MISSING ? MISSING : NA_TEXT; }
}
