package dev.costbench.export;

import dev.costbench.catalog.PriceCatalog;

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
}
