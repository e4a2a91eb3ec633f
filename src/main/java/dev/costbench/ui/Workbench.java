package dev.costbench.ui;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.session.Session;
import dev.costbench.ui.command.Command;
import dev.costbench.ui.command.CommandStack;
import dev.costbench.ui.command.EditorState;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The view model of one workbench window: the open design and its undo history, the file it came from,
 * the catalog it is priced against and the latest cost report of the scenario on screen. Panels observe
 * it; none of them changes the model except through {@link #execute}.
 */
public final class Workbench implements AutoCloseable {
    /** Replaced when prices are imported; the repricer reads the session's engine afresh for every job. */
    private final ObjectProperty<PriceCatalog> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final Session session;
    private final CommandStack commands;
    private final Repricer repricer;
    private final java.util.List<Runnable> closing = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    /** Shown in the title when the design has no file yet, e.g. the bundled example. */
    private final StringProperty untitledName = new SimpleStringProperty(this, "untitledName", "Untitled");
    private final ObservableStringValue title;
    private Scenario priced;
    /**
     * How long the UI thread waits, after an edit, for its price: a one-block edit reprices in about a millisecond, so
     * the frame that shows the edit shows its total too; half a frame at most, so a slow reprice never stalls the window.
     */
    private static final Duration EDIT_PRICE_WAIT = Duration.ofMillis(8);
    /** Counts New/Open, so views can re-fit the canvas to a design just opened. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper opened = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "opened");

    /** A window over given prices alone, with no data folder (views under test, benchmarks). */
    public Workbench(PriceCatalog catalog, Project project) { this(Session.over(null, catalog), project); }

    public Workbench(Session session, Project project) {
        this.session = session;
        this.catalog.set(session.catalog());
        this.commands = new CommandStack(EditorState.of(project));
        this.repricer = new Repricer(s -> this.session.price(s), Platform::runLater);
        commands.stateProperty().addListener((obs, old, now) -> repriceIfChanged(now, EDIT_PRICE_WAIT));
        title = Bindings.createStringBinding(() -> windowTitle(documentName(), commands.isDirty()),
                commands.dirtyProperty(), file, untitledName);
        repriceIfChanged(commands.current(), Duration.ZERO);
    }

    private void repriceIfChanged(EditorState now, Duration wait) {
        if (now.scenario() == priced) return;
        priced = now.scenario();
        // the inspector shows one selected block's cost lines: the worker works them out, not the UI thread
        repricer.repriceShowingQuickly(priced, now.selection().size() == 1 ? now.selection() : Set.of(), wait);
    }

    /** The window's title for a document: its name, marked when it has unsaved changes. */
    public static String windowTitle(String documentName, boolean unsaved) {
        return (unsaved ? "*" : "") + documentName + " — Costbench";
    }

    public String documentName() {
        Path f = file.get();
        return f == null ? untitledName.get() : f.getFileName().toString();
    }

    public boolean execute(Command command) { return commands.execute(command); }

    public PriceCatalog catalog() { return catalog.get(); }
    public ReadOnlyObjectProperty<PriceCatalog> catalogProperty() { return catalog; }
    /** The engine pricing against the current catalog, for views that price what-ifs of their own. */
    public PricingEngine engine() { return session.engine(); }

    /** The application session: catalog choice, engine, reading designs and exports, shared with the command line. */
    public Session session() { return session; }

    /** Prices everything against {@code newCatalog} from now on (after an import); the design and its history stay. */
    public void replaceCatalog(PriceCatalog newCatalog) {
        session.replaceCatalog(newCatalog);
        catalog.set(newCatalog);
        priced = null;
        repriceIfChanged(commands.current(), Duration.ZERO);
    }
    public CommandStack commands() { return commands; }
    public EditorState state() { return commands.current(); }
    public Project project() { return commands.current().project(); }
    public Scenario scenario() { return commands.current().scenario(); }
    public Set<String> selection() { return commands.current().selection(); }

    /** The one selected block, if exactly one is selected. */
    public Optional<Block> selectedBlock() {
        Set<String> ids = selection();
        return ids.size() == 1 ? scenario().block(ids.iterator().next()) : Optional.empty();
    }

    public void select(Set<String> ids) { commands.select(ids); }

    /** Replaces the open design (New, Open): a fresh history, saved at this point. */
    public void open(Project project, Path from, String untitled) {
        file.set(from);
        untitledName.set(untitled == null ? "Untitled" : untitled);
        commands.reset(EditorState.of(project));
        opened.set(opened.get() + 1);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty openedProperty() { return opened.getReadOnlyProperty(); }

    public Repricer repricer() { return repricer; }
    public CostReport report() { return repricer.report(); }
    public ObjectProperty<Path> fileProperty() { return file; }
    public Path file() { return file.get(); }
    public ObservableStringValue titleProperty() { return title; }

    /** Runs {@code r} on the JavaFX thread when the window closes (the views' own workers stop with it). */
    public void whenClosed(Runnable r) { closing.add(r); }

    /** May be called from any thread; what {@link #whenClosed} asked for runs on the JavaFX thread. */
    @Override
    public void close() {
        // views stop their animations as they close, and an animation stopped off the JavaFX thread races its pulse
        if (Platform.isFxApplicationThread()) closing.forEach(Runnable::run);
        else {
            try {
                Platform.runLater(() -> closing.forEach(Runnable::run));
            } catch (IllegalStateException toolkitGone) {
                closing.forEach(Runnable::run);
            }
        }
        repricer.close();
    }
}
