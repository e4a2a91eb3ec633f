package dev.costbench.project;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder unwritable for the duration of a test: by permissions, or, when the test runs as root
 * (which ignores permissions), by Linux's immutable attribute. Skips the test where neither works.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws Exception {
        folder.toFile().setWritable(false, false);
        if (!Files.isWritable(folder)) return new ReadOnlyFolder(folder, false);
        folder.toFile().setWritable(true, false);
        boolean locked = run("chattr", "+i", folder.toString());
        Assumptions.assumeTrue(locked, "cannot make a folder read-only here (root without chattr)");
        return new ReadOnlyFolder(folder, true);
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (immutable) run("chattr", "-i", folder.toString());
        else folder.toFile().setWritable(true, false);
    }
}
