package dev.costbench.ui.app;

import dev.costbench.project.lock.DesignLock;
import dev.costbench.project.lock.LockOwner;
import dev.costbench.ui.Workbench;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Keeps the lock file of the design this window has open, so a second window or a second Costbench opening
 * it is warned. A lock is claimed before a design is opened or saved under a new name, and follows the
 * window's file: the old design's lock goes when another design (or none) takes its place.
 */
public final class OpenDesignLock {
    private final Workbench workbench;
    private final Supplier<Window> owner;
    private DesignLock held;
    /** Claimed for a file the window is about to show; becomes {@link #held} when it does. */
    private DesignLock claimed;

    public OpenDesignLock(Workbench workbench, Supplier<Window> owner) {
        this.workbench = workbench;
        this.owner = owner;
        workbench.fileProperty().addListener((o, was, now) -> follow(now));
    }

    /**
     * Locks {@code file} before the window opens or saves it; when someone else has it open, asks whether to
     * go on. True when the window may go ahead (also when the folder cannot hold a lock: locks are advice).
     */
    public boolean claim(Path file) {
        if (isOurs(held, file) || isOurs(claimed, file)) return true;
        DesignLock.Attempt attempt = DesignLock.tryAcquire(file);
        if (attempt instanceof DesignLock.HeldElsewhere h) {
            if (!DesignLockWarning.openAnyway(file, h.owner(), h.sameProcess(), owner.get())) return false;
            attempt = DesignLock.takeOver(file);
        }
        if (attempt instanceof DesignLock.Acquired a) {
            release(claimed);
            claimed = a.lock();
        }
        return true;
    }

    /** Locks the design the window already shows (the one it started with); asks as {@link #claim} does. */
    public boolean claimOpened() {
        Path file = workbench.file();
        if (file == null) return true;
        boolean go = claim(file);
        if (go) follow(file);
        return go;
    }

    /** Before saving over the window's own file: true unless someone opened it since and the user cancels. */
    public boolean maySave() {
        if (held == null) return true;
        LockOwner other = held.takenOverBy();
        return other == null || DesignLockWarning.saveAnyway(held.design(), other, owner.get());
    }

    /** The open or save was given up: a lock claimed for it is let go. */
    public void abandonClaim() {
        release(claimed);
        claimed = null;
    }

    /** The window closes: every lock goes. */
    public void releaseAll() {
        abandonClaim();
        release(held);
        held = null;
    }

    private void follow(Path file) {
        if (isOurs(held, file)) return;
        release(held);
        held = null;
        if (isOurs(claimed, file)) {
            held = claimed;
            claimed = null;
        }
    }

    private static boolean isOurs(DesignLock lock, Path file) {
        return lock != null && file != null
                && lock.lockFile().equals(DesignLock.lockFileOf(file));
    }

    private static void release(DesignLock lock) {
        if (lock != null) lock.close();
    }
}
