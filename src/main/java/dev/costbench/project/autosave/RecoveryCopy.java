package dev.costbench.project.autosave;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One autosaved copy of unsaved work: which design it is (its file, or none for an untitled design), its
 * name, when it was taken and by which Costbench process.
 */
public record RecoveryCopy(Path file, String documentId, Path original, String projectName, Instant takenAt,
                           long pid, String host) {

    public boolean isUntitled() { return original == null; }

    /** The design's file name, or "untitled" for a design never saved. */
    public String originalName() { return original == null ? "untitled" : String.valueOf(original.getFileName()); }
}
