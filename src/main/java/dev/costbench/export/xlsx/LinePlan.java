package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.UnpricedLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cost line on the Line items sheet: its row (0 for a Graviton twin's line, which has none), the options it is part of (a line the pricer shares across
 * options, such as a group's gp3 volumes or a cluster fee, is one row counted by each of them), what it prices,
 * the Sources row of the published rate it uses, and its unit price as a multiple of that rate (1 except for
 * Savings Plan shares, see RateRef). A line awaiting a rate the catalog lacks ({@code unpriced}) has no Sources
 * row: its {@code line} carries only its words and rule, and its money reads "missing" once its quantity is not 0.
 */
record LinePlan(int row, Variant variant, List<PurchaseOption> options, CostLine line, int sourceRow, BigDecimal multiplier,
                UnpricedLine unpriced) {

    LinePlan(int row, Variant variant, List<PurchaseOption> options, CostLine line, int sourceRow, BigDecimal multiplier) {
        this(row, variant, options, line, sourceRow, multiplier, null);
    }

    /** The row of a line awaiting its rate: a line of nothing that only its rule and words describe. */
    static LinePlan awaiting(int row, Variant variant, PurchaseOption option, UnpricedLine u) {
        CostLine words = new CostLine(u.component(), u.description(), BigDecimal.ZERO, u.unit(), null, u.charge(), 0,
                BigDecimal.ZERO, BigDecimal.ZERO, null, u.rule(), null);
        return new LinePlan(row, variant, new java.util.ArrayList<>(List.of(option)), words, -1, BigDecimal.ONE, u);
    }

    /** The first option the line is part of. */
    PurchaseOption option() { return options.getFirst(); }
}
