package dev.costbench.cli;

import dev.costbench.project.UserDataFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data-dir}, which every command accepts: where the user's own catalogs and files live. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for your own price catalogs and files (default: $COSTBENCH_HOME, else the platform's "
                    + "application data folder).")
    Path dataDir;

    public Path folder() { return UserDataFolder.resolve(dataDir); }
}
