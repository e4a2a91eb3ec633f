package dev.costbench.cli;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Project;
import dev.costbench.project.DesignValidator;
import dev.costbench.project.Problem;
import dev.costbench.project.ProjectFile;

import java.io.PrintWriter;
import java.nio.file.Path;

import java.util.List;

/** The catalog checks of the scenarios a command works on; problems of other scenarios do not stop it. */
final class DesignCheck {
    private DesignCheck() {}

    /** Reads the design a command works on; one a newer Costbench wrote is priced, with a word that it is. */
    static Project read(Path file, PrintWriter err) {
        Project project = ProjectFile.read(file);
        String warning = ProjectFile.newerVersionWarning(project, file.toString());
        if (warning != null) {
            err.println("costbench: " + warning);
            err.flush();
        }
        return project;
    }

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
