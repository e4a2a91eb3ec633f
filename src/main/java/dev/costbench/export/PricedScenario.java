package dev.costbench.export;

import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;

/** A scenario together with the engine's report on it: the inputs and the figures the export must reproduce. */
public record PricedScenario(Scenario scenario, CostReport report) {}
