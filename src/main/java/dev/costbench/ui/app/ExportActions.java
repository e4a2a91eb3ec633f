package dev.costbench.ui.app;

import dev.costbench.export.ExportRequest;
import dev.costbench.export.csv.CsvExporter;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.ui.Workbench;
import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File → Export…: every scenario of the design as the finance workbook (.xlsx, a model whose totals are
 * formulas over its Assumptions sheet) or as CSV, whichever the chosen file name or filter says.
 */
public final class ExportActions {
    static final FileChooser.ExtensionFilter WORKBOOK = new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx");
    static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV, one row per block and option (*.csv)", "*.csv");

    private final Workbench workbench;
    private final Supplier<Window> owner;
    private Function<FileChooser, File> askWhere;
    private final Consumer<String> tell;

    public ExportActions(Workbench workbench, Supplier<Window> owner, Consumer<String> tell) {
        this(workbench, owner, chooser -> chooser.showSaveDialog(owner.get()), tell);
    }

    /** {@code askWhere} shows the save dialog; tests answer it with a file. */
    ExportActions(Workbench workbench, Supplier<Window> owner, Function<FileChooser, File> askWhere, Consumer<String> tell) {
        this.workbench = workbench;
        this.owner = owner;
        this.askWhere = askWhere;
        this.tell = tell;
    }

    /** Answers the save dialog with {@code answer} instead of showing it (headless tests cannot click a native dialog). */
    void answerDialogWith(Function<FileChooser, File> answer) { this.askWhere = answer; }

    public void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export for a finance review");
        chooser.getExtensionFilters().addAll(WORKBOOK, CSV);
        chooser.setSelectedExtensionFilter(WORKBOOK);
        chooser.setInitialFileName(workbench.project().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT) + ".xlsx");
        Path current = workbench.file();
        if (current != null && current.toAbsolutePath().getParent() != null)
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        File f = askWhere.apply(chooser);
        if (f != null) exportTo(withExtension(f.toPath(), chooser.getSelectedExtensionFilter()));
    }

    /** A name without .xlsx or .csv gets the chosen filter's extension. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".csv")) return file;
        return file.resolveSibling(file.getFileName() + (filter == CSV ? ".csv" : ".xlsx"));
    }

    /** Prices every scenario and writes {@code file} (CSV for *.csv, else the workbook); false after an error shown to the user. */
    public boolean exportTo(Path file) {
        Window w = owner.get();
        if (w != null && w.getScene() != null) w.getScene().setCursor(Cursor.WAIT);
        try {
            ExportRequest request = ExportRequest.of(workbench.project(), new PricingEngine(workbench.catalog()), null);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) CsvExporter.write(request, file);
            else WorkbookExporter.write(request, file);
            tell.accept("Exported " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    ButtonType.OK);
            a.setTitle("Costbench");
            a.setHeaderText("Could not export " + file.getFileName());
            if (w != null) a.initOwner(w);
            a.showAndWait();
            return false;
        } finally {
            if (w != null && w.getScene() != null) w.getScene().setCursor(Cursor.DEFAULT);
        }
    }
}
