package dev.costbench.project.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 1 → 2: scenarios gain a {@code description}. Version 1 ignored unknown scenario fields, so a
 * version-1 file may already hold a {@code description} of any JSON type; version 2 reads it as text.
 * Text stays as it is, null is dropped, and any other value (a list, a number, an object) becomes its JSON
 * text, so a file that opened in version 1 still opens and nothing written in it is lost.
 */
final class ScenarioDescriptions implements Migration {
    static final String FIELD = "description";

    @Override
    public int from() { return 1; }

    @Override
    public String summary() { return "scenarios gain a description"; }

    @Override
    public void upgrade(ObjectNode root) {
        JsonNode scenarios = root.get("scenarios");
        if (scenarios == null || !scenarios.isArray()) return;
        for (JsonNode s : scenarios) {
            if (!(s instanceof ObjectNode scenario) || !scenario.has(FIELD)) continue;
            JsonNode d = scenario.get(FIELD);
            if (d.isNull()) scenario.remove(FIELD);
            else if (!d.isTextual()) scenario.put(FIELD, d.toString());
        }
    }
}
