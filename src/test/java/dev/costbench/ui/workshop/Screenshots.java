package dev.costbench.ui.workshop;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders a workshop view into docs/screenshots for the documentation. */
final class Screenshots {
    private Screenshots() {}

    static Path save(FxRobot robot, Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        return save(image[0], name);
    }

    /** An image taken on the UI thread at a chosen moment (a state that lasts less than a frame). */
    static Path save(WritableImage image, String name) throws Exception {
        Path dir = Path.of(System.getProperty("costbench.project.dir", ".")).resolve("docs/screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, "a rendered view, not an empty image");
        return file;
    }
}
