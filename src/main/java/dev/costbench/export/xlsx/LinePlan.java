package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.PurchaseOption;

/** One cost line on the Line items sheet: its row, what it prices, and the Sources row of its unit price. */
record LinePlan(int row, Variant variant, PurchaseOption option, CostLine line, int sourceRow) {}
