package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;

/**
 * How one block kind appears as a model: the inputs and derived figures it puts on the Assumptions sheet,
 * and, for each of the engine's cost lines, the formula of its quantity over those names, so that changing
 * an input moves every line. A line the model does not know keeps the engine's quantity as an input cell.
 */
interface BlockModel {

    List<AssumptionRow> assumptions(BlockPlan plan);

    /** Formula (without "=") of the line's quantity, or null when the component is not modelled. */
    String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line);
}
