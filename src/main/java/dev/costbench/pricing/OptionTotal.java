package dev.costbench.pricing;

import java.math.BigDecimal;

/**
 * A scenario total under one purchase option. Blocks the option does not apply to are counted at their
 * On-Demand cost ({@code fallbackBlocks} of them); blocks with missing prices make the total incomplete
 * ({@code missingBlocks}), never silently lower.
 */
public record OptionTotal(String option, BigDecimal upfront, BigDecimal monthlyRecurring, BigDecimal monthlyEffective,
                          int fallbackBlocks, int missingBlocks) {
    public boolean complete() { return missingBlocks == 0; }

    /**
     * The total as every output writes it: the figure when complete; otherwise the priced part and how many
     * blocks it leaves out ("$560.64 + 1 missing", or "2 missing" when nothing is priced), because a bare
     * "$0.00" would read as free.
     */
    public String text() { return text(monthlyEffective, missingBlocks); }

    /** The same rule for any amount with blocks left out: a monthly, an annual or a Graviton total. */
    public static String text(BigDecimal priced, int missingBlocks) {
        String missing = Math.max(missingBlocks, 1) + " missing";
        if (priced == null) return missing;
        if (missingBlocks == 0) return Money.format(priced);
        return priced.signum() == 0 ? missing : Money.format(priced) + " + " + missing;
    }

    /** True when the text shows a priced amount (an estimate mark applies to it). */
    public boolean showsAmount() { return monthlyEffective != null && (complete() || monthlyEffective.signum() != 0); }
}
