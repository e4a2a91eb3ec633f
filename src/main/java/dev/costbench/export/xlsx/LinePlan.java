package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cost line on the Line items sheet: its row, the options it is part of (a line the pricer shares across
 * options, such as a group's gp3 volumes or a cluster fee, is one row counted by each of them), what it prices,
 * the Sources row of the published rate it uses, and its unit price as a multiple of that rate (1 except for
 * Savings Plan shares, see RateRef).
 */
record LinePlan(int row, Variant variant, List<PurchaseOption> options, CostLine line, int sourceRow, BigDecimal multiplier) {

    /** The first option the line is part of. */
    PurchaseOption option() { return options.getFirst(); }
}
