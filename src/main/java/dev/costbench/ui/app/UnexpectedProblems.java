package dev.costbench.ui.app;

import dev.costbench.model.ProductVersion;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the window does with a problem no part of it expected (a bug): the details go to {@code problems.log} in the
 * user data folder, for a bug report, and the user gets one plain message, not a stack trace on a console they do
 * not see. While the application is closing, a problem is only logged: the toolkit can still deliver an event to a
 * window it has already taken apart.
 */
public final class UnexpectedProblems implements Thread.UncaughtExceptionHandler {
    static final String LOG = "problems.log";
    /** The log stops growing past this; the first problems are the ones a report needs. */
    static final long MAX_LOG_BYTES = 1 << 20;

    private final Path log;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** One message on screen at a time: a problem repeated on every pulse must not open a window a pulse. */
    private final AtomicBoolean showing = new AtomicBoolean();
    private final Thread closingHook = new Thread(() -> closing.set(true), "costbench-closing");
    private Thread.UncaughtExceptionHandler before, beforeOnUiThread;

    UnexpectedProblems(Path dataFolder) { this.log = dataFolder.resolve(LOG); }

    /** Handles the problems of every thread from now on, until {@link #uninstall()}. */
    void install() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        // the UI thread's own handler, as JavaFX sets none and an earlier window may have left one
        if (Platform.isFxApplicationThread()) {
            Thread ui = Thread.currentThread();
            // the thread's own handler, or null when it had none (its group's, then the default, handle its problems)
            beforeOnUiThread = ui.getUncaughtExceptionHandler() == ui.getThreadGroup() ? null : ui.getUncaughtExceptionHandler();
            ui.setUncaughtExceptionHandler(this);
        }
        Runtime.getRuntime().addShutdownHook(closingHook);
    }

    /** The application is closing: problems from here on are logged only. */
    void closing() { closing.set(true); }

    /** Puts back what handled problems before (tests start several windows in one process). */
    void uninstall() {
        closing.set(true);
        if (Thread.getDefaultUncaughtExceptionHandler() == this) Thread.setDefaultUncaughtExceptionHandler(before);
        if (Platform.isFxApplicationThread() && Thread.currentThread().getUncaughtExceptionHandler() == this)
            Thread.currentThread().setUncaughtExceptionHandler(beforeOnUiThread);
        try {
            Runtime.getRuntime().removeShutdownHook(closingHook);
        } catch (IllegalStateException alreadyClosing) {
            // the hook has run or is running: nothing to take back
        }
    }

    Path log() { return log; }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        boolean logged = write(thread, problem);
        // the log is out of reach (a full disk, a read-only folder): the console is the last place left for the details
        if (!logged) problem.printStackTrace();
        if (closing.get() || !showing.compareAndSet(false, true)) return;
        String where = logged ? "The details, for a bug report, are in " + log + "." : "Its details could not be written to " + log + ".";
        Runnable show = () -> {
            try {
                Alert a = new Alert(Alert.AlertType.ERROR, "Costbench met a problem it did not expect, and stopped what it was doing. "
                        + "Your saved files are untouched; save the design under a new name to keep your work.\n\n" + where, ButtonType.OK);
                a.setTitle("Costbench");
                a.setHeaderText("Something went wrong inside Costbench");
                a.setOnHidden(e -> showing.set(false));
                a.show();
            } catch (RuntimeException e) {
                showing.set(false);
            }
        };
        try {
            if (Platform.isFxApplicationThread()) show.run();
            else Platform.runLater(show);
        } catch (IllegalStateException toolkitGone) {
            showing.set(false);
        }
    }

    /** Appends the problem to the log in one write, so two problems at once do not interleave; false when it could not. */
    private boolean write(Thread thread, Throwable problem) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.printf("%s · Costbench %s · %s · thread %s%n", Instant.now(), ProductVersion.number(), ProductVersion.runtime(),
                    thread.getName());
            problem.printStackTrace(out);
            out.println();
        }
        try {
            if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES) return true;
            Files.createDirectories(log.getParent());
            Files.write(log, text.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
