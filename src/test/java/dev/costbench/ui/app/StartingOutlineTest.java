package dev.costbench.ui.app;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.startup.StartingView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The starting view outlines the workbench where its panels open, so nothing jumps when the workbench takes over. */
class StartingOutlineTest {
    /** The bars' heights follow the fonts; a few pixels apart is no jump. */
    private static final double CLOSE = 12;

    @TempDir Path home;
    private Workbench workbench;

    @AfterEach
    void close() throws Exception {
        if (workbench != null) workbench.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void thePanelsOfTheStartingViewAreWhereTheWorkbenchOpensThem() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        for (double[] size : new double[][] {{1280, 720}, {1600, 1000}}) {
            Bounds canvas = WaitForAsyncUtils.asyncFx(() -> {
                workbench = new Workbench(CatalogLoader.bundled(), BundledExample.load());
                workbench.open(workbench.project(), null, "Web shop (example)");
                MainWindow window = new MainWindow(workbench, new UserSettings(home));
                window.show(stage, size[0], size[1]);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return inScene(window.canvas());
            }).get(30, TimeUnit.SECONDS);
            Bounds message = WaitForAsyncUtils.asyncFx(() -> {
                Parent root = new StartingView("Web shop (example)", false).root();
                stage.setScene(new Scene(root, size[0], size[1]));
                root.applyCss();
                root.layout();
                return inScene(((BorderPane) root).getCenter());
            }).get(30, TimeUnit.SECONDS);
            String at = (int) size[0] + "×" + (int) size[1] + ": ";
            assertEquals(canvas.getMinX(), message.getMinX(), CLOSE, at + "the palette's edge");
            assertEquals(canvas.getMaxX(), message.getMaxX(), CLOSE, at + "the inspector's edge");
            assertEquals(canvas.getMinY(), message.getMinY(), CLOSE, at + "the bars' edge");
            assertEquals(canvas.getMaxY(), message.getMaxY(), CLOSE, at + "the cost panel's edge");
            workbench.close();
            workbench = null;
        }
    }

    private static Bounds inScene(Node node) { return node.localToScene(node.getBoundsInLocal()); }
}
