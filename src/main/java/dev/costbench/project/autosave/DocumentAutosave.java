package dev.costbench.project.autosave;

import dev.costbench.model.Project;
import dev.costbench.catalog.FileProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The autosave of one open document. The window calls {@link #unsavedWork} every 30 seconds and when it
 * loses focus, and {@link #clear} when the work is saved or closed on purpose. The design is immutable, so
 * it is written on a background thread in the order the calls came; the window never waits for the disk.
 */
public final class DocumentAutosave implements AutoCloseable {
    private final AutosaveFolder folder;
    private final Consumer<String> onProblem;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "costbench-autosave");
        t.setDaemon(true);
        return t;
    });
    private volatile String documentId = UUID.randomUUID().toString();
    /** The design last handed to the writer, so an unchanged design is not written again. */
    private Project lastWritten;

    /** {@code onProblem} hears, on the writer's thread, why an autosave failed. */
    public DocumentAutosave(AutosaveFolder folder, Consumer<String> onProblem) {
        this.folder = folder;
        this.onProblem = onProblem;
    }

    public String documentId() { return documentId; }

    /** Autosaves {@code project} unless this very design was the last one autosaved. */
    public synchronized void unsavedWork(Project project, Path original) {
        if (project == lastWritten) return;
        lastWritten = project;
        String id = documentId;
        writer.execute(() -> {
            try {
                folder.write(id, project, original);
            } catch (IOException e) {
                onProblem.accept("Autosave failed: unsaved work could not be copied to " + folder.folder() + ": "
                        + FileProblem.reason(e, folder.folder().resolve(id)));
            }
        });
    }

    /** The work is on disk or was thrown away on purpose: the recovery copy goes. */
    public synchronized void clear() {
        lastWritten = null;
        String id = documentId;
        writer.execute(() -> {
            try {
                folder.remove(id);
            } catch (IOException e) {
                onProblem.accept("Could not remove the recovery copy in " + folder.folder() + ": "
                        + FileProblem.reason(e, folder.folder().resolve(id)));
            }
        });
    }

    /**
     * Continues a restored copy: later autosaves replace it, and it is written again at once under this
     * process, so the copy survives another crash and is no longer listed as left behind.
     */
    public synchronized void adopt(RecoveryCopy copy, Project restored) {
        clear();
        documentId = copy.documentId();
        unsavedWork(restored, copy.original());
    }

    /** Waits until every autosave asked for so far is on disk (or failed). */
    public void flush() {
        CompletableFuture.runAsync(() -> {}, writer).join();
    }

    /** A clean close: the copy is removed and the writer stops. */
    @Override
    public void close() {
        clear();
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
