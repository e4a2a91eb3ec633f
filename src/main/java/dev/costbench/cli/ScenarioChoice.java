package dev.costbench.cli;

import dev.costbench.model.Project;
import dev.costbench.model.Scenario;

import java.nio.file.Path;
import java.util.List;

/** The scenario a command's {@code --scenario NAME} names, or bad input listing the ones the design has. */
final class ScenarioChoice {
    private ScenarioChoice() {}

    static int index(Project project, String name, Path file) {
        List<Scenario> all = project.scenarios();
        for (int i = 0; i < all.size(); i++) if (all.get(i).name().equals(name)) return i;
        throw new BadInputException(file + ": no scenario named \"" + name + "\" (the design has: "
                + String.join(", ", all.stream().map(Scenario::name).toList()) + ")");
    }
}
