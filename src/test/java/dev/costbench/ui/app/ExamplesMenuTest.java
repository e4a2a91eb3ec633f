package dev.costbench.ui.app;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.BlockKind;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.WindowFixture;
import javafx.embed.swing.SwingFXUtils;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Examples opens each shipped example from the menu; the container platform, with the kinds that came after
 * the first six, is rendered priced into docs/screenshots for the README.
 */
@ExtendWith(ApplicationExtension.class)
class ExamplesMenuTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        workbench = new Workbench(CatalogLoader.bundled(), BundledExample.load());
        workbench.open(workbench.project(), null, BundledExample.NAME);
        window = WindowFixture.show(stage, workbench, home, 1600, 1000);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void theContainerPlatformOpensFromTheMenuPricedWithItsNewKinds(FxRobot robot) throws Exception {
        openFromMenu(robot, BundledExample.CONTAINER_PLATFORM);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Container platform".equals(workbench.project().name()) && workbench.report() != null);
        Set<BlockKind> kinds = workbench.scenario().blocks().stream().map(b -> b.kind()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(BlockKind.APP_RUNNER, BlockKind.ECR_REPOSITORY, BlockKind.EC2_INSTANCES,
                BlockKind.NAT_GATEWAY, BlockKind.INTERNET)), kinds.toString());
        assertTrue(workbench.scenario().connections().stream().anyMatch(c -> c.sentGbPerMonth() != null), "traffic on its connections");
        assertTrue(workbench.titleProperty().get().contains("Container platform (example)"), workbench.titleProperty().get());

        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents(5);
        // the Internet has no charge of its own and is bought under no option: the canvas says so, no "$0.00", no "· OD"
        String internet = workbench.scenario().blocks().stream().filter(b -> b.kind() == BlockKind.INTERNET).findFirst().orElseThrow().id();
        assertEquals("no charge", window.canvas().view(internet).costText());
        Path dir = Path.of(System.getProperty("costbench.project.dir", ".")).resolve("docs/screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve("container-platform.png");
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.canvas().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.size(png) > 20_000, "a rendered window, not an empty image");
    }

    /** File → Examples → the example's item, fired as the menu bar fires it (Monocle does not open submenus on hover). */
    private void openFromMenu(FxRobot robot, BundledExample example) {
        javafx.scene.control.Menu examples = (javafx.scene.control.Menu) window.menus().menu("File").getItems().stream()
                .filter(i -> "menu-examples".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem item = examples.getItems().stream()
                .filter(i -> example.menuText().equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyShippedExampleOpensFromTheMenu(FxRobot robot) {
        for (BundledExample example : BundledExample.ALL) {
            openFromMenu(robot, example);
            assertEquals(example.read().name(), workbench.project().name(), example.menuText());
        }
    }
}
