package dev.costbench.project.lock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A lock file beside an open design ({@code .~shop.costbench.json.lock}, the convention office suites use)
 * naming who has it open, so that a second window or a second Costbench is warned instead of two people
 * saving over each other without knowing. A lock whose process is gone from this computer is stale and
 * taken over. Locks are advice: a design in a folder that cannot hold one still opens.
 */
public final class DesignLock implements AutoCloseable {
    /** What trying to lock a design found. */
    public sealed interface Attempt permits Acquired, HeldElsewhere, NotLockable {}

    public record Acquired(DesignLock lock) implements Attempt {}

    /** Someone else has it open; {@code sameProcess} when that is another window of this Costbench. */
    public record HeldElsewhere(LockOwner owner, boolean sameProcess) implements Attempt {}

    /** The folder cannot hold a lock file (read-only, gone); the design opens without one. */
    public record NotLockable(String reason) implements Attempt {}

    /** Lock files this process holds, so a second window of it is told apart from a stale lock of its own pid. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path design;
    private final Path lockFile;
    private final LockOwner owner;
    private boolean released;

    private DesignLock(Path design, Path lockFile, LockOwner owner) {
        this.design = design;
        this.lockFile = lockFile;
        this.owner = owner;
    }

    public static Path lockFileOf(Path design) {
        Path abs = design.toAbsolutePath().normalize();
        return abs.resolveSibling(".~" + abs.getFileName() + ".lock");
    }

    /** Locks {@code design} for this process unless someone else holds it. */
    public static Attempt tryAcquire(Path design) {
        Path lockFile = lockFileOf(design);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                LockOwner me = LockOwner.thisProcess();
                if (create(lockFile, me)) return acquired(design, lockFile, me);
                LockOwner holder = LockOwner.read(lockFile);
                synchronized (HELD) {
                    if (holder != null && holder.isThisProcess() && HELD.contains(lockFile))
                        return new HeldElsewhere(holder, true);
                }
                if (holder != null && !holder.isStale() && !holder.isThisProcess()) return new HeldElsewhere(holder, false);
                // stale, unreadable, or our own from a window that is gone: remove it and try again
                Files.deleteIfExists(lockFile);
            }
            return new NotLockable("the lock file " + lockFile + " keeps changing");
        } catch (IOException e) {
            return new NotLockable("cannot write " + lockFile + ": " + (e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getMessage()));
        }
    }

    /** Locks {@code design} even though someone holds it: the user chose to open it anyway. */
    public static Attempt takeOver(Path design) {
        Path lockFile = lockFileOf(design);
        LockOwner me = LockOwner.thisProcess();
        Path temp = null;
        try {
            temp = temporary(lockFile, me);
            Files.move(temp, lockFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return acquired(design, lockFile, me);
        } catch (IOException e) {
            return new NotLockable("cannot write " + lockFile + ": " + e.getMessage());
        } finally {
            try {
                if (temp != null) Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover temporary lock is harmless: nothing reads it
            }
        }
    }

    private static Acquired acquired(Path design, Path lockFile, LockOwner me) {
        synchronized (HELD) {
            HELD.add(lockFile);
        }
        return new Acquired(new DesignLock(design, lockFile, me));
    }

    /** Creates the lock file with its content in one step, failing if it exists: a hard link of a complete file. */
    private static boolean create(Path lockFile, LockOwner me) throws IOException {
        Path temp = temporary(lockFile, me);
        try {
            Files.createLink(lockFile, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (Files.exists(lockFile)) return false;
            try {
                Files.move(temp, lockFile);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path temporary(Path lockFile, LockOwner me) throws IOException {
        Path temp = lockFile.resolveSibling(lockFile.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.writeString(temp, me.toJson(), StandardCharsets.UTF_8);
        return temp;
    }

    public Path design() { return design; }

    public Path lockFile() { return lockFile; }

    /**
     * Who holds the design now, if not this lock: someone who opened it anyway after the warning. Checked
     * before a save so that the user hears about it before overwriting their work.
     */
    public LockOwner takenOverBy() {
        try {
            LockOwner now = LockOwner.read(lockFile);
            return now == null || now.equals(owner) ? null : now;
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the lock file if it is still this lock's. */
    @Override
    public void close() {
        if (released) return;
        released = true;
        synchronized (HELD) {
            HELD.remove(lockFile);
        }
        try {
            if (owner.equals(LockOwner.read(lockFile))) Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // the lock is advice; one that cannot be removed is stale once this process ends
        }
    }
}
