package dev.costbench.ui.app;

import dev.costbench.session.Session;
import dev.costbench.ui.Workbench;
import dev.costbench.model.Project;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.Scene;
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
        chooser.setInitialFileName(suggestedName(workbench.project().name(), workbench.file()));
        Path current = workbench.file();
        if (current != null && current.toAbsolutePath().getParent() != null)
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        File f = askWhere.apply(chooser);
        if (f != null) exportInBackground(withExtension(f.toPath(), chooser.getSelectedExtensionFilter()));
    }

    /**
     * The workbook's name: the design file's (as saved, e.g. after Save As), else the design's name; "my-shop.xlsx"
     * for my-shop.costbench.json.
     */
    static String suggestedName(String designName, Path file) {
        String base = designName;
        if (file != null && file.getFileName() != null) {
            base = file.getFileName().toString();
            for (String end : new String[]{".costbench.json", ".json"})
                if (base.toLowerCase(Locale.ROOT).endsWith(end)) {
                    base = base.substring(0, base.length() - end.length());
                    break;
                }
        }
        return base.replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT) + ".xlsx";
    }

    /** A name without .xlsx or .csv gets the chosen filter's extension. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".csv")) return file;
        return file.resolveSibling(file.getFileName() + (filter == CSV ? ".csv" : ".xlsx"));
    }

    /**
     * Prices every scenario and writes {@code file} off the UI thread (a large design takes seconds), saying in the
     * status bar that it is exporting and then that it is done; a failure is shown in a message. The design is
     * taken as it is now: edits made meanwhile go into the next export.
     */
    public Task<Void> exportInBackground(Path file) {
        Project design = workbench.project();
        Session session = workbench.session();
        Task<Void> task = new Task<>() {
            @Override protected Void call() throws IOException {
                session.export(design, file);
                return null;
            }
        };
        Window w = owner.get();
        Scene scene = w == null ? null : w.getScene();
        if (scene != null) scene.setCursor(Cursor.WAIT);
        tell.accept("Exporting " + file.getFileName() + "…");
        task.setOnSucceeded(e -> {
            if (scene != null) scene.setCursor(Cursor.DEFAULT);
            tell.accept("Exported " + file.getFileName());
        });
        task.setOnFailed(e -> {
            if (scene != null) scene.setCursor(Cursor.DEFAULT);
            tell.accept("Could not export " + file.getFileName());
            showFailure(file, task.getException(), w);
        });
        Thread worker = new Thread(task, "costbench-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    private static void showFailure(Path file, Throwable e, Window w) {
        Alert a = new Alert(Alert.AlertType.ERROR, file + ": " + (e.getMessage() == null ? "the file could not be written" : e.getMessage()),
                ButtonType.OK);
        a.setTitle("Costbench");
        a.setHeaderText("Could not export " + file.getFileName());
        if (w != null) a.initOwner(w);
        a.show();
    }
}
