package dev.costbench.ui.app;

import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An example design shipped in the jar. The web shop is the one a new user sees priced on first start; the others
 * are a File → Examples choice away, so a workshop can start from the design closest to the room's.
 */
public record BundledExample(String resource, String name, String menuText) {
    public static final BundledExample WEB_SHOP = new BundledExample("examples/web-shop.costbench.json",
            "Web shop (example)", "Web Shop (the six original kinds)");
    public static final BundledExample CONTAINER_PLATFORM = new BundledExample("examples/container-platform.costbench.json",
            "Container platform (example)", "Container Platform (App Runner, ECR, EC2 instances)");
    public static final BundledExample DATA_PLATFORM = new BundledExample("examples/data-platform.costbench.json",
            "Data platform (example)", "Data Platform (NLB, workers, Batch, Lambda)");
    public static final BundledExample LICENSED_WORKLOADS = new BundledExample("examples/licensed-workloads.costbench.json",
            "Licensed workloads (example)", "Licensed Workloads (Dedicated Instances)");
    /** Every shipped example, in the order the menu lists them. */
    public static final List<BundledExample> ALL = List.of(WEB_SHOP, CONTAINER_PLATFORM, DATA_PLATFORM, LICENSED_WORKLOADS);

    public static final String RESOURCE = WEB_SHOP.resource;
    /** What the title calls it: it has no file of its own. */
    public static final String NAME = WEB_SHOP.name;

    /** The first-start example. */
    public static Project load() { return WEB_SHOP.read(); }

    public Project read() {
        try (InputStream in = BundledExample.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + ": not found in the application's resources");
            return ProjectFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
