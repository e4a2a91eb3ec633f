package dev.costbench.workshop;

import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.pricing.PricingEngine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two to four scenarios side by side. Blocks are matched to the first scenario's by id, then (for blocks whose id
 * is not there) by name. Each row has the block's monthly cost under each scenario's chosen options and the
 * difference from the first scenario, and flags the block in each later scenario as the same, changed (any field
 * differs, the position on the canvas aside), added or removed. A scenario with a Savings Plan commitment adds a
 * row for the commitment's effect, so each column adds up to its total. A block whose price is missing adds nothing to
 * its scenario's total and is counted in {@code missing}, so a total is shown as the priced part and what it lacks
 * ("$6,727.68 + 1 missing"), never as if complete.
 */
public record ScenarioComparison(List<String> scenarios, List<Row> rows, List<BigDecimal> totals,
                                 List<BigDecimal> differences, List<Integer> missing) {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /**
     * One block across the scenarios. {@code costs.get(i)} is its monthly cost in scenario i (null when absent or
     * unpriced), {@code differences.get(i)} that cost − the first scenario's (a missing side counts as 0; null in the
     * first column), {@code changes.get(i)} how it differs from the first scenario's block (SAME in the first column).
     * {@code kind} is null on the commitment row.
     */
    public record Row(String blockId, String name, BlockKind kind, List<BigDecimal> costs, List<BigDecimal> differences,
                      List<Change> changes) {}

    public static final String COMMITMENT_ROW = "savings-plan-commitment";

    public static ScenarioComparison of(List<CommittedScenario> scenarios, PricingEngine engine) {
        if (scenarios.size() < 2 || scenarios.size() > 4)
            throw new IllegalArgumentException("a comparison has two to four scenarios, not " + scenarios.size());
        int n = scenarios.size();
        List<CommitmentPricing> priced = new ArrayList<>(n);
        for (CommittedScenario s : scenarios) priced.add(CommitmentPricing.of(s, engine));

        // row key → block per scenario; the first scenario's blocks set the keys, later ones match by id then name
        Map<String, Block[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Scenario s = scenarios.get(i).scenario();
            Map<String, String> keyByName = new HashMap<>();
            for (Map.Entry<String, Block[]> e : rows.entrySet()) {
                Block any = first(e.getValue());
                if (any != null) keyByName.putIfAbsent(any.name(), e.getKey());
            }
            Set<String> taken = new HashSet<>();
            for (Block b : s.blocks()) {
                String key = rows.containsKey(b.id()) && rows.get(b.id())[i] == null ? b.id() : null;
                if (key == null) {
                    String byName = keyByName.get(b.name());
                    if (byName != null && rows.get(byName)[i] == null && !taken.contains(byName)) key = byName;
                }
                if (key == null) key = rows.containsKey(b.id()) ? b.id() + "#" + (i + 1) : b.id();
                rows.computeIfAbsent(key, k -> new Block[n])[i] = b;
                taken.add(key);
            }
        }

        List<Row> out = new ArrayList<>();
        BigDecimal[] totals = new BigDecimal[n];
        Integer[] missing = new Integer[n];
        for (int i = 0; i < n; i++) {
            totals[i] = BigDecimal.ZERO;
            missing[i] = 0;
        }
        for (Map.Entry<String, Block[]> e : rows.entrySet()) {
            Block[] bs = e.getValue();
            Block any = first(bs);
            List<BigDecimal> costs = new ArrayList<>(n);
            List<Change> changes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BigDecimal c = bs[i] == null ? null : priced.get(i).blockMonthly().get(bs[i].id());
                costs.add(c);
                if (c != null) totals[i] = totals[i].add(c);
                else if (bs[i] != null) missing[i]++;
                changes.add(i == 0 ? Change.SAME : change(bs[0], bs[i]));
            }
            out.add(new Row(e.getKey(), any.name(), any.kind(), costs, differences(costs), changes));
        }
        boolean anyCommitment = priced.stream().anyMatch(p -> p.sizing() != null);
        if (anyCommitment) {
            List<BigDecimal> costs = new ArrayList<>(n);
            List<Change> changes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BigDecimal effect = priced.get(i).sizing() == null ? null : priced.get(i).commitmentEffect();
                costs.add(effect);
                if (effect != null) totals[i] = totals[i].add(effect);
                boolean had0 = scenarios.get(0).committed(), hasI = scenarios.get(i).committed();
                changes.add(i == 0 ? Change.SAME : had0 && !hasI ? Change.REMOVED : !had0 && hasI ? Change.ADDED
                        : had0 && !scenarios.get(0).commitment().equals(scenarios.get(i).commitment()) ? Change.CHANGED : Change.SAME);
            }
            String label = "Savings Plan commitment";
            for (CommittedScenario s : scenarios) if (s.committed()) { label = label + " (" + s.commitment().label() + ")"; break; }
            out.add(new Row(COMMITMENT_ROW, label, null, costs, differences(costs), changes));
        }
        List<BigDecimal> totalList = List.of(totals);
        List<String> names = scenarios.stream().map(CommittedScenario::name).toList();
        return new ScenarioComparison(names, out, totalList, differences(totalList), List.of(missing));
    }

    /** Scenario {@code i}'s total as shown: "$1,234.56", or "$1,234.56 + 3 missing" when blocks lack a price. */
    public String totalText(int i) { return OptionTotal.text(totals.get(i), missing.get(i)); }

    /**
     * Scenario {@code i}'s total − the first's as shown: "+$12.00", "-$897.72", "$0.00"; with prices missing it is of
     * the priced blocks only, and says so.
     */
    public String differenceText(int i) { return signed(differences.get(i)) + (complete() ? "" : " on the priced blocks"); }

    /** "+$12.00", "-$897.72", "$0.00"; empty for none. */
    public static String signed(BigDecimal v) {
        if (v == null) return "";
        return (v.signum() > 0 ? "+" : "") + dev.costbench.pricing.Money.format(v);
    }

    /** Whether every block of every scenario compared has its price, so the totals and their differences are whole. */
    public boolean complete() { return missing.stream().allMatch(m -> m == 0); }

    /** Convenience for plain scenarios without commitments. */
    public static ScenarioComparison ofScenarios(List<Scenario> scenarios, PricingEngine engine) {
        return of(scenarios.stream().map(CommittedScenario::of).toList(), engine);
    }

    /** Rows whose block is added, removed or changed in any later scenario. */
    public List<Row> changedRows() {
        return rows.stream().filter(r -> r.changes().stream().anyMatch(c -> c != Change.SAME)).toList();
    }

    private static List<BigDecimal> differences(List<BigDecimal> costs) {
        List<BigDecimal> out = new ArrayList<>(costs.size());
        BigDecimal base = costs.get(0) == null ? BigDecimal.ZERO : costs.get(0);
        out.add(null);
        for (int i = 1; i < costs.size(); i++) out.add((costs.get(i) == null ? BigDecimal.ZERO : costs.get(i)).subtract(base));
        return out;
    }

    private static Change change(Block base, Block other) {
        if (base == null) return other == null ? Change.SAME : Change.ADDED;
        if (other == null) return Change.REMOVED;
        if (base == other) return Change.SAME;
        // a block moved on the canvas is the same block; one in its place is compared as it is, without two copies
        boolean samePlace = Double.compare(base.x(), other.x()) == 0 && Double.compare(base.y(), other.y()) == 0;
        return (samePlace ? base.equals(other) : base.withPosition(0, 0).equals(other.withPosition(0, 0))) ? Change.SAME : Change.CHANGED;
    }

    private static Block first(Block[] bs) {
        for (Block b : bs) if (b != null) return b;
        return null;
    }
}
