package dev.costbench.project.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Every migration step in order, one per schema version. Opening a file of version n runs the steps from n
 * up to the version this Costbench writes, so each step only ever knows about two neighbouring versions.
 */
public final class MigrationChain {
    /** Step i upgrades version i + 1; a test holds the chain to the current schema version. */
    public static final List<Migration> STEPS = List.of(new ScenarioDescriptions());

    private MigrationChain() {}

    /** The version the chain ends at: the one this Costbench reads and writes. */
    public static int latest() { return STEPS.size() + 1; }

    /** Upgrades {@code root} from {@code version} to {@link #latest()} in place; returns the steps it ran. */
    public static List<Migration> upgrade(ObjectNode root, int version) {
        List<Migration> ran = new ArrayList<>();
        for (Migration step : STEPS) {
            if (step.from() < version) continue;
            step.upgrade(root);
            root.put("schemaVersion", step.from() + 1);
            ran.add(step);
        }
        return ran;
    }
}
