package dev.costbench.project;

import java.nio.file.Path;

/** The example designs shipped in the repository's examples/ folder. */
final class Examples {
    private Examples() {}

    static Path path(String fileName) {
        return Path.of(System.getProperty("costbench.project.dir", "."), "examples", fileName);
    }
}
