package dev.costbench.project.lock;

import java.nio.file.Path;

/** A second Costbench process for the lock test: locks the design it is given and keeps it until killed. */
public final class LockHolder {
    public static void main(String[] args) throws Exception {
        DesignLock.Attempt a = DesignLock.tryAcquire(Path.of(args[0]));
        System.out.println(a instanceof DesignLock.Acquired ? "locked" : "not locked: " + a);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
