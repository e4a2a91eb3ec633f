package dev.costbench.cli;

import dev.costbench.project.UserDataFolder;
import dev.costbench.session.Session;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data-dir}, which every command accepts: where the user's own catalogs and files live. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for your own price catalogs and files (default: $COSTBENCH_HOME, else the platform's "
                    + "application data folder).")
    Path dataDir;

    public Path folder() { return UserDataFolder.resolve(dataDir); }

    /** The run's session: the prices of this data folder (the imported catalog, if any) and the engine over them. */
    public Session session() { return Session.open(dataDir); }
}
