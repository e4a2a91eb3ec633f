package dev.costbench.ui.importer;

import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.importer.ChangeSummary;
import dev.costbench.catalog.importer.ImportCancelledException;
import dev.costbench.catalog.importer.ImportMonitor;
import dev.costbench.catalog.importer.PriceImportException;
import dev.costbench.catalog.importer.PriceImporter;
import dev.costbench.session.Session;
import dev.costbench.ui.Workbench;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * File → Import Prices…: pick AWS's price list folder or files, optionally keep only some regions, and
 * import them into the user catalog off the UI thread with progress and Cancel. On success the window
 * prices with the new catalog; on failure the message names the file and place, and nothing changes.
 */
public final class ImportPricesDialog {
    private final Workbench workbench;
    private final Path dataDir;
    private final Stage stage = new Stage();
    private final ListView<Path> paths = new ListView<>();
    private final TextField regions = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private static final String READY = "Choose AWS's price list folder or files, then Import.";
    private final Label progressText = new Label(READY);
    private final TextArea result = new TextArea();
    private final Button importButton = new Button("Import");
    private final Button cancel = new Button("Cancel");
    private final Button close = new Button("Close");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Thread running;

    public ImportPricesDialog(Workbench workbench, Path dataDir, Window owner) {
        this.workbench = workbench;
        this.dataDir = dataDir;
        stage.setTitle("Import Prices");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Button addFolder = new Button("Add Folder…");
        addFolder.setOnAction(e -> chooseFolder());
        Button addFiles = new Button("Add Files…");
        addFiles.setOnAction(e -> chooseFiles());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> paths.getItems().removeAll(paths.getSelectionModel().getSelectedItems()));
        paths.setId("import-paths");
        paths.setPrefHeight(110);
        // another folder or file makes the last outcome old news: it no longer describes what Import would do
        paths.getItems().addListener((javafx.collections.ListChangeListener<Path>) c -> {
            if (!isRunning() && !result.getText().isEmpty()) {
                result.setText("");
                progress.setProgress(0);
                progressText.setText(READY);
            }
        });
        regions.setId("import-regions");
        regions.setPromptText("every region in the files (or e.g. eu-west-1, us-west-2)");
        regions.setTooltip(new Tooltip("Keep only these regions; separate them with commas or spaces"));
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("import-progress-text");
        result.setId("import-result");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(12);
        importButton.setId("import-start");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(paths.getItems()));
        importButton.setOnAction(e -> start());
        cancel.setId("import-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancelRequested.set(true));
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> cancelRequested.set(true));

        HBox pick = new HBox(6, addFolder, addFiles, remove);
        HBox region = new HBox(6, new Label("Regions:"), regions);
        HBox.setHgrow(regions, Priority.ALWAYS);
        HBox buttons = new HBox(6, importButton, cancel, close);
        VBox root = new VBox(8, new Label("AWS price list folder (as AWS publishes it) or files:"), paths, pick, region,
                progress, progressText, result, buttons);
        root.setPadding(new Insets(12));
        VBox.setVgrow(result, Priority.ALWAYS);
        Scene scene = new Scene(root, 640, 520);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    public void show() { stage.show(); }

    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("AWS price list folder (the one holding offers/ and savingsPlan/)");
        File f = c.showDialog(stage);
        if (f != null) addPath(f.toPath());
    }

    private void chooseFiles() {
        FileChooser c = new FileChooser();
        c.setTitle("AWS price list files");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Price list files (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = c.showOpenMultipleDialog(stage);
        if (files != null) files.forEach(f -> addPath(f.toPath()));
    }

    public void addPath(Path p) {
        if (!paths.getItems().contains(p)) paths.getItems().add(p);
    }

    public void setRegions(String text) { regions.setText(text); }

    /** The regions typed, or empty for every region. */
    Set<String> regionFilter() {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(regions.getText().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** Starts the import on its own thread; the outcome shows in the dialog and, on success, in the window. */
    public void start() {
        if (running != null && running.isAlive()) return;
        List<Path> chosen = List.copyOf(paths.getItems());
        Set<String> filter = regionFilter();
        cancelRequested.set(false);
        importButton.disableProperty().unbind();
        importButton.setDisable(true);
        cancel.setDisable(false);
        close.setDisable(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.setText("Reading…");
        result.setText("");
        ImportMonitor monitor = new ImportMonitor() {
            private long lastShown;

            @Override
            public void progress(String file, long bytesDone, long bytesTotal) {
                long now = System.nanoTime();
                if (now - lastShown < 50_000_000L && bytesDone < bytesTotal) return; // at most 20 updates a second
                lastShown = now;
                double fraction = bytesTotal > 0 ? (double) bytesDone / bytesTotal : ProgressBar.INDETERMINATE_PROGRESS;
                String text = file + "  " + (bytesDone >> 10) + " of " + (bytesTotal >> 10) + " KB";
                Platform.runLater(() -> {
                    progress.setProgress(fraction);
                    progressText.setText(text);
                });
            }

            @Override
            public boolean cancelled() { return cancelRequested.get(); }
        };
        running = new Thread(() -> run(chosen, filter, monitor), "costbench-import");
        running.setDaemon(true);
        running.start();
    }

    private void run(List<Path> chosen, Set<String> filter, ImportMonitor monitor) {
        try {
            ChangeSummary summary = new PriceImporter(filter, monitor).importInto(dataDir, chosen);
            PriceCatalog reloaded = summary.isEmpty() ? null : Session.catalogIn(dataDir);
            Platform.runLater(() -> succeeded(summary, reloaded));
        } catch (ImportCancelledException e) {
            Platform.runLater(() -> finished("Import cancelled; the catalog was left as it was.", "Cancelled"));
        } catch (PriceImportException | CatalogException e) {
            Platform.runLater(() -> finished("The import failed; the catalog was left as it was.\n\n" + e.getMessage(), "Failed"));
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> finished("The import failed; the catalog was left as it was.\n\n" + why, "Failed"));
        }
    }

    private void succeeded(ChangeSummary summary, PriceCatalog reloaded) {
        if (reloaded != null) workbench.replaceCatalog(reloaded);
        finished((summary.isEmpty() ? "Nothing changed in the catalog.\n\n" : "") + summary.describe(), "Done");
    }

    private void finished(String text, String state) {
        result.setText(text);
        progress.setProgress(1);
        progressText.setText(state);
        cancel.setDisable(true);
        close.setDisable(false);
        importButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(paths.getItems()));
    }

    /** True while an import runs. */
    public boolean isRunning() { return running != null && running.isAlive(); }

    public String resultText() { return result.getText(); }

    public String state() { return progressText.getText(); }

    public Stage stage() { return stage; }
}
