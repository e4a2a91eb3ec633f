package dev.costbench.ui.app;

import dev.costbench.model.Project;
import dev.costbench.project.autosave.AutosaveFolder;
import dev.costbench.project.autosave.DocumentAutosave;
import dev.costbench.project.autosave.RecoveryCopy;
import dev.costbench.ui.Workbench;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * Autosaves the window's unsaved work every 30 seconds and whenever the window loses focus (the moment a
 * facilitator switches to slides is the moment a laptop tends to die), into the user data folder. The copy
 * is removed when the work is saved, undone back to the saved state, or the window is closed on purpose.
 */
public final class AutosaveTimer {
    public static final Duration INTERVAL = Duration.seconds(30);

    private final Workbench workbench;
    private final AutosaveFolder folder;
    private final DocumentAutosave autosave;
    private final Timeline timeline;

    /** {@code onProblem} is told, on the FX thread, when an autosave could not be written. */
    public AutosaveTimer(Workbench workbench, AutosaveFolder folder, Consumer<String> onProblem) {
        this.workbench = workbench;
        this.folder = folder;
        this.autosave = new DocumentAutosave(folder, message -> Platform.runLater(() -> onProblem.accept(message)));
        this.timeline = new Timeline(new KeyFrame(INTERVAL, e -> autosaveNow()));
        timeline.setCycleCount(Animation.INDEFINITE);
        workbench.commands().dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) autosave.clear();
        });
    }

    /** Starts the 30-second timer and the autosave when {@code stage} loses focus. */
    public void start(Stage stage) {
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) autosaveNow();
        });
        timeline.play();
    }

    /** Copies the design to the autosave folder if it has unsaved changes; the copy is written off the FX thread. */
    public void autosaveNow() {
        if (workbench.commands().isDirty()) autosave.unsavedWork(workbench.project(), workbench.file());
    }

    /** The window now holds a restored copy: keep autosaving into that copy rather than a new one. */
    public void continueRecovered(RecoveryCopy copy, Project restored) { autosave.adopt(copy, restored); }

    /** A restored copy that turned out to equal its file on disk holds nothing to recover: it goes. */
    public void discardRecovered(RecoveryCopy copy) {
        try {
            folder.discard(copy);
        } catch (java.io.IOException e) {
            // it is offered again at the next start, where Discard can remove it
        }
    }

    /** Waits for autosaves in progress, e.g. before a test looks at the folder. */
    public void flush() { autosave.flush(); }

    /** A clean close: the timer stops and the recovery copy goes. */
    public void closeCleanly() {
        timeline.stop();
        autosave.close();
    }
}
