package dev.costbench.workshop;

import dev.costbench.model.Scenario;

/**
 * A scenario as a workshop keeps it: the design, and optionally a Savings Plan commitment applied to its total.
 * The design file has no place for a commitment, so the workshop keeps it beside the scenario.
 */
public record CommittedScenario(Scenario scenario, SavingsPlanCommitment commitment) {

    public static CommittedScenario of(Scenario scenario) { return new CommittedScenario(scenario, null); }

    public String name() { return scenario.name(); }

    public boolean committed() { return commitment != null; }
}
