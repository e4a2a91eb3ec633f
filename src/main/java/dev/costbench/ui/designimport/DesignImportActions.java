package dev.costbench.ui.designimport;

import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportedDesign;
import dev.costbench.project.importer.drawio.DrawioImporter;
import dev.costbench.project.importer.terraform.TerraformImporter;
import dev.costbench.ui.Workbench;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File → Import → Terraform Plan… / draw.io Diagram…: the same importers as {@code costbench import}, the result
 * opened as a new unsaved design, and a message listing the assumptions to confirm and what was not mapped.
 */
public final class DesignImportActions {
    public static final FileChooser.ExtensionFilter PLANS = new FileChooser.ExtensionFilter("Terraform plans (terraform show -json)", "*.json");
    public static final FileChooser.ExtensionFilter DIAGRAMS = new FileChooser.ExtensionFilter("draw.io diagrams", "*.drawio", "*.xml");

    private final Workbench workbench;
    private final BooleanSupplier confirmDiscard;
    private final Supplier<Window> owner;
    private Function<FileChooser, File> askWhich;
    private Alert lastMessage;

    public DesignImportActions(Workbench workbench, BooleanSupplier confirmDiscard, Supplier<Window> owner) {
        this.workbench = workbench;
        this.confirmDiscard = confirmDiscard;
        this.owner = owner;
        this.askWhich = chooser -> chooser.showOpenDialog(owner.get());
    }

    /** For tests: answers the open dialog instead of showing it. */
    void answerDialogWith(Function<FileChooser, File> answer) { this.askWhich = answer; }

    /** The message the last import showed, for tests. */
    Alert lastMessage() { return lastMessage; }

    /** The File → Import submenu. */
    public Menu menu() {
        Menu menu = new Menu("Import");
        menu.setId("menu-import-design");
        MenuItem plan = new MenuItem("Terraform Plan…");
        plan.setId("menu-import-terraform");
        plan.setOnAction(e -> importFile("Import Terraform plan", PLANS, f -> TerraformImporter.read(f, null)));
        MenuItem diagram = new MenuItem("draw.io Diagram…");
        diagram.setId("menu-import-drawio");
        diagram.setOnAction(e -> importFile("Import draw.io diagram", DIAGRAMS, DrawioImporter::read));
        menu.getItems().addAll(plan, diagram);
        return menu;
    }

    private void importFile(String title, FileChooser.ExtensionFilter filter, Function<Path, ImportedDesign> importer) {
        if (!confirmDiscard.getAsBoolean()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = askWhich.apply(chooser);
        if (f == null) return;
        ImportedDesign design;
        try {
            design = importer.apply(f.toPath());
        } catch (DesignImportException e) {
            show(Alert.AlertType.ERROR, "Could not import " + f.getName(), e.getMessage());
            return;
        }
        workbench.open(design.project(), null, design.project().name());
        show(Alert.AlertType.INFORMATION, "Imported " + f.getName() + " as a new design",
                String.join("\n", design.summary(f.getName())) + "\n\nSave it with File → Save As.");
    }

    /** Not modal: the user can look at the canvas while reading the assumptions. */
    private void show(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.setTitle("Costbench");
        a.setHeaderText(header);
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefSize(640, 320);
        a.getDialogPane().setContent(body);
        a.initModality(javafx.stage.Modality.NONE);
        if (owner.get() != null) a.initOwner(owner.get());
        lastMessage = a;
        a.show();
    }
}
