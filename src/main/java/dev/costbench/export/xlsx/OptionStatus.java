package dev.costbench.export.xlsx;

import dev.costbench.pricing.OptionCost;

/** The words the workbook shows for an option's status; also used as criteria, so they never change casually. */
final class OptionStatus {
    private OptionStatus() {}

    static final String PRICED = OptionCost.Status.PRICED.words();
    static final String NOT_APPLICABLE = OptionCost.Status.NOT_APPLICABLE.words();
    static final String MISSING = OptionCost.Status.MISSING.words();
    /** What a money cell of a not-applicable option holds instead of a figure. */
    static final String NA_TEXT = "n/a";
    /** The words of {@code c}'s status; a block without the option at all is "not applicable". */
    static String of(OptionCost c) {
        return c == null ? NOT_APPLICABLE : c.status().words();
    }

    /** The text a money cell shows for an option that has no figure. */
    static String moneyText(OptionCost c) { return c != null && c.status() == OptionCost.Status.MISSING ? MISSING : NA_TEXT; }
}
