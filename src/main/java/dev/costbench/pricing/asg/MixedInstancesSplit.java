package dev.costbench.pricing.asg;

/**
 * How many of an Auto Scaling group's instances run On-Demand and how many on Spot under its mixed-instances
 * policy: On-Demand = base + ceil(pct% × (n − base)), the rest Spot; with fewer than base instances all are
 * On-Demand. The On-Demand part is what a Reserved Instance or Savings Plan would cover.
 */
public record MixedInstancesSplit(int onDemand, int spot) {

    public static MixedInstancesSplit of(int instances, int onDemandBase, int onDemandPercentAboveBase) {
        int n = Math.max(instances, 0);
        int base = Math.max(onDemandBase, 0);
        if (n <= base) return new MixedInstancesSplit(n, 0);
        int pct = Math.min(Math.max(onDemandPercentAboveBase, 0), 100);
        long above = n - base;
        int onDemand = base + (int) ((above * pct + 99) / 100);
        return new MixedInstancesSplit(onDemand, n - onDemand);
    }
}
