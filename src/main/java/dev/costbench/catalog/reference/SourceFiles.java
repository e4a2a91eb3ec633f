package dev.costbench.catalog.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a source table of pricing-data/sources/ by its name, whether it is kept plain or gzipped (the large ones). */
final class SourceFiles {
    /** The folder, inside the repository, the shipped catalog is built from. */
    static final String FOLDER = "pricing-data/sources";

    private SourceFiles() {}

    static InputStream open(Path dir, String name) throws IOException {
        Path plain = dir.resolve(name);
        if (Files.isRegularFile(plain)) return new BufferedInputStream(Files.newInputStream(plain));
        Path gz = dir.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(gz)), 1 << 16);
        throw new NoSuchFileException(plain + " (or " + gz.getFileName() + ")");
    }
}
