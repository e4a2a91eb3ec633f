package dev.costbench.project.importer;

import java.util.HashSet;
import java.util.Set;

/** Block and frame ids made from the source's own names (a resource address, a shape label), unique in the design. */
public final class BlockIds {
    private static final int MAX = 60;
    private final Set<String> used = new HashSet<>();

    public String next(String source) {
        String base = source.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX) base = base.substring(base.length() - MAX).replaceAll("^-+", "");
        if (base.isEmpty()) base = "block";
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }
}
