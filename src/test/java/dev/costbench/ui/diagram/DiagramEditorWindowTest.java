package dev.costbench.ui.diagram;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.export.diagram.DiagramFormat;
import dev.costbench.model.Connection;
import dev.costbench.project.ProjectFile;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.canvas.ConnectionView;
import dev.costbench.ui.canvas.ContainerView;
import dev.costbench.ui.find.FindDialog;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagram editor in the real window on the framed web shop: frames, labels, context menu, Find, minimap, export, print. */
@ExtendWith(ApplicationExtension.class)
class DiagramEditorWindowTest {
    @TempDir Path home;
    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Path example = Path.of(System.getProperty("costbench.project.dir", ".")).resolve("examples/web-shop.costbench.json");
        workbench = new Workbench(CatalogLoader.bundled(), ProjectFile.read(example));
        window = WindowFixture.show(stage, workbench, home);
    }

    @AfterEach
    void close() { workbench.close(); }

    private static Point2D center(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The item of an open context menu: the scenario bar has a Duplicate button and the cost table a Spot column too. */
    private static Node inMenu(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()) && n.isVisible()
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow w && w.isShowing()
                && n.localToScreen(n.getBoundsInLocal()) != null).queryAs(Node.class);
    }

    @Test
    void theFramesAreOnTheCanvasWithTheirLabels(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToWindow());
        ContainerView vpc = window.canvas().containerView("vpc");
        assertNotNull(vpc);
        assertEquals("Web shop VPC · 10.0.0.0/16", vpc.titleText());
        assertEquals("Availability Zone 1 · us-east-1a", window.canvas().containerView("az-a").titleText());
        ConnectionView https = window.canvas().arrow(workbench.scenario().connections().getFirst());
        assertEquals("HTTPS · 1.4 TB/month", https.labelText());
    }

    @Test
    void draggingAFramesTitleMovesItsBlocksAsOneUndoStep(FxRobot robot) {
        robot.interact(() -> window.canvas().actualSize());
        robot.interact(() -> window.canvas().centerOn(430, 100));
        ContainerView zone = window.canvas().containerView("az-a");
        Point2D from = center(zone.tab());
        int steps = workbench.commands().size();
        // 60 screen pixels at 100% zoom = 60 canvas units = 3 grid steps
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(60, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(290.0, workbench.scenario().container("az-a").orElseThrow().x(), "230 + 60");
        assertEquals(300.0, workbench.scenario().block("web").orElseThrow().x(), "240 + 60: the block in its subnet came along");
        assertEquals(steps + 1, workbench.commands().size());
        assertEquals(Set.of("az-a"), workbench.selection(), "the frame is selected");
        robot.interact(() -> workbench.commands().undo());
        assertEquals(240.0, workbench.scenario().block("web").orElseThrow().x());
    }

    @Test
    void aSelectedFrameIsRenamedInTheInspector(FxRobot robot) {
        robot.interact(() -> workbench.select(Set.of("vpc")));
        TextField name = robot.lookup("#container-name").queryAs(TextField.class);
        assertEquals("Web shop VPC", name.getText());
        robot.clickOn(name).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Shop VPC").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Shop VPC", workbench.scenario().container("vpc").orElseThrow().name());
        assertEquals("Rename Web shop VPC", workbench.commands().undoDescriptionProperty().get());
    }

    @Test
    void aSelectedConnectionsLabelsAreEditedInTheInspector(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToWindow());
        // Storefront ALB → Orders API, labelled HTTPS, with no traffic yet
        Connection link = workbench.scenario().connections().get(1);
        ConnectionView arrow = window.canvas().arrow(link);
        robot.clickOn(center(arrow));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.canvas().selectedConnection(), "clicking the arrow selects it");
        assertTrue(link.sameEnds(window.canvas().selectedConnection()));
        robot.clickOn("#connection-traffic").write("busy at noon").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("busy at noon", workbench.scenario().connections().get(1).traffic());
        assertEquals("HTTPS · busy at noon", window.canvas().arrow(workbench.scenario().connections().get(1)).labelText());
        assertTrue(link.sameEnds(window.canvas().selectedConnection()), "still selected after its label changed");
        assertEquals("Change connection label", workbench.commands().undoDescriptionProperty().get());
    }

    @Test
    void aSelectedConnectionsGbAreEditedInTheInspectorAsOneUndoStepEach(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToWindow());
        Connection link = workbench.scenario().connections().get(1);
        robot.clickOn(center(window.canvas().arrow(link)));
        WaitForAsyncUtils.waitForFxEvents();
        // a label that states GB a month becomes the GB sent
        robot.clickOn("#connection-traffic").write("300 GB/month").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, new java.math.BigDecimal("300").compareTo(workbench.scenario().connections().get(1).sentGbPerMonth()));
        assertEquals("HTTPS · 300 GB/month", window.canvas().arrow(workbench.scenario().connections().get(1)).labelText());
        robot.clickOn("#connection-returned").write("40").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, new java.math.BigDecimal("40").compareTo(workbench.scenario().connections().get(1).returnedGbPerMonth()));
        assertEquals("Change connection traffic", workbench.commands().undoDescriptionProperty().get());
        // a negative figure is refused, naming the limit, and changes nothing
        TextField sent = robot.lookup("#connection-sent").queryAs(TextField.class);
        robot.clickOn(sent).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("-5").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#connection-problem").queryAs(javafx.scene.control.Label.class).getText().contains("from 0"),
                robot.lookup("#connection-problem").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(0, new java.math.BigDecimal("300").compareTo(workbench.scenario().connections().get(1).sentGbPerMonth()));
        robot.interact(() -> workbench.commands().undo());
        assertNull(workbench.scenario().connections().get(1).returnedGbPerMonth(), "one undo takes back the GB returned");
    }

    @Test
    void aBlocksContextMenuDuplicatesBringsToFrontAndSetsThePurchaseOption(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToWindow());
        robot.rightClickOn("#block-web");
        robot.clickOn(inMenu(robot, "Duplicate"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, workbench.scenario().blocks().size());
        assertEquals("Web tier 2", workbench.scenario().blocks().getLast().name());

        robot.rightClickOn("#block-edge");
        robot.clickOn(inMenu(robot, "Bring to Front"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("edge", workbench.scenario().blocks().getLast().id());

        robot.rightClickOn("#block-nodes");
        // a submenu closes when the pointer crosses its neighbours on the way: choose its item as the keyboard would
        javafx.scene.control.ContextMenu open = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && c.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        javafx.scene.control.Menu options = (javafx.scene.control.Menu) open.getItems().stream()
                .filter(i -> "Purchase Option".equals(i.getText())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem spot = options.getItems().stream().filter(i -> "Spot".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            spot.fire();
            open.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PurchaseOption.SPOT, workbench.scenario().block("nodes").orElseThrow().purchaseOption());

        robot.rightClickOn("#block-thumbs");
        assertTrue(robot.lookup("Price on other platforms…").tryQuery().isPresent(), "the Workshop's item is in the menu too");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void findSelectsTheBlockByInstanceTypeAndScrollsToIt(FxRobot robot) {
        robot.interact(() -> window.canvas().centerOn(5000, 5000));
        FindDialog[] find = new FindDialog[1];
        robot.interact(() -> find[0] = window.diagramMenus().find());
        robot.interact(() -> find[0].query().setText("m5.large"));
        assertEquals(List.of("nodes"), find[0].matches().getItems().stream().map(b -> b.id()).toList());
        robot.interact(() -> find[0].goTo(find[0].matches().getItems().getFirst()));
        assertEquals(Set.of("nodes"), workbench.selection());
        Bounds canvas = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
        Point2D block = center(window.canvas().view("nodes"));
        assertTrue(canvas.contains(block), "the block is in view after Find");
        robot.interact(() -> find[0].dialog().close());
    }

    @Test
    void theMinimapShowsAndPans(FxRobot robot) {
        assertFalse(window.canvas().minimap().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().minimap().isVisible(), "Ctrl+Shift+M shows it");
        double before = window.canvas().viewport().translate().getX();
        Bounds map = window.canvas().minimap().localToScreen(window.canvas().minimap().getBoundsInLocal());
        robot.clickOn(new Point2D(map.getMinX() + 12, map.getMinY() + 12));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().viewport().translate().getX() != before, "a click in the minimap pans the canvas");
    }

    @Test
    void exportDiagramWritesTheChosenFormat(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.report() != null);
        Path png = home.resolve("shop.png"), svg = home.resolve("shop.svg");
        window.diagramActions().answerDialogWith(chooser -> png.toFile());
        robot.clickOn("File").clickOn("#menu-export-diagram");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
        assertEquals(1844, ImageIO.read(png.toFile()).getWidth(), "the same page as costbench diagram: 922 units at 2×");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = window.diagramActions().write(svg, DiagramFormat.SVG));
        assertTrue(ok[0]);
        assertTrue(Files.readString(svg).contains("$560.64/mo · OD"), "the Web tier's cost from the window's report");
    }

    @Test
    void printWithoutAPrinterSaysSoAtOnce(FxRobot robot) {
        window.diagramActions().usePrinter(() -> null);
        boolean[] printed = {true};
        robot.interact(() -> printed[0] = window.diagramActions().print());
        assertFalse(printed[0]);
        assertTrue(window.statusBar().toString() != null);
        assertTrue(robot.lookup("Nothing to print on").tryQuery().isPresent(), "a message instead of a dialog that waits");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void alignFromTheArrangeMenuIsOneStep(FxRobot robot) {
        robot.interact(() -> workbench.select(Set.of("api", "thumbs", "nightly", "web")));
        robot.clickOn("#menu-arrange");
        robot.clickOn("Align Top");
        WaitForAsyncUtils.waitForFxEvents();
        // web's top at 80 is the highest of the four
        for (String id : List.of("api", "thumbs", "nightly", "web"))
            assertEquals(80.0, workbench.scenario().block(id).orElseThrow().y(), id);
        assertEquals("Align Top", workbench.commands().undoDescriptionProperty().get());
    }
}
