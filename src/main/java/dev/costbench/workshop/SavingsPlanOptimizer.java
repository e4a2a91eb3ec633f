package dev.costbench.workshop;

import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes Compute and EC2 Instance Savings Plans for a scenario's {@link HourlyUsage}. The commitment is an
 * effective hourly amount: each term and payment has its own plan rates in the catalog (all upfront lowest), so
 * the same dollars cover more usage when prepaid; the prepayment itself is the commitment × the term's hours (see
 * {@link SavingsPlanSizing#upfront()}). Usage without a plan rate in the catalog is not coverable by that plan.
 * <p>
 * {@link #optimize(SavingsPlanKey)} finds the exact optimum (see {@link PlanScope}); {@link #evaluate} gives the
 * same figures for a hand-set commitment. Immutable and cheap: a scope is built per call from the usage.
 */
public final class SavingsPlanOptimizer {
    /** The twelve plans in report order: Compute then EC2 Instance, 1 year then 3 years, no/partial/all upfront. */
    public static final List<SavingsPlanKey> PLANS = plans();

    private final HourlyUsage usage;

    public SavingsPlanOptimizer(HourlyUsage usage) { this.usage = usage; }

    public HourlyUsage usage() { return usage; }

    /** The cost-minimizing commitment for {@code plan} (for EC2 Instance plans, one per family, added up). */
    public SavingsPlanSizing optimize(SavingsPlanKey plan) {
        List<SavingsPlanSizing.Scope> scopes = new ArrayList<>();
        for (PlanScope scope : scopes(plan).values()) {
            PlanScope.Optimum best = scope.optimize();
            scopes.add(new SavingsPlanSizing.Scope(scope.name(), scope.evaluate(best.commitment()),
                    scope.evaluate(SavingsPlanSizing.round(best.commitment())), best.curve().points(), best.curve().optimumIndex()));
        }
        return combine(plan, scopes);
    }

    /** Every plan type, term and payment, in {@link #PLANS} order. */
    public List<SavingsPlanSizing> optimizeAll() {
        List<SavingsPlanSizing> out = new ArrayList<>(PLANS.size());
        for (SavingsPlanKey k : PLANS) out.add(optimize(k));
        return out;
    }

    /**
     * The figures of a hand-set commitment ($/hour). For an EC2 Instance plan the usage must be of one family; with
     * several, use {@link #evaluate(SavingsPlanKey, String, BigDecimal)}.
     */
    public SavingsPlanSizing evaluate(SavingsPlanKey plan, BigDecimal commitmentPerHour) {
        Map<String, PlanScope> scopes = scopes(plan);
        if (scopes.size() > 1)
            throw new IllegalArgumentException("an EC2 Instance Savings Plan covers one instance family; this scenario has "
                    + String.join(", ", scopes.keySet()) + ": name the family");
        String name = scopes.isEmpty() ? null : scopes.keySet().iterator().next();
        return evaluate(plan, name, commitmentPerHour);
    }

    /** The figures of a hand-set commitment ($/hour) on one scope: {@code compute}, or an EC2 instance family. */
    public SavingsPlanSizing evaluate(SavingsPlanKey plan, String scope, BigDecimal commitmentPerHour) {
        if (commitmentPerHour == null || commitmentPerHour.signum() < 0)
            throw new IllegalArgumentException("a commitment is $0 an hour or more, not " + commitmentPerHour);
        PlanScope s = scope == null ? null : scopes(plan).get(scope);
        if (s == null && scope != null)
            throw new IllegalArgumentException("no usage in this scenario that " + plan.key() + " could cover in scope " + scope);
        if (s == null) {  // nothing coverable: the commitment is simply paid
            BigDecimal paid = Optimization.monthOf(commitmentPerHour.multiply(Optimization.WEEK_HOURS));
            PlanFigures f = new PlanFigures(commitmentPerHour, paid, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
            return new SavingsPlanSizing(plan, List.of(), f, f);
        }
        PlanFigures f = s.evaluate(commitmentPerHour);
        PlanFigures r = s.evaluate(SavingsPlanSizing.round(commitmentPerHour));
        return combine(plan, List.of(new SavingsPlanSizing.Scope(s.name(), f, r, List.of(), -1)));
    }

    private static SavingsPlanSizing combine(SavingsPlanKey plan, List<SavingsPlanSizing.Scope> scopes) {
        PlanFigures exact = null, rounded = null;
        for (SavingsPlanSizing.Scope s : scopes) {
            exact = exact == null ? s.exact() : exact.plus(s.exact());
            rounded = rounded == null ? s.rounded() : rounded.plus(s.rounded());
        }
        if (exact == null) exact = rounded = PlanFigures.none();
        return new SavingsPlanSizing(plan, scopes, exact, rounded);
    }

    /** The plan's scopes over the usage it covers: one for a Compute plan, one per family for an EC2 Instance plan. */
    private Map<String, PlanScope> scopes(SavingsPlanKey plan) {
        Map<String, List<PlanUsage>> groups = plan.type() == SavingsPlanType.COMPUTE ? new LinkedHashMap<>() : new TreeMap<>();
        for (PlanUsage u : usage.usages()) {
            if (!u.eligibleFor(plan.type()) || u.planRate(plan) == null) continue;
            String scope = plan.type() == SavingsPlanType.COMPUTE ? "compute" : u.family();
            groups.computeIfAbsent(scope, k -> new ArrayList<>()).add(u);
        }
        Map<String, PlanScope> out = new LinkedHashMap<>();
        groups.forEach((name, list) -> out.put(name, new PlanScope(name,
                list.stream().map(PlanUsage::onDemandRate).toList(),
                list.stream().map(u -> u.planRate(plan)).toList(),
                list.stream().map(PlanUsage::unitsPerHour).toList())));
        return out;
    }

    private static List<SavingsPlanKey> plans() {
        List<SavingsPlanKey> out = new ArrayList<>();
        for (SavingsPlanType t : SavingsPlanType.values())
            for (Term term : Term.values())
                for (Payment p : Payment.values()) out.add(new SavingsPlanKey(t, term, p));
        return List.copyOf(out);
    }
}
