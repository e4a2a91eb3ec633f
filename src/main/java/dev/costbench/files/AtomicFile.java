package dev.costbench.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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
    public interface Disk {
        void writeAndForce(Path temporary, byte[] content) throws IOException;

        /** Renames the finished temporary file over the target; a seam for tests of a rename that fails. */
        default void rename(Path temporary, Path target) throws IOException { replace(temporary, target); }
    }

    public static final Disk REAL_DISK = (temporary, content) -> {
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) out.write(buffer);
            out.force(true);
        }
    };

    private AtomicFile() {}

    /** Content written as a stream, for files too large to hold in memory first (an exported workbook). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code target} with what {@code content} writes (an export). A target marked read-only, or open in
     * LibreOffice or Excel (their lock file beside it), is left as it is: replaced, the reviewer's open copy would be
     * silently out of date, and their next save would overwrite the export.
     */
    public static void write(Path target, Content content) throws IOException {
        if (isReadOnly(target))
            throw new FileSystemException(target.toString(), null, "it is read-only: make it writable first, or write under another name");
        Path lock = officeLock(target);
        if (lock != null)
            throw new FileSystemException(target.toString(), null, "it is open in LibreOffice or Excel (their lock file "
                    + lock.getFileName() + " is beside it): close it there first, or write under another name");
        write(target, null, false, (temporary, ignored) -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /** Replaces {@code target} with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false, REAL_DISK);
    }

    /**
     * True for a file whose permissions forbid writing it. Its folder may still allow replacing it, but someone marked
     * it read-only on purpose; the permission bits are read, since an administrator may write anyway.
     */
    public static boolean isReadOnly(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> perms = posix.readAttributes().permissions();
                return !perms.contains(PosixFilePermission.OWNER_WRITE)
                        && !perms.contains(PosixFilePermission.GROUP_WRITE)
                        && !perms.contains(PosixFilePermission.OTHERS_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            return dos != null ? dos.readAttributes().isReadOnly() : !Files.isWritable(file);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The lock file LibreOffice ({@code .~lock.review.xlsx#}) or Excel ({@code ~$review.xlsx}) keeps beside a file it has
     * open, or null when there is none.
     */
    public static Path officeLock(Path file) {
        String name = file.getFileName().toString();
        for (String lock : new String[] {".~lock." + name + "#", "~$" + name}) {
            Path p = file.resolveSibling(lock);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return null;
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces {@code target} with {@code content}; with {@code keepBackup} the version it replaced becomes
     * {@code <target>.bak}, and only once the new content is in place: a save that fails keeps the old backup.
     */
    public static void write(Path target, byte[] content, boolean keepBackup, Disk disk) throws IOException {
        Path absolute = realTarget(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (keepBackup && Files.isDirectory(backupOf(absolute), LinkOption.NOFOLLOW_LINKS))
            throw new FileSystemException(backupOf(absolute).toString(), null, "a folder has the name the previous version "
                    + "is kept under (" + backupOf(absolute).getFileName() + "); rename or remove that folder");
        // a plain new file (not createTempFile) so it gets the user's usual permissions, not owner-only
        Path temp = temporaryFor(absolute);
        Path previous = null;
        try {
            disk.writeAndForce(temp, content);
            keepPermissions(absolute, temp);
            if (keepBackup) previous = linkToCurrent(absolute);
            disk.rename(temp, absolute);
            if (previous != null) keepAsBackup(previous, backupOf(absolute));
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
            if (previous != null) Files.deleteIfExists(previous);
        }
        removeStaleTemporaries(absolute);
    }

    /**
     * A design kept behind a symbolic link is saved where the link points, and the link stays a link; a link
     * whose file is gone gets the file back where it points.
     */
    private static Path realTarget(Path absolute) throws IOException {
        Path p = absolute;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) throw new FileSystemException(absolute.toString(), null, "its links lead round in a circle");
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        if (p == absolute) return absolute;
        if (p.getParent() == null || !Files.isDirectory(p.getParent()))
            throw new NoSuchFileException(absolute.toString(), null, "it is a link to " + p + ", and the folder "
                    + p.getParent() + " does not exist");
        return p.getParent().toRealPath().resolve(p.getFileName());
    }

    private static Path temporaryFor(Path absolute) {
        return absolute.resolveSibling(temporaryPrefix(absolute) + UUID.randomUUID() + ".tmp");
    }

    private static String temporaryPrefix(Path absolute) { return "." + absolute.getFileName() + "."; }

    /**
     * The current file under a temporary name (a hard link, or a copy where links are not supported), taken
     * before the rename; it becomes the backup only after the new file is in place. Null when there is none.
     */
    private static Path linkToCurrent(Path absolute) throws IOException {
        if (!Files.isRegularFile(absolute)) return null;
        Path temp = temporaryFor(backupOf(absolute));
        try {
            Files.createLink(temp, absolute);
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.deleteIfExists(temp);
            try {
                Files.copy(absolute, temp, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
        return temp;
    }

    /** The design is saved by now; a backup that cannot be kept leaves the older backup, which is no reason to fail. */
    private static void keepAsBackup(Path previous, Path backup) {
        try {
            replace(previous, backup);
        } catch (IOException ignored) {
            // the previous backup stays as it was
        }
    }

    static void replace(Path from, Path to) throws IOException {
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
