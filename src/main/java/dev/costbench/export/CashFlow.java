package dev.costbench.export;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.Term;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When money leaves, the one rule the workbook's Cash flow sheet, the CSV and {@code costbench price} share: an
 * option's upfront payment falls in the month its term starts (month 1, and again at each renewal within the
 * {@value #MONTHS}-month horizon: months 13 and 25 for a 1-year term), its recurring charges every month. The
 * "Monthly effective" figure spreads the upfront over the term; this does not. Amounts are the engine's, unrounded.
 */
public final class CashFlow {
    /** The horizon: the longest commitment term AWS sells (3 years). */
    public static final int MONTHS = Term.THREE_YEAR.months();

    private CashFlow() {}

    /** The months of a term ({@code 0} for an option without one: On-Demand, Spot). */
    public static int termMonths(PurchaseOption o) { return o.term().map(Term::months).orElse(0); }

    /** Whether month {@code month} (1-based) starts a term of {@code termMonths} (a renewal counts). */
    public static boolean startsTerm(int month, int termMonths) { return termMonths > 0 && (month - 1) % termMonths == 0; }

    /** One option's payments, month 1 to {@value #MONTHS}. */
    public record Flow(PurchaseOption option, BigDecimal upfront, BigDecimal recurring, List<BigDecimal> months) {
        public BigDecimal first12() { return sum(12); }

        public BigDecimal total() { return sum(MONTHS); }

        private BigDecimal sum(int n) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) s = s.add(months.get(i));
            return s;
        }
    }

    /** The payments of a priced option; null when it has no price (not applicable, missing). */
    public static Flow of(OptionCost c) {
        if (c == null || !c.isPriced()) return null;
        int term = termMonths(c.option());
        List<BigDecimal> months = new ArrayList<>(MONTHS);
        for (int m = 1; m <= MONTHS; m++)
            months.add(startsTerm(m, term) ? c.monthlyRecurring().add(c.upfront()) : c.monthlyRecurring());
        return new Flow(c.option(), c.upfront(), c.monthlyRecurring(), List.copyOf(months));
    }

    /** The block under the option it is bought as; null when that lacks a price. */
    public static Flow chosen(BlockCost b) { return of(b.chosen()); }

    /** A scenario under its chosen options: the sum of its blocks' flows and how many blocks lack a price. */
    public record Total(List<BigDecimal> months, int missing) {
        public BigDecimal first12() { return sum(12); }

        public BigDecimal total() { return sum(MONTHS); }

        public boolean complete() { return missing == 0; }

        private BigDecimal sum(int n) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) s = s.add(months.get(i));
            return s;
        }
    }

    public static Total chosen(CostReport r) {
        BigDecimal[] months = new BigDecimal[MONTHS];
        java.util.Arrays.fill(months, BigDecimal.ZERO);
        int missing = 0;
        for (BlockCost b : r.blocks()) {
            Flow f = chosen(b);
            if (f == null) {
                missing++;
                continue;
            }
            for (int i = 0; i < MONTHS; i++) months[i] = months[i].add(f.months().get(i));
        }
        return new Total(List.of(months), missing);
    }
}
