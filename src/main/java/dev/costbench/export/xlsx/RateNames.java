package dev.costbench.export.xlsx;

import dev.costbench.pricing.CostLine;

/** How the Sources sheet names a line's rate: the AWS service and the rate within it. */
final class RateNames {
    private RateNames() {}

    static String service(CostLine line) {
        String c = line.component();
        int dot = c.indexOf('.');
        return dot < 0 ? c : c.substring(0, dot);
    }

    static String rate(CostLine line) { return line.description(); }
}
