package dev.costbench.ui.app;

import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import dev.costbench.ui.Workbench;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File menu: New, Open…, Open Recent, Save, Save As… and Close. Saving goes through
 * {@link ProjectFile#write} (temporary file and rename, previous version kept as .bak); nothing unsaved is
 * dropped without asking. A design someone else has open is opened or saved only after a warning.
 */
public final class DocumentActions {
    public static final String EXTENSION = ".costbench.json";

    private final Workbench workbench;
    private final UserSettings settings;
    private final Supplier<Window> owner;
    private final OpenDesignLock locks;

    public DocumentActions(Workbench workbench, UserSettings settings, Supplier<Window> owner) {
        this.workbench = workbench;
        this.settings = settings;
        this.owner = owner;
        this.locks = new OpenDesignLock(workbench, owner);
    }

    /** The lock file of the design this window has open. */
    public OpenDesignLock locks() { return locks; }

    public static Project emptyDesign() { return new Project("Untitled design", List.of(Scenario.empty("Baseline"))); }

    public void newDesign() {
        if (confirmDiscard()) workbench.open(emptyDesign(), null, "Untitled");
    }

    public void openExample() { openExample(BundledExample.WEB_SHOP); }

    public void openExample(BundledExample example) {
        if (!confirmDiscard()) return;
        try {
            workbench.open(example.read(), null, example.name());
        } catch (RuntimeException e) {
            error("Could not open the example design", e.getMessage());
        }
    }

    public void open() {
        if (!confirmDiscard()) return;
        FileChooser chooser = chooser("Open design");
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) open(f.toPath());
    }

    public void openRecent(Path file) {
        if (!confirmDiscard()) return;
        if (!Files.isRegularFile(file)) {
            error("Could not open " + file.getFileName(), file + ": the file is no longer there");
            settings.removeRecent(file);
            return;
        }
        open(file);
    }

    /** Opens a design file without asking about unsaved changes; returns whether it opened. */
    public boolean open(Path file) {
        if (!locks.claim(file)) return false;
        try {
            Project p = workbench.session().read(file).project();
            workbench.open(p, file, null);
            settings.addRecent(file);
            showNewerVersionNotice();
            return true;
        } catch (ProjectFileException e) {
            locks.abandonClaim();
            error("Could not open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Tells the user when the open design came from a newer Costbench: it is read-only, Save goes to Save As. */
    public void showNewerVersionNotice() {
        Path file = workbench.file();
        String notice = ProjectFile.newerVersionNotice(workbench.project(), file == null ? workbench.documentName()
                : file.getFileName().toString());
        if (notice == null) return;
        Alert a = new Alert(Alert.AlertType.INFORMATION, notice, ButtonType.OK);
        a.setTitle("Costbench");
        a.setHeaderText("Opened read-only");
        a.getDialogPane().setMinWidth(480);
        if (owner.get() != null) a.initOwner(owner.get());
        a.showAndWait();
    }

    /** Save: to the design's file, or Save As when it has none or a newer Costbench wrote it. Returns whether it was saved. */
    public boolean save() {
        Path file = workbench.file();
        if (file != null && ProjectFile.schemaOnDisk(file) > Project.CURRENT_SCHEMA) return saveAs();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save design as");
        Path current = workbench.file();
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : workbench.project().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase() + EXTENSION);
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) return false;
        Path target = f.toPath();
        if (!target.getFileName().toString().endsWith(".json")) target = target.resolveSibling(target.getFileName() + EXTENSION);
        return saveTo(target);
    }

    /** Writes the design to {@code file}, makes it the design's file and marks the history saved. */
    public boolean saveTo(Path file) {
        boolean sameFile = file.equals(workbench.file());
        if (sameFile ? !locks.maySave() : !locks.claim(file)) return false;
        try {
            workbench.session().save(workbench.project(), file);
        } catch (ProjectFileException e) {
            if (!sameFile) locks.abandonClaim();
            error("Could not save " + file.getFileName(), e.getMessage());
            return false;
        }
        workbench.fileProperty().set(file);
        workbench.commands().markSaved();
        settings.addRecent(file);
        return true;
    }

    /** Close: asks before dropping unsaved changes, then shows an empty design. */
    public void close() {
        if (confirmDiscard()) workbench.open(emptyDesign(), null, "Untitled");
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (!workbench.commands().isDirty()) return true;
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + workbench.documentName()
                + " will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save changes to " + workbench.documentName() + "?");
        if (owner.get() != null) ask.initOwner(owner.get());
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        return answer.get() == discard || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Costbench designs", "*" + EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path current = workbench.file();
        if (current != null && current.toAbsolutePath().getParent() != null)
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        return chooser;
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText(header);
        a.setTitle("Costbench");
        if (owner.get() != null) a.initOwner(owner.get());
        a.getDialogPane().setMinWidth(480);
        a.showAndWait();
    }
}
