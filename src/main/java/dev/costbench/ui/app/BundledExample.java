package dev.costbench.ui.app;

import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example design shipped in the jar, which a new user sees priced on first start. */
public final class BundledExample {
    public static final String RESOURCE = "examples/web-shop.costbench.json";
    /** What the title calls it: it has no file of its own. */
    public static final String NAME = "Web shop (example)";

    private BundledExample() {}

    public static Project load() {
        try (InputStream in = BundledExample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + ": not found in the application's resources");
            return ProjectFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
