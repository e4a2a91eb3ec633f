package dev.costbench.cli;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Project;
import dev.costbench.project.DesignValidator;
import dev.costbench.project.Problem;

import java.util.List;

/** The catalog checks of the scenarios a command works on; problems of other scenarios do not stop it. */
final class DesignCheck {
    private DesignCheck() {}

    static List<Problem> problems(Project project, PriceCatalog catalog, List<Integer> scenarioIndices) {
        return new DesignValidator().validate(project, catalog).stream()
                .filter(p -> concerns(p.path(), scenarioIndices))
                .toList();
    }

    private static boolean concerns(String path, List<Integer> scenarioIndices) {
        if (path == null || !path.startsWith("$.scenarios[")) return true;
        for (int i : scenarioIndices) {
            String prefix = "$.scenarios[" + i + "]";
            if (path.equals(prefix) || path.startsWith(prefix + ".")) return true;
        }
        return false;
    }
}
