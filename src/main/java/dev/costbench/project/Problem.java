package dev.costbench.project;

/**
 * Something wrong with a design, at a JSON path of its file (e.g. {@code $.scenarios[0].blocks[2].desired}).
 * An ERROR stops the design from being priced as written; a WARNING is worth reading but prices still come out.
 */
public record Problem(String path, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        severity = severity == null ? Severity.ERROR : severity;
    }

    public Problem(String path, String message) { this(path, message, Severity.ERROR); }

    public static Problem warning(String path, String message) { return new Problem(path, message, Severity.WARNING); }

    public boolean isError() { return severity == Severity.ERROR; }

    /** "$.scenarios[0].region: …" — the path first, so a reader finds the place before the reason. */
    public String describe() {
        return (path == null ? "" : path + ": ") + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
