package dev.costbench.catalog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be written, in the user's words, from what the file system reported: a full disk,
 * a read-only folder, a folder that is really a file. Operating systems word these differently, so the
 * folder is looked at as well as the message. Designs, autosaves, exports and imported catalogs all say it
 * the same way.
 */
public final class FileProblem {
    private FileProblem() {}

    /** "the disk is full", "the folder /x is read-only", …; never a stack trace. */
    public static String reason(IOException e, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path fileInTheWay = fileInTheWay(folder);
        if (fileInTheWay != null) return fileInTheWay + " is a file, not a folder";
        String detail = detail(e).toLowerCase(Locale.ROOT);
        if (detail.contains("no space left") || detail.contains("not enough space") || detail.contains("disk full")
                || detail.contains("quota"))
            return "the disk is full (or your disk quota is used up)";
        // a folder that cannot be created on a read-only disk is missing because of the disk: say that
        if (detail.contains("read-only file system")) return "the disk holding " + nearestExisting(folder) + " is read-only";
        if (e instanceof AccessDeniedException || detail.contains("permission denied") || detail.contains("access is denied")
                || detail.contains("operation not permitted"))
            return "permission denied: the folder " + nearestExisting(folder) + " or the file is read-only or belongs to someone else";
        if (folder != null && !Files.exists(folder)) return "the folder " + folder + " does not exist";
        if (e instanceof NoSuchFileException nf) return nf.getReason() != null ? nf.getReason() : "the folder " + folder + " is no longer there";
        if (detail.contains("is a directory") || detail.contains("directory not empty"))
            return target.toAbsolutePath() + " is a folder, not a file";
        String shown = detail(e);
        return shown.isBlank() ? "the system refused without saying why" : shown;
    }

    /** {@code folder}, or its nearest ancestor that exists: the one whose disk or permissions matter. */
    private static Path nearestExisting(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) if (Files.exists(p)) return p;
        return folder;
    }

    /** Why a file could not be read, as the system put it, without naming a class. */
    public static String readReason(IOException e) {
        String shown = detail(e);
        return shown.isBlank() ? "the system refused without saying why" : shown;
    }

    /** The nearest ancestor of {@code folder} that exists, when it is a file rather than a folder. */
    private static Path fileInTheWay(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) return null;
            if (Files.exists(p)) return p;
        }
        return null;
    }

    private static String detail(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? "" : e.getMessage();
    }
}
