package dev.costbench.pricing.fargate;

import dev.costbench.model.CapacityProviderShare;

import java.util.List;

/**
 * How an ECS capacity provider strategy spreads a service's tasks over FARGATE and FARGATE_SPOT. Each
 * provider's base is filled first, in the order listed; the remaining tasks are split by weight, rounding
 * by largest remainder (ties go to the provider listed first). No strategy runs every task on FARGATE.
 * Example: 10 tasks, FARGATE base 1 weight 1, FARGATE_SPOT weight 4 → 1 + round(9 × 1/5) = 3 on FARGATE,
 * 7 on FARGATE_SPOT.
 */
public record FargateCapacityMix(int onFargate, int onSpot) {

    public static FargateCapacityMix split(int tasks, List<CapacityProviderShare> providers) {
        tasks = Math.max(tasks, 0);
        if (providers == null || providers.isEmpty()) return new FargateCapacityMix(tasks, 0);
        int n = providers.size();
        long[] given = new long[n];
        long remaining = tasks;
        for (int i = 0; i < n && remaining > 0; i++) {
            long take = Math.min(Math.max(providers.get(i).base(), 0), remaining);
            given[i] += take;
            remaining -= take;
        }
        long totalWeight = 0;
        for (CapacityProviderShare p : providers) totalWeight += Math.max(p.weight(), 0);
        if (remaining > 0 && totalWeight == 0) {
            given[0] += remaining;  // ECS requires a weight somewhere; keep the tasks rather than drop them
            remaining = 0;
        }
        if (remaining > 0) {
            long[] remainder = new long[n];
            long handedOut = 0;
            for (int i = 0; i < n; i++) {
                long share = remaining * Math.max(providers.get(i).weight(), 0);
                given[i] += share / totalWeight;
                remainder[i] = share % totalWeight;
                handedOut += share / totalWeight;
            }
            for (long left = remaining - handedOut; left > 0; left--) {
                int best = 0;
                for (int i = 1; i < n; i++) if (remainder[i] > remainder[best]) best = i;
                given[best]++;
                remainder[best] = -1;
            }
        }
        int fargate = 0, spot = 0;
        for (int i = 0; i < n; i++) {
            if (providers.get(i).isSpot()) spot += (int) given[i];
            else fargate += (int) given[i];
        }
        return new FargateCapacityMix(fargate, spot);
    }
}
