package dev.costbench.ui.designimport;

import dev.costbench.model.Block;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.WindowFixture;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.app.MainWindow;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Import → Terraform Plan… and draw.io Diagram… open the imported design in the window, unsaved. */
@ExtendWith(ApplicationExtension.class)
class DesignImportMenuTest {
    private static final Path FIXTURES = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/imports");
    @TempDir static Path home;

    private MainWindow window;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new Workbench(TestDesigns.catalog(), TestDesigns.webTier());
        window = WindowFixture.show(stage, workbench, home, 1200, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> { if (window.menus().designImports().lastMessage() != null) window.menus().designImports().lastMessage().close(); });
        workbench.close();
    }

    private MenuItem item(String id) {
        Menu file = window.menus().bar().getMenus().getFirst();
        Menu imports = (Menu) file.getItems().stream().filter(i -> "menu-import-design".equals(i.getId())).findFirst().orElseThrow();
        return imports.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theTerraformItemOpensThePlanAsANewUnsavedDesign(FxRobot robot) {
        AtomicReference<FileChooser> shown = new AtomicReference<>();
        window.menus().designImports().answerDialogWith(chooser -> {
            shown.set(chooser);
            return FIXTURES.resolve("shop.plan.json").toFile();
        });
        MenuItem terraform = item("menu-import-terraform");
        assertEquals("Terraform Plan…", terraform.getText());
        robot.interact(terraform::fire);

        assertEquals(DesignImportActions.PLANS, shown.get().getExtensionFilters().getFirst());
        assertEquals("shop", workbench.project().name());
        assertNull(workbench.file(), "an imported design has no file until it is saved");
        // the fixture's ten compute resources (its App Runner service among them), the first the load balancer
        assertEquals(10, workbench.scenario().blocks().size());
        assertEquals("shop-alb", workbench.scenario().blocks().getFirst().name());
        assertEquals(7, workbench.scenario().containers().size());
        Alert message = window.menus().designImports().lastMessage();
        assertEquals(Alert.AlertType.INFORMATION, message.getAlertType());
        String text = ((TextArea) message.getDialogPane().getContent()).getText();
        assertTrue(text.contains("Not mapped (2):"), text);
        assertTrue(text.contains("shop-alb: new connections a second: 25 assumed"), text);
        assertTrue(workbench.titleProperty().get().startsWith("shop"), workbench.titleProperty().get());
    }

    @Test
    void theDrawioItemOpensACompressedDiagramAndABrokenOneIsExplained(FxRobot robot) {
        window.menus().designImports().answerDialogWith(chooser -> FIXTURES.resolve("payments-compressed.drawio").toFile());
        robot.interact(item("menu-import-drawio")::fire);
        assertEquals(List.of("Ingress", "Payments", "Receipts"), workbench.scenario().blocks().stream().map(Block::name).toList());

        robot.interact(() -> window.menus().designImports().lastMessage().close());
        window.menus().designImports().answerDialogWith(chooser -> FIXTURES.resolve("garbage-compressed.drawio").toFile());
        robot.interact(item("menu-import-drawio")::fire);
        Alert message = window.menus().designImports().lastMessage();
        assertEquals(Alert.AlertType.ERROR, message.getAlertType());
        assertTrue(((TextArea) message.getDialogPane().getContent()).getText()
                .endsWith("garbage-compressed.drawio: page \"Broken\": the compressed page is damaged (not deflate data)"));
        // the design the window had open stays as it was
        assertEquals(List.of("Ingress", "Payments", "Receipts"), workbench.scenario().blocks().stream().map(Block::name).toList());
    }
}
