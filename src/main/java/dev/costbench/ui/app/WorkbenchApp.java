package dev.costbench.ui.app;

import dev.costbench.catalog.UserCatalog;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;
import dev.costbench.ui.Workbench;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. {@code costbench} with no arguments lands here; a path argument opens that
 * design, and {@code --data-dir=FOLDER} moves the user data folder as it does for the command line. On first start the bundled example opens so a new user sees a priced topology at once; later
 * starts reopen the most recent design.
 */
public final class WorkbenchApp extends Application {
    private Workbench workbench;
    private MainWindow window;

    public static void launchWorkbench(String[] args) { Application.launch(WorkbenchApp.class, args); }

    @Override
    public void start(Stage stage) {
        String dataDir = getParameters().getNamed().get("data-dir");
        UserSettings settings = new UserSettings(dataDir != null ? Path.of(dataDir) : UserSettings.defaultFolder());
        (settings.darkTheme() ? Theme.DARK : Theme.LIGHT).apply();
        PriceCatalog catalog = loadCatalog(settings.folder());
        Opening first = firstDesign(settings, getParameters().getUnnamed());
        workbench = new Workbench(catalog, first.project());
        workbench.open(first.project(), first.file(), first.untitledName());
        if (first.file() != null) settings.addRecent(first.file());
        else settings.save();
        window = new MainWindow(workbench, settings);
        window.show(stage, 1400, 900);
        if (first.problem() != null) error("Could not open the design", first.problem());
        window.startUp();
    }

    /** The window, once started. */
    public MainWindow window() { return window; }

    @Override
    public void stop() {
        if (workbench != null) workbench.close();
    }

    private record Opening(Project project, Path file, String untitledName, String problem) {}

    private static Opening firstDesign(UserSettings settings, List<String> args) {
        Path wanted = !args.isEmpty() ? Path.of(args.get(0))
                : settings.isFirstStart() ? null
                : settings.recentFiles().stream().filter(Files::isRegularFile).findFirst().orElse(null);
        String problem = null;
        if (wanted != null) {
            try {
                return new Opening(ProjectFile.read(wanted), wanted, null, null);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        try {
            return new Opening(BundledExample.load(), null, "Web shop (example)", problem);
        } catch (RuntimeException e) {
            return new Opening(DocumentActions.emptyDesign(), null, "Untitled", problem == null ? e.getMessage() : problem);
        }
    }

    /** The user's catalog (imported prices) or else the shipped one; if it cannot be read the window still opens, every price shows as missing, and the user is told why. */
    private static PriceCatalog loadCatalog(Path dataDir) {
        try {
            return UserCatalog.load(dataDir);
        } catch (RuntimeException e) {
            error("Could not read the price catalog", e.getMessage() + "\n\nEvery price will show as missing.");
            return PriceCatalog.builder().build();
        }
    }

    private static void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle("Costbench");
        a.setHeaderText(header);
        a.showAndWait();
    }
}
