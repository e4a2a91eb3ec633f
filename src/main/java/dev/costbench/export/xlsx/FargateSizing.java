package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionCost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Fargate size (vCPU and GB per task, pod or job) the engine priced, read back from its lines: Fargate
 * rounds a request up to a valid pair, and the workbook shows that pair as the input.
 */
final class FargateSizing {
    private FargateSizing() {}

    /** {vCPU, GB} per unit from the first priced option's Fargate lines divided by {@code units}, or null. */
    static BigDecimal[] perUnit(BigDecimal units, OptionCost... options) {
        if (units == null || units.signum() <= 0) return null;
        for (OptionCost o : options) {
            if (o == null || !o.isPriced()) continue;
            BigDecimal v = BigDecimal.ZERO, g = BigDecimal.ZERO;
            for (CostLine l : o.lines()) {
                if (l.component().startsWith("sp.")) continue;
                if (LineCodes.isFargateVcpu(l.component())) v = v.add(l.quantity());
                if (LineCodes.isFargateMemory(l.component())) g = g.add(l.quantity());
            }
            if (v.signum() > 0)
                return new BigDecimal[]{v.divide(units, 6, RoundingMode.HALF_UP).stripTrailingZeros(),
                        g.divide(units, 6, RoundingMode.HALF_UP).stripTrailingZeros()};
        }
        return null;
    }
}
