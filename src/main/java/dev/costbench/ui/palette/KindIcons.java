package dev.costbench.ui.palette;

import dev.costbench.model.BlockKind;
import dev.costbench.model.spec.BlockSpecs;
import javafx.scene.image.Image;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The block kinds' icons, rendered from icons/kinds/*.svg and shipped in the jar under icons/. */
public final class KindIcons {
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final Map<String, Image> CACHE = new HashMap<>();

    private KindIcons() {}

    /** The icon of a kind at one of {@link #SIZES}, or null if the jar has none (the label still names it). */
    public static Image of(BlockKind kind, int size) { return load(BlockSpecs.of(kind).iconResource(size)); }

    /** The application icon at every size, for the window and the taskbar. */
    public static List<Image> application() {
        return SIZES.stream().map(s -> load("/icons/app/costbench-" + s + ".png")).filter(i -> i != null).toList();
    }

    private static synchronized Image load(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = KindIcons.class.getResourceAsStream(p)) {
                return in == null ? null : new Image(in);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
