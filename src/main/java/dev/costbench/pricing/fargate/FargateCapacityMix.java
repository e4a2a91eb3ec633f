package dev.costbench.pricing.fargate;

import dev.costbench.model.CapacityProviderShare;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;

import java.util.List;

import static dev.costbench.pricing.component.Quantity.add;
import static dev.costbench.pricing.component.Quantity.div;
import static dev.costbench.pricing.component.Quantity.floor;
import static dev.costbench.pricing.component.Quantity.min;
import static dev.costbench.pricing.component.Quantity.mod;
import static dev.costbench.pricing.component.Quantity.mul;
import static dev.costbench.pricing.component.Quantity.sub;

/**
 * How an ECS capacity provider strategy spreads a service's tasks over FARGATE and FARGATE_SPOT. Each
 * provider's base is filled first, in the order listed; the remaining tasks are split by weight, rounding
 * by largest remainder (ties go to the provider listed first). No strategy runs every task on FARGATE.
 * Example: 10 tasks, FARGATE base 1 weight 1, FARGATE_SPOT weight 4 → 1 + round(9 × 1/5) = 3 on FARGATE,
 * 7 on FARGATE_SPOT. The split is written once, as rules over the strategy's bases and weights.
 */
public record FargateCapacityMix(int onFargate, int onSpot) {

    private static final Quantity ZERO = Quantity.Constant.of(0), ONE = Quantity.Constant.of(1);
    /** The names of a provider's figures, by position (a strategy has at most 10): built once, not per split. */
    private static final String[][] FIELDS = new String[16][];
    private static final String BASE = "base", WEIGHT = "weight", BASE_TASKS = "base_tasks", WEIGHTED = "weighted_tasks",
            REMAINDER = "remainder", TASKS = "tasks";
    private static final String[] PARTS = {BASE, WEIGHT, BASE_TASKS, WEIGHTED, REMAINDER, TASKS};

    static {
        for (int i = 0; i < FIELDS.length; i++) {
            FIELDS[i] = new String[PARTS.length];
            for (int k = 0; k < PARTS.length; k++) FIELDS[i][k] = "capacityProviders[" + i + "]." + PARTS[k];
        }
    }

    /** {@code capacityProviders[i].part}. */
    private static String field(int i, int part) {
        return i < FIELDS.length ? FIELDS[i][part] : "capacityProviders[" + i + "]." + PARTS[part];
    }

    /** Tasks on FARGATE and on FARGATE_SPOT as rules; {@code onSpot} is null when no FARGATE_SPOT provider is listed. */
    public record Rules(Quantity onFargate, Quantity onSpot) {}

    public static FargateCapacityMix split(int tasks, List<CapacityProviderShare> providers) {
        Rules r = rules(Quantity.Constant.of(Math.max(tasks, 0)), providers, -1);
        return new FargateCapacityMix(r.onFargate().value().intValueExact(),
                r.onSpot() == null ? 0 : r.onSpot().value().intValueExact());
    }

    /**
     * The split of {@code tasks} over the strategy's bases and weights (inputs of the service, negative ones as 0);
     * {@code level} ≥ 0 names the figures of one level of a load profile, −1 those of the service's own count.
     */
    public static Rules rules(Quantity tasks, List<CapacityProviderShare> providers, int level) {
        if (providers == null || providers.isEmpty()) return new Rules(tasks, null);
        int n = providers.size();
        Quantity[] given = new Quantity[n], weights = new Quantity[n];
        Quantity remaining = tasks, totalWeight = null;
        for (int i = 0; i < n; i++) {
            CapacityProviderShare p = providers.get(i);
            Input base = Input.number(field(i, 0), p.provider() + " base", "tasks",
                    "bases are filled first, in the order listed", Math.max(p.base(), 0));
            weights[i] = Input.number(field(i, 1), p.provider() + " weight", null,
                    "the tasks above the bases are split by weight", Math.max(p.weight(), 0));
            given[i] = named(field(i, 2), p.provider() + " tasks from its base", level, min(base, remaining));
            remaining = sub(remaining, given[i]);
            totalWeight = totalWeight == null ? weights[i] : add(totalWeight, weights[i]);
        }
        Quantity rest = named("capacityProviders.rest", "Tasks above the bases", level, remaining);
        Quantity w = named("capacityProviders.weight", "Weight of the strategy", level, totalWeight);
        // each provider's whole share, and what is left over from it, when the weights are not all 0
        Quantity[] whole = new Quantity[n], left = new Quantity[n];
        Quantity handedOut = ZERO;
        for (int i = 0; i < n; i++) {
            Quantity share = mul(rest, weights[i]);
            whole[i] = named(field(i, 3), providers.get(i).provider() + " whole weighted share", level,
                    new Quantity.IfAbove(w, ZERO, floor(div(share, w)), ZERO));
            left[i] = named(field(i, 4), providers.get(i).provider() + " remainder of its share", level,
                    new Quantity.IfAbove(w, ZERO, mod(share, w), ZERO));
            handedOut = add(handedOut, whole[i]);
        }
        Quantity spare = named("capacityProviders.spare", "Tasks left after the whole shares", level, sub(rest, handedOut));
        Quantity onFargate = null, onSpot = null;
        for (int i = 0; i < n; i++) {
            // its place among the remainders, largest first, ties to the provider listed first
            Quantity rank = ZERO;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                Quantity ahead = j < i ? new Quantity.IfAbove(left[i], left[j], ZERO, ONE)
                        : new Quantity.IfAbove(left[j], left[i], ONE, ZERO);
                rank = rank == ZERO ? ahead : add(rank, ahead);
            }
            Quantity extra = new Quantity.IfAbove(spare, rank, ONE, ZERO);
            // ECS needs a weight somewhere; with none, the tasks above the bases stay on the first provider
            Quantity weighted = new Quantity.IfAbove(w, ZERO, add(whole[i], extra), i == 0 ? rest : ZERO);
            Quantity mine = named(field(i, 5), "Tasks on " + providers.get(i).provider(), level, add(given[i], weighted));
            if (providers.get(i).isSpot()) onSpot = onSpot == null ? mine : add(onSpot, mine);
            else onFargate = onFargate == null ? mine : add(onFargate, mine);
        }
        return new Rules(onFargate == null ? ZERO : onFargate, onSpot);
    }

    private static Named named(String field, String label, int level, Quantity formula) {
        return level < 0 ? Named.of(field, label, "tasks", null, formula)
                : Named.of(field + "[" + (level + 1) + "]", label + " at load level " + (level + 1), "tasks", null, formula);
    }
}
