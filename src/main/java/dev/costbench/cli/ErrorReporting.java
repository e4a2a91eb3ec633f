package dev.costbench.cli;

import dev.costbench.model.ShownText;
import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.importer.PriceImportException;
import dev.costbench.project.ProjectFileException;
import picocli.CommandLine;

/**
 * Turns failures into one line on standard error, {@code costbench: <file>: <path>: <problem>}, and an exit
 * code; users never see a stack trace.
 */
public final class ErrorReporting {
    private ErrorReporting() {}

    public static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            int code;
            String message;
            if (e instanceof ProjectFileException || e instanceof BadInputException || e instanceof PriceImportException) {
                code = ExitCode.BAD_INPUT;
                message = e.getMessage();
            } else if (e instanceof CatalogException) {
                code = ExitCode.FAILURE;
                message = "the price catalog cannot be read: " + e.getMessage();
            } else {
                code = ExitCode.FAILURE;
                // the user's words only: a class name means nothing to them, the command they ran does
                message = "unexpected failure" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                        + "; please report it with the command you ran";
            }
            commandLine.getErr().println("costbench: " + ShownText.of(message));
            commandLine.getErr().flush();
            return code;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("costbench: " + ShownText.of(e.getMessage()));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            cmd.getErr().flush();
            return ExitCode.BAD_INPUT;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
