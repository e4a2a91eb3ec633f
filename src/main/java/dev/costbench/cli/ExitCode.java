package dev.costbench.cli;

/** The command line's exit codes, which scripts and CI jobs test. */
public final class ExitCode {
    private ExitCode() {}

    public static final int OK = 0;
    /** {@code validate} found problems in the design. */
    public static final int PROBLEMS = 1;
    /** The design file or the command's arguments are wrong: nothing was priced. */
    public static final int BAD_INPUT = 2;
    /** The price catalog could not be read, or Costbench itself failed. */
    public static final int FAILURE = 3;
}
