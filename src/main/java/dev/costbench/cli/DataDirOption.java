package dev.costbench.cli;

import dev.costbench.project.UserDataFolder;
import dev.costbench.session.Session;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * {@code --data-dir}, which every command accepts: where the user's own catalogs and files live. Given before the
 * command's name ({@code costbench --data-dir DIR price …}, as the window takes it) it holds for the command too.
 */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for your own price catalogs and files (default: $COSTBENCH_HOME, else the platform's "
                    + "application data folder).")
    Path dataDir;

    /** The command this option is part of, whose parents may have been given the folder. */
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    public Path folder() { return UserDataFolder.resolve(given()); }

    /** The run's session: the prices of this data folder (the imported catalog, if any) and the engine over them. */
    public Session session() { return Session.open(given()); }

    /** The folder given to the command, else to the command it is under (the nearest), else null. */
    private Path given() {
        if (dataDir != null) return dataDir;
        for (CommandSpec c = command == null ? null : command.parent(); c != null; c = c.parent()) {
            OptionSpec o = c.findOption("--data-dir");
            if (o != null && o.getValue() instanceof Path p) return p;
        }
        return null;
    }
}
