package dev.costbench.export.xlsx;

import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.PurchaseOption;

import java.util.ArrayList;
import java.util.List;

/** A Lambda function: requests, duration and memory as inputs. */
final class LambdaFunctionModel implements BlockModel {

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        LambdaFunction f = (LambdaFunction) plan.block;
        List<AssumptionRow> rows = new ArrayList<>();
        rows.add(AssumptionRow.option(plan.cost.chosenOption()));
        rows.add(AssumptionRow.input("Requests", "requests", f.requestsPerMonth(), "per month", null));
        rows.add(AssumptionRow.input("Average duration", "duration_ms", f.avgDurationMs(), "ms", null));
        rows.add(AssumptionRow.input("Memory", "memory_mb", f.memoryMb(), "MB", null));
        return rows;
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        return null;
    }
}
