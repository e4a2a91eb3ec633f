package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.catalog.Basis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A block's cost under one purchase option. PRICED carries upfront (once per term), monthly recurring,
 * and monthly effective (recurring + upfront spread over the term). NOT_APPLICABLE says why (e.g.
 * "Lambda has no Reserved Instances"); MISSING lists the prices the catalog lacks. Neither is ever 0. A PRICED
 * option may also carry {@code unpriced} lines: lines of nothing whose rate the catalog lacks (see {@link UnpricedLine}).
 * A PRICED option with a {@code reason} has no charge of its own (the Internet block: its senders pay for the GB):
 * it counts as 0 in totals, and every view shows {@link OptionFigure#NO_CHARGE} with the reason, not $0.00.
 */
public record OptionCost(PurchaseOption option, Status status, BigDecimal upfront, BigDecimal monthlyRecurring,
                         BigDecimal monthlyEffective, Basis basis, List<CostLine> lines, String reason,
                         List<MissingPrice> missing, List<UnpricedLine> unpriced) {

    public enum Status {
        PRICED("priced"), NOT_APPLICABLE("not applicable"), MISSING("missing");

        private final String words;

        Status(String words) { this.words = words; }

        /** What the workbook and both CSV files say: "priced", "not applicable", "missing". */
        public String words() { return words; }

        /** The same as a key, for JSON: "priced", "not-applicable", "missing". */
        public String key() { return words.replace(' ', '-'); }
    }

    public OptionCost {
        // lines worked out again when first read are kept as such (see LaterLines)
        lines = lines == null ? List.of() : lines instanceof LaterLines ? lines : List.copyOf(lines);
        missing = missing == null ? List.of() : List.copyOf(missing);
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
    }

    public boolean isPriced() { return status == Status.PRICED; }

    /** Whether the block has no charge of its own under this option: priced at 0 by its nature, the reason says why. */
    public boolean noChargeOfItsOwn() { return status == Status.PRICED && reason != null; }

    /** A block that charges nothing itself under {@code option}, for {@code reason} (someone else pays for its use). */
    public static OptionCost noChargeOfItsOwn(PurchaseOption option, String reason) {
        return new OptionCost(option, Status.PRICED, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Basis.PUBLISHED,
                List.of(), reason, List.of(), List.of());
    }

    /** The same figures with {@code lines} that give the same lines (the engine's lines worked out when first read). */
    OptionCost withLines(LaterLines lines) {
        return new OptionCost(option, status, upfront, monthlyRecurring, monthlyEffective, basis, lines, reason, missing, unpriced);
    }

    public static OptionCost notApplicable(PurchaseOption option, String reason) {
        return new OptionCost(option, Status.NOT_APPLICABLE, null, null, null, null, List.of(), reason, List.of(), List.of());
    }

    public static OptionCost missing(PurchaseOption option, List<MissingPrice> missing) {
        return new OptionCost(option, Status.MISSING, null, null, null, null, List.of(),
                "price not in catalog: " + String.join("; ", missing.stream().map(MissingPrice::describe).toList()), missing, List.of());
    }

    /** Sums the lines: upfront from UPFRONT lines, recurring from the others, effective = both (to {@link Money#SCALE}). */
    public static OptionCost priced(PurchaseOption option, List<CostLine> lines) {
        return priced(option, lines, List.of());
    }

    /** As {@link #priced(PurchaseOption, List)}, with lines whose rate the catalog lacks, each of nothing. */
    public static OptionCost priced(PurchaseOption option, List<CostLine> lines, List<UnpricedLine> unpriced) {
        // null until a line contributes, so one-line options reuse the line's figures instead of adding to zero
        BigDecimal upfront = null, recurring = null, amortized = null;
        Basis basis = Basis.PUBLISHED;
        for (int i = 0, n = lines.size(); i < n; i++) {
            CostLine l = lines.get(i);
            if (l.charge() == Charge.UPFRONT) {
                upfront = upfront == null ? l.upfront() : upfront.add(l.upfront());
                amortized = amortized == null ? l.monthly() : amortized.add(l.monthly());
            } else {
                recurring = recurring == null ? l.monthly() : recurring.add(l.monthly());
            }
            // a line of quantity 0 (Spot at 0 %, a tier not reached) adds nothing, so its rate's basis does not count
            if (l.provenance() != null && l.quantity().signum() != 0) basis = basis.and(l.provenance().basis());
        }
        recurring = recurring == null ? BigDecimal.ZERO : Money.bounded(recurring);
        BigDecimal effective = amortized == null ? recurring : Money.bounded(recurring.add(amortized));
        return new OptionCost(option, Status.PRICED, upfront == null ? BigDecimal.ZERO : Money.bounded(upfront),
                recurring, effective, basis, lines, null, List.of(), unpriced);
    }
}
