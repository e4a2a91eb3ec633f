package dev.costbench.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces a file so that a crash, a killed process or a full disk leaves either the old file or the new
 * one, never half of each and never none: write a temporary file in the same folder, force it to disk,
 * then rename it over the target. On failure the temporary file is removed and the target is untouched.
 */
public final class AtomicFile {
    /** Suffix of the previous version kept beside a design file: {@code shop.costbench.json.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";
    /** Temporary files a killed save left behind are removed by a later save once they are this old. */
    static final Duration STALE_TEMPORARY = Duration.ofMinutes(10);

    /** Writes the new content to the temporary file and forces it to disk; a seam for tests of a full disk. */
    interface Disk {
        void writeAndForce(Path temporary, byte[] content) throws IOException;
    }

    static final Disk REAL_DISK = (temporary, content) -> {
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) out.write(buffer);
            out.force(true);
        }
    };

    private AtomicFile() {}

    /** Replaces {@code target} with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false, REAL_DISK);
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces {@code target} with {@code content}; with {@code keepBackup} the version it replaced becomes
     * {@code <target>.bak}, and only once the new content is safely on disk.
     */
    static void write(Path target, byte[] content, boolean keepBackup, Disk disk) throws IOException {
        Path absolute = realTarget(target.toAbsolutePath());
        Path folder = absolute.getParent();
        // a plain new file (not createTempFile) so it gets the user's usual permissions, not owner-only
        Path temp = temporaryFor(absolute);
        try {
            disk.writeAndForce(temp, content);
            keepPermissions(absolute, temp);
            if (keepBackup) keepBackup(absolute);
            replace(temp, absolute);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
        removeStaleTemporaries(absolute);
    }

    /** A design kept behind a symbolic link is saved where the link points, and the link stays a link. */
    private static Path realTarget(Path absolute) throws IOException {
        return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
    }

    private static Path temporaryFor(Path absolute) {
        return absolute.resolveSibling(temporaryPrefix(absolute) + UUID.randomUUID() + ".tmp");
    }

    private static String temporaryPrefix(Path absolute) { return "." + absolute.getFileName() + "."; }

    /**
     * The current file becomes the backup without ever leaving the design's name empty: a hard link (or,
     * where links are not supported, a copy) under a temporary name, renamed over the old backup.
     */
    private static void keepBackup(Path absolute) throws IOException {
        if (!Files.isRegularFile(absolute)) return;
        Path backup = backupOf(absolute);
        Path temp = temporaryFor(backup);
        try {
            try {
                Files.createLink(temp, absolute);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                Files.deleteIfExists(temp);
                Files.copy(absolute, temp, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
            replace(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network and FAT file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A saved file keeps the permissions it had, e.g. group-readable designs stay group-readable. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (old == null || fresh == null || !Files.exists(target)) return;
        fresh.setPermissions(old.readAttributes().permissions());
    }

    /** Makes the rename itself durable where the platform allows syncing a directory (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file is already renamed; only its durability across a power cut is left to the OS
        }
    }

    /**
     * Temporary files of this target that a killed save left behind; only old ones go, so a save running
     * at this moment in another window keeps its own.
     */
    private static void removeStaleTemporaries(Path absolute) {
        // the backup's temporaries (".shop.costbench.json.bak.….tmp") share the prefix
        String prefix = temporaryPrefix(absolute);
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_TEMPORARY));
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            siblings.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp");
            }).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover that cannot be removed now is tried again at the next save
                }
            });
        } catch (IOException ignored) {
            // the save itself succeeded; tidying up is best effort
        }
    }
}
