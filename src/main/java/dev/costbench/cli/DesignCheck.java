package dev.costbench.cli;

import dev.costbench.model.Project;
import dev.costbench.project.Problem;
import dev.costbench.session.Session;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How a command reports what the session found in a design: warnings on the error stream, an error stops it. */
final class DesignCheck {
    private DesignCheck() {}

    /** Reads the design a command works on; one a newer Costbench wrote is priced, with a word that it is. */
    static Project read(Session session, Path file, PrintWriter err) {
        Session.OpenedDesign opened = session.read(file);
        if (opened.newerVersionWarning() != null) {
            err.println("costbench: " + opened.newerVersionWarning());
            err.flush();
        }
        return opened.project();
    }

    /** Stops at the first error of the scenarios the command works on; prints their warnings and goes on. */
    static void stopOnErrors(Session session, Project project, Path file, List<Integer> scenarioIndices, PrintWriter err) {
        for (Problem p : session.problems(project, scenarioIndices)) {
            if (p.isError()) throw new BadInputException(file + ": " + p.describe());
            err.println("costbench: " + file + ": " + p.describe());
        }
        err.flush();
    }
}
