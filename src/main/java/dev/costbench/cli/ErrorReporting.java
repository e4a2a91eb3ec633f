package dev.costbench.cli;

import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.importer.PriceImportException;
import dev.costbench.model.ShownText;
import dev.costbench.project.ProjectFileException;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

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
            String dashFile = dashFile(args);
            if (dashFile != null)
                cmd.getErr().println("To name the file " + ShownText.of(dashFile) + ", write ./" + ShownText.of(dashFile) + " or put -- before it.");
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            cmd.getErr().flush();
            return ExitCode.BAD_INPUT;
        });
        // a file name the system cannot take (bytes its character set has no letter for): said, without a class name
        cl.registerConverter(Path.class, text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + ShownText.of(text) + "' is not a file name this system can use ("
                        + e.getReason() + "; is the terminal's language set to UTF-8?)");
            }
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** An argument that starts with a single - and names an existing file (it reads as an option), or null. */
    private static String dashFile(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.startsWith("--")) continue;
            try {
                if (Files.isRegularFile(Path.of(arg))) return arg;
            } catch (InvalidPathException e) {
                // not a file name at all
            }
        }
        return null;
    }
}
