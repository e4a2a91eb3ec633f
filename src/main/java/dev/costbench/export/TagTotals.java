package dev.costbench.export;

import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GroupTotal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scenario's cost by the values of one tag key: each value's blocks and their totals (chosen options and each
 * purchase option, by the engine's own totalling rule), then the blocks without the key. The one grouping that
 * {@code costbench price --by-tag} prints and the workbook's By tag sheet caches. Values are compared exactly (tags are
 * case-sensitive, as in AWS) and listed in text order; the groups add up to the scenario's totals.
 */
public record TagTotals(String scenario, String key, List<Group> groups) {
    /** How a block without the key, and a key with an empty value, are shown (neither text can be a tag value). */
    public static final String UNTAGGED = "(untagged)", EMPTY_VALUE = "(empty)";

    /** One tag value's blocks ({@code value} null for the blocks without the key) and their totals. */
    public record Group(String value, List<BlockCost> blocks, GroupTotal totals) {
        public boolean untagged() { return value == null; }

        /** The value as every output shows it: the value, "(empty)" or "(untagged)". */
        public String label() { return TagTotals.label(value); }
    }

    public static String label(String value) { return value == null ? UNTAGGED : value.isEmpty() ? EMPTY_VALUE : value; }

    public static TagTotals of(PricedScenario priced, String key) { return of(priced.scenario(), priced.report(), key); }

    public static TagTotals of(Scenario scenario, CostReport report, String key) {
        Map<String, List<BlockCost>> byValue = new TreeMap<>();
        List<BlockCost> untagged = new ArrayList<>();
        for (BlockCost cost : report.blocks()) {
            String value = scenario.block(cost.blockId()).map(b -> b.tags().get(key)).orElse(null);
            if (value == null) untagged.add(cost);
            else byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(cost);
        }
        List<Group> groups = new ArrayList<>();
        byValue.forEach((v, blocks) -> groups.add(new Group(v, List.copyOf(blocks), GroupTotal.of(blocks))));
        if (!untagged.isEmpty()) groups.add(new Group(null, List.copyOf(untagged), GroupTotal.of(untagged)));
        return new TagTotals(scenario.name(), key, List.copyOf(groups));
    }

    /** The tag keys the scenarios' blocks use, in the order they first appear. */
    public static List<String> keys(List<Scenario> scenarios) {
        Set<String> out = new LinkedHashSet<>();
        for (Scenario s : scenarios) for (Block b : s.blocks()) out.addAll(b.tags().entries().keySet());
        return List.copyOf(out);
    }

    /** The CSV column of a tag key, e.g. {@code tag:environment}: one column per key, for a pivot table. */
    public static String column(String key) { return "tag:" + key; }
}
