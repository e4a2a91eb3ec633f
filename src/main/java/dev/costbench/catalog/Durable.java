package dev.costbench.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Forces files and folders to disk, so a power cut after a rename cannot leave a named but empty file. */
final class Durable {
    private Durable() {}

    /** Every file under {@code dir}, then every folder deepest first (a folder holds its files' names). */
    static void forceTree(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> paths = Files.walk(dir)) {
            all = paths.toList();
        }
        for (Path p : all) if (Files.isRegularFile(p)) forceFile(p);
        for (int i = all.size() - 1; i >= 0; i--) if (Files.isDirectory(all.get(i))) forceFolder(all.get(i));
    }

    static void forceFile(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            c.force(true);
        }
    }

    /** Where the platform allows syncing a folder (not on Windows); elsewhere its durability is the system's. */
    static void forceFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the folder's entries are written; only their durability across a power cut is left to the OS
        }
    }
}
