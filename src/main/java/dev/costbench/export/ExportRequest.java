package dev.costbench.export;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * What to export: the design's name (the workbook's title), the catalog the figures were priced from
 * (for the Sources sheet and "prices as of"), and one or more priced scenarios in the project's order.
 */
public record ExportRequest(String title, PriceCatalog catalog, List<PricedScenario> scenarios) {
    public ExportRequest {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) throw new IllegalArgumentException("nothing to export: the design has no scenario");
    }

    /**
     * Prices the project's scenarios with {@code engine}: all of them, or only {@code scenarioName} when given.
     *
     * @throws IllegalArgumentException naming the scenarios the design has when {@code scenarioName} is not one
     */
    public static ExportRequest of(Project project, PricingEngine engine, String scenarioName) {
        List<Scenario> chosen = new ArrayList<>();
        for (Scenario s : project.scenarios()) if (scenarioName == null || s.name().equals(scenarioName)) chosen.add(s);
        if (chosen.isEmpty()) {
            List<String> names = project.scenarios().stream().map(s -> "'" + s.name() + "'").toList();
            throw new IllegalArgumentException(scenarioName == null ? "the design has no scenario"
                    : "the design has no scenario '" + scenarioName + "'; it has " + String.join(", ", names));
        }
        List<PricedScenario> priced = new ArrayList<>(chosen.size());
        for (Scenario s : chosen) priced.add(new PricedScenario(s, engine.price(s)));
        return new ExportRequest(project.name(), engine.catalog(), priced);
    }
}
