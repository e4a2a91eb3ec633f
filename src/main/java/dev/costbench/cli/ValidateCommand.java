package dev.costbench.cli;

import dev.costbench.model.Project;
import dev.costbench.project.Problem;
import dev.costbench.project.ProjectFileException;
import dev.costbench.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code costbench validate FILE}: every problem of a design, each with its JSON path. Exit 1 when there is
 * an error, else "OK" (warnings, such as a region without prices, are listed but do not fail the check).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Lists every problem of a design file with its JSON path; exit code 1 if there is any.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.costbench.json).")
    Path file;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Session session = dataDir.session();
        Project project;
        try {
            project = DesignCheck.read(session, file, spec.commandLine().getErr());
        } catch (ProjectFileException e) {
            // a file that cannot be opened at all has nothing to validate: that is bad input, not a finding
            if (e.path() == null) throw e;
            print(out, e.problems());
            return ExitCode.PROBLEMS;
        }
        List<Integer> all = IntStream.range(0, project.scenarios().size()).boxed().toList();
        List<Problem> problems = session.problems(project, all);
        print(out, problems);
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors == 0) {
            int warnings = problems.size();
            out.println(warnings == 0 ? "OK" : "OK (" + warnings + (warnings == 1 ? " warning)" : " warnings)"));
        }
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
    }

    private void print(PrintWriter out, List<Problem> problems) {
        for (Problem p : problems) out.println(file + ": " + p.describe());
        out.flush();
    }
}
