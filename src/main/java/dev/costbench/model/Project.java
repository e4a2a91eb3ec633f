package dev.costbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A design file: a name and one or more scenarios. {@code extensions} holds top-level fields this
 * version does not know, so that saving a file written by a newer tool does not drop them.
 * {@code schemaVersion} is the version the design was read as: {@link #CURRENT_SCHEMA}, or a newer file's
 * own version, which marks the design as read from a newer Costbench.
 */
public record Project(int schemaVersion, String name, List<Scenario> scenarios, Map<String, Object> extensions) {
    public static final int CURRENT_SCHEMA = 2;

    public Project {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Project(String name, List<Scenario> scenarios) { this(CURRENT_SCHEMA, name, scenarios, Map.of()); }

    public Project withName(String v) { return new Project(schemaVersion, v, scenarios, extensions); }
    public Project withScenarios(List<Scenario> v) { return new Project(schemaVersion, name, v, extensions); }

    public Project withScenario(int index, Scenario s) {
        List<Scenario> next = new ArrayList<>(scenarios);
        next.set(index, s);
        return withScenarios(next);
    }

    public Scenario scenario(String scenarioName) {
        return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst().orElse(null);
    }
}
