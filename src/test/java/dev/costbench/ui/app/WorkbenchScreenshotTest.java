package dev.costbench.ui.app;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.ui.Workbench;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the workbench with the bundled example at 1600×1000 and 1280×720, light and dark, into docs/screenshots
 * for the README; it also checks that the example opens priced with all six kinds on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreenshotTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Workbench workbench;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        workbench = new Workbench(CatalogLoader.bundled(), BundledExample.load());
        workbench.open(workbench.project(), null, "Web shop (example)");
        window = new MainWindow(workbench, new UserSettings(home));
        scene = window.show(stage, 1600, 1000);
        this.stage = stage;
    }

    @AfterEach
    void close() {
        Theme.LIGHT.apply();
        workbench.close();
    }

    @Test
    void rendersTheExampleDesignInLightAndDarkTheme(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.report() != null);
        assertEquals(6, workbench.scenario().blocks().stream().map(b -> b.kind()).distinct().count(), "the example uses all six kinds");
        // a second scenario, so the picture shows the scenario tabs
        robot.interact(() -> {
            workbench.execute(new dev.costbench.ui.command.AddScenario("Add scenario",
                    workbench.scenario().withName("Compute SP 1y").withPurchaseOption(PurchaseOption.parse("savings-plan/compute/1y/no-upfront"))));
            workbench.commands().showScenario(0);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.report() != null && workbench.report().scenario().equals("Baseline"));
        robot.interact(() -> window.canvas().fitToWindow());
        robot.clickOn(robot.lookup("#block-web").queryAs(javafx.scene.Node.class));
        Path dir = Path.of(System.getProperty("costbench.project.dir", ".")).resolve("docs/screenshots");
        Files.createDirectories(dir);
        Path light = snapshot(robot, dir.resolve("workbench.png"));
        robot.interact(Theme.DARK::apply);
        Path dark = snapshot(robot, dir.resolve("workbench-dark.png"));
        for (Path p : new Path[]{light, dark}) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertEquals(1600, img.getWidth());
            assertEquals(1000, img.getHeight());
        }
        assertTrue(Files.size(light) > 20_000, "a rendered window, not an empty image");

        // the smallest size the workbench is made for, as on a projector
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        // fitted once the smaller window is laid out: fitted in the same step, the design kept the larger canvas's scale
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().fitToWindow());
        Path smallDark = snapshot(robot, dir.resolve("workbench-1280-dark.png"));
        robot.interact(Theme.LIGHT::apply);
        robot.interact(() -> window.canvas().fitToWindow());
        Path small = snapshot(robot, dir.resolve("workbench-1280.png"));
        for (Path p : new Path[]{small, smallDark}) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertEquals(1280, img.getWidth());
            assertEquals(720, img.getHeight());
        }
    }

    private Path snapshot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return file;
    }
}
