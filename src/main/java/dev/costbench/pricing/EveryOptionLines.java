package dev.costbench.pricing;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines a block pays the same under every purchase option, because no commitment discounts them: gp3 EBS
 * volumes of an Auto Scaling group, the EKS cluster fee. Built once per block and shared by all 26 options.
 */
public final class EveryOptionLines {
    private final List<CostLine> lines = new ArrayList<>(2);
    private final List<MissingPrice> missing = new ArrayList<>(1);

    public EveryOptionLines add(CostLine line) {
        lines.add(line);
        return this;
    }

    public EveryOptionLines missing(MissingPrice price) {
        missing.add(price);
        return this;
    }

    public void addTo(OptionLines out) {
        if (!lines.isEmpty()) out.addAll(lines);
        if (!missing.isEmpty()) out.missingAll(missing);
    }
}
