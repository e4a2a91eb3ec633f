package dev.costbench.project;

import java.util.List;

/**
 * A design file that cannot be read. The message is {@code <file>: <json path>: <problem>} for the first
 * problem found (file-level problems such as "file not found" have no JSON path); {@link #problems()} holds
 * every problem found in the file, for {@code costbench validate}.
 */
public class ProjectFileException extends RuntimeException {
    private final String file;
    private final List<Problem> problems;

    public ProjectFileException(String file, List<Problem> problems) {
        super(format(file, problems.getFirst()));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public ProjectFileException(String file, String path, String problem) {
        this(file, List.of(new Problem(path, problem)));
    }

    /** The file as the user named it. */
    public String file() { return file; }

    /** The JSON path of the first problem, or null for a problem with the file as a whole. */
    public String path() { return problems.getFirst().path(); }

    /** The first problem without file and path. */
    public String problem() { return problems.getFirst().message(); }

    public List<Problem> problems() { return problems; }

    static String format(String file, Problem p) {
        return file + ": " + p.describe();
    }
}
