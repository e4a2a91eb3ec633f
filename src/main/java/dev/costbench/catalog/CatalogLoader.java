package dev.costbench.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a price catalog folder (docs/pricing-data.md): the one shipped inside the application, or a
 * user's own folder. Any problem throws {@link CatalogException} naming the file, place and problem.
 */
public final class CatalogLoader {
    /** Classpath folder the build copies the repository's {@code pricing-data/} into. */
    static final String BUNDLED_FOLDER = "pricing-data";

    private static volatile PriceCatalog bundled;

    private CatalogLoader() {}

    /** The catalog shipped with Costbench; read once, then shared (it is immutable). Each region is read on first use. */
    public static PriceCatalog bundled() {
        PriceCatalog c = bundled;
        if (c == null) {
            synchronized (CatalogLoader.class) {
                c = bundled;
                if (c == null) bundled = c = new CatalogReader(classpathFolder()).readLazily();
            }
        }
        return c;
    }

    /** Reads the catalog in {@code dir} (the folder holding catalog.json). */
    public static PriceCatalog load(Path dir) {
        return new CatalogReader(new CatalogReader.Files() {
            @Override
            public InputStream open(String name) throws IOException {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (NoSuchFileException e) {
                    return null;
                }
            }

            @Override
            public String describe() { return dir.toString(); }
        }).read();
    }

    static CatalogReader.Files classpathFolder() {
        return new CatalogReader.Files() {
            @Override
            public InputStream open(String name) {
                return CatalogLoader.class.getResourceAsStream("/" + BUNDLED_FOLDER + "/" + name);
            }

            @Override
            public String describe() { return "the application's bundled " + BUNDLED_FOLDER + "/"; }
        };
    }
}
