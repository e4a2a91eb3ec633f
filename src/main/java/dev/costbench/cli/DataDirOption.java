package dev.costbench.cli;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.project.CatalogChoice;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data-dir}, which every command accepts: where the user's own catalogs and files live. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for your own price catalogs and files (default: $COSTBENCH_HOME, else the platform's "
                    + "application data folder).")
    Path dataDir;

    public Path folder() { return choice().dataDir(); }

    /** Which prices this run uses (the imported catalog in the data folder, if any). */
    public CatalogChoice choice() { return CatalogChoice.of(dataDir); }

    public PriceCatalog catalog() { return choice().catalog(); }
}
