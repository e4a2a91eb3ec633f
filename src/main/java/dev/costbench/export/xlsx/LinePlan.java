package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;

/**
 * One cost line on the Line items sheet: its row, what it prices, the Sources row of the published rate it
 * uses, and its unit price as a multiple of that rate (1 except for Savings Plan shares, see RateRef).
 */
record LinePlan(int row, Variant variant, PurchaseOption option, CostLine line, int sourceRow, BigDecimal multiplier) {}
