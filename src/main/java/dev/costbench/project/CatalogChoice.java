package dev.costbench.project;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;

import java.nio.file.Path;

/**
 * Which prices a run uses: the user's imported catalog in their data folder when there is one, else the
 * shipped catalog. Every command and the window ask here, so none of them can price with other rates.
 */
public record CatalogChoice(Path dataDir) {
    /** The choice for data folder {@code explicit} (from --data-dir), else the user's usual one. */
    public static CatalogChoice of(Path explicit) { return new CatalogChoice(UserDataFolder.resolve(explicit)); }

    /** The catalog to price with; an imported catalog that cannot be read is an error, never a silent fallback. */
    public PriceCatalog catalog() { return UserCatalog.load(dataDir); }

    /** True when the run prices with prices the user imported rather than the shipped ones. */
    public boolean usesImportedPrices() { return UserCatalog.exists(dataDir); }
}
