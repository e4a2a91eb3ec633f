package dev.costbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The user's own price catalog, {@code <data dir>/catalog/}, in the same format as the shipped
 * {@code pricing-data/}. Every command and the window load prices through here, so imported rates are
 * used everywhere; without a user catalog the shipped one is used.
 *
 * <p>A new catalog is written to {@code catalog.importing/} beside it, read back, and only then swapped in
 * with two renames, so a failed write leaves the old catalog untouched. Between the renames the old
 * catalog is {@code catalog.previous/}, which {@link #load} falls back to.
 */
public final class UserCatalog {
    static final String FOLDER = "catalog";
    static final String WRITING = "catalog.importing";
    static final String PREVIOUS = "catalog.previous";

    private UserCatalog() {}

    /** The user catalog's folder under {@code dataDir} (it may not exist yet). */
    public static Path folder(Path dataDir) { return dataDir.resolve(FOLDER); }

    /** True when {@code dataDir} holds a user catalog. */
    public static boolean exists(Path dataDir) { return isCatalog(folder(dataDir)) || isCatalog(dataDir.resolve(PREVIOUS)); }

    /** The user catalog if {@code dataDir} has one, else the shipped catalog. */
    public static PriceCatalog load(Path dataDir) {
        if (isCatalog(folder(dataDir))) return CatalogLoader.load(folder(dataDir));
        if (isCatalog(dataDir.resolve(PREVIOUS))) return CatalogLoader.load(dataDir.resolve(PREVIOUS));
        return CatalogLoader.bundled();
    }

    /** Makes {@code catalog} the user catalog of {@code dataDir}, all at once or not at all. */
    public static void replace(Path dataDir, PriceCatalog catalog) throws IOException {
        Files.createDirectories(dataDir);
        Path target = folder(dataDir);
        Path writing = dataDir.resolve(WRITING);
        Path previous = dataDir.resolve(PREVIOUS);
        deleteTree(writing); // left by a write that was killed
        try {
            CatalogWriter.write(catalog, writing);
            CatalogLoader.load(writing); // what is swapped in must read back
        } catch (IOException | RuntimeException e) {
            deleteTree(writing);
            throw e;
        }
        if (isCatalog(target)) {
            deleteTree(previous);
            move(target, previous);
        }
        try {
            move(writing, target);
        } catch (IOException e) {
            if (isCatalog(previous) && !Files.exists(target)) move(previous, target);
            deleteTree(writing);
            throw e;
        }
        deleteTree(previous);
    }

    private static boolean isCatalog(Path dir) { return Files.isRegularFile(dir.resolve(CatalogFormat.CATALOG_FILE)); }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
