package dev.costbench.ui.app;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.PriceKind;
import dev.costbench.catalog.coverage.RegionCoverage;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Project;
import dev.costbench.session.Session;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.palette.KindIcons;
import dev.costbench.ui.startup.FirstFrame;
import dev.costbench.ui.startup.FirstFrameProbe;
import dev.costbench.ui.startup.StartingView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application. {@code costbench} with no arguments lands here; a path argument opens that
 * design, and {@code --data-dir=FOLDER} moves the user data folder as it does for the command line. On first start the bundled example opens so a new user sees a priced topology at once; later
 * starts reopen the most recent design.
 */
public final class WorkbenchApp extends Application {
    /** How long the window waits for its design's price before showing without it (a very large design). */
    private static final java.time.Duration FIRST_PRICE_WAIT = java.time.Duration.ofSeconds(2);
    private Workbench workbench;
    private MainWindow window;
    private UnexpectedProblems problems;

    /*
     * Reading the catalog and the design before JavaFX starts was tried: on the busy 2-core build machine it took
     * the CPU from the toolkit's own start and made the first frame 1.7× a bare window's instead of 1.0–1.4×.
     */
    public static void launchWorkbench(String[] args) { Application.launch(WorkbenchApp.class, args); }

    @Override
    public void start(Stage stage) {
        Opening.Begun begun = Opening.begin(getParameters().getNamed().get("data-dir"), getParameters().getUnnamed());
        UserSettings settings = begun.settings();
        problems = new UnexpectedProblems(settings.folder());
        problems.install();
        // paint at once what is being opened; the catalog, the design and the workbench follow
        var size = StartingView.size();
        Scene starting = new Scene(new StartingView(begun.opening(), settings.darkTheme()).root(), size.getWidth(), size.getHeight());
        stage.titleProperty().unbind(); // a stage that showed a workbench before (tests reuse one) keeps its binding
        stage.setTitle(Workbench.windowTitle(begun.opening(), false));
        stage.setScene(starting);
        FirstFrameProbe.first(starting);
        stage.show();
        // read only once the starting view is laid out: reading beside it took the CPU its first frame needed
        CompletableFuture<Loaded> loading = begun.startReading();
        FirstFrame.afterPainted(starting, () -> true, () -> {
            (settings.darkTheme() ? Theme.DARK : Theme.LIGHT).apply();
            loading.thenAcceptAsync(loaded -> open(stage, starting, settings, loaded), Platform::runLater)
                    .exceptionally(failure -> {
                        // never leave the starting view up with nothing said: tell the user, as a failed start used to
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        Platform.runLater(() -> error("Costbench could not open its window",
                                cause.getMessage() != null ? cause.getMessage() : "An unexpected problem stopped the start."));
                        return null;
                    });
        });
    }

    /** The design and catalog read, then the workbench built in place of the starting view. */
    private void open(Stage stage, Scene starting, UserSettings settings, Loaded loaded) {
        Opening first = loaded.first();
        workbench = new Workbench(loaded.session(), first.project());
        workbench.open(first.project(), first.file(), first.untitledName());
        window = new MainWindow(workbench, settings);
        try {
            // the example was priced beside the window being built: shown now, the first frame is the priced one
            workbench.repricer().awaitLatest(FIRST_PRICE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Scene scene = window.show(stage, starting.getWidth(), starting.getHeight());
        FirstFrameProbe.ready(scene, () -> workbench.report() != null);
        if (loaded.catalogProblem() != null) error("Could not read the price catalog", loaded.catalogProblem() + "\n\nEvery price will show as missing.");
        if (first.problem() != null) error("Could not open the design", first.problem());
        window.startUp();
    }

    /** The window, once the catalog and the design are read (null before). */
    public MainWindow window() { return window; }

    @Override
    public void stop() {
        if (problems != null) problems.closing();
        if (workbench != null) workbench.close();
        if (problems != null) problems.uninstall();
    }

    private record Opening(Project project, Path file, String untitledName, String problem) {
        /** What a start opens, and the reading of it, started by {@link #startReading()}. */
        record Begun(UserSettings settings, String opening, CompletableFuture<Loaded> loading, Thread reader) {
            CompletableFuture<Loaded> startReading() {
                reader.start();
                return loading;
            }
        }

        /**
         * Reads the settings, and makes the thread that reads the catalog and the design off the UI thread, and after them
         * decodes the icons the workbench's first frame draws, so the UI thread does not.
         */
        static Begun begin(String dataDir, List<String> args) {
            Path folder = dataDir != null ? Path.of(dataDir) : null;
            UserSettings settings = new UserSettings(folder != null ? folder : UserSettings.defaultFolder());
            Path wanted = wantedDesign(settings, args);
            String opening = wanted != null ? wanted.getFileName().toString() : BundledExample.NAME;
            CompletableFuture<Loaded> loading = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                Loaded loaded;
                try {
                    loaded = load(settings.folder(), wanted);
                    if (loaded.first().file() != null) settings.addRecent(loaded.first().file());
                    else settings.save();
                } catch (Throwable e) {
                    loading.completeExceptionally(e);
                    return;
                }
                loading.complete(loaded);
                warmCoverage(loaded);
                warmIcons();
            }, "costbench-open");
            t.setDaemon(true);
            return new Begun(settings, opening, loading, t);
        }
    }

    /**
     * Decodes the kinds' icons (palette, menus, canvas) and the window's beside the UI thread building the
     * workbench: about 0.2 s it spent on them. Only a cache is filled; an icon that fails here fails again, and
     * is left out, where it is shown. Not the region picker's coverage: warming every region parsed far more than
     * the picker reads, and took the CPU the UI thread needed on a busy machine.
     */
    private static void warmIcons() {
        try {
            KindIcons.application();
            for (BlockKind kind : BlockKind.values()) for (int size : new int[] {16, 32, 48}) KindIcons.of(kind, size);
        } catch (RuntimeException e) {
            // left for the view that shows the icon
        }
    }

    /**
     * Works out what the catalog has for the design's region, which the status bar shows (a catalog's coverage is
     * kept once worked out), beside the UI thread waiting for its first frame rather than on it: 40–80 ms it spent.
     */
    private static void warmCoverage(Loaded loaded) {
        try {
            var scenarios = loaded.first().project().scenarios();
            if (!scenarios.isEmpty()) {
                var shown = scenarios.get(0);
                RegionCoverage.forNeeds(loaded.session().catalog(), shown.region(), PriceKind.neededBy(shown));
            }
        } catch (RuntimeException e) {
            // left for the status bar, which works it out and shows what went wrong
        }
    }

    private record Loaded(Session session, String catalogProblem, Opening first) {}

    /** The design named on the command line, else the most recent one; null on a first start (the example). */
    private static Path wantedDesign(UserSettings settings, List<String> args) {
        return !args.isEmpty() ? Path.of(args.get(0))
                : settings.isFirstStart() ? null
                : settings.recentFiles().stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** Off the UI thread: the catalog and the first design, each with what went wrong reading it. */
    private static Loaded load(Path dataDir, Path wanted) {
        Session session;
        String catalogProblem = null;
        try {
            session = Session.open(dataDir);
        } catch (RuntimeException e) {
            session = Session.over(dataDir, PriceCatalog.builder().build());
            catalogProblem = e.getMessage();
        }
        return new Loaded(session, catalogProblem, firstDesign(session, wanted));
    }

    private static Opening firstDesign(Session session, Path wanted) {
        String problem = null;
        if (wanted != null) {
            try {
                return new Opening(session.read(wanted).project(), wanted, null, null);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        try {
            return new Opening(BundledExample.load(), null, BundledExample.NAME, problem);
        } catch (RuntimeException e) {
            return new Opening(DocumentActions.emptyDesign(), null, "Untitled", problem == null ? e.getMessage() : problem);
        }
    }

    private static void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle("Costbench");
        a.setHeaderText(header);
        a.showAndWait();
    }
}
