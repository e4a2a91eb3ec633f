package dev.costbench.export.xlsx;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the streaming workbook writer keeps its scratch files: a folder of this process's own, readable by
 * this user only. POI's default, one {@code poifiles} folder in the shared temp folder, belongs to whoever
 * exported first on a machine, and every other user's export then fails.
 */
final class PrivateTempFolder {
    private static Path folder;

    private PrivateTempFolder() {}

    /** Points POI at this process's own folder, made on first use (owner-only where the system has permissions). */
    static synchronized void use() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            folder = Files.createTempDirectory("costbench-export-");
            folder.toFile().deleteOnExit();
        }
        // set each time: the strategy is global to the process, and a library may have set another since
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }
}
