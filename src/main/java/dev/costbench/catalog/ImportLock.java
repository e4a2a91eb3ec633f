package dev.costbench.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive right to change the user catalog of one data folder: an operating-system lock on
 * {@code <data dir>/catalog.lock} held by this process (released by the system if the process dies), and
 * inside the process a lock per folder, since the system's lock does not tell a process's threads apart.
 * A second import waits for the first, for a bounded time.
 */
public final class ImportLock implements AutoCloseable {
    static final String FILE = "catalog.lock";
    /** Long enough for a whole-world import to finish; a wait longer than this is refused with a message. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private ImportLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock of {@code dataDir}, waiting at most {@code wait}; null when another import still holds it
     * then. A thread that holds it already gets it again (released with its outer hold).
     */
    public static ImportLock acquire(Path dataDir, Duration wait) throws IOException {
        Path key = dataDir.toAbsolutePath().normalize();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!threadLock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (threadLock.getHoldCount() > 1) return new ImportLock(threadLock, null, null);
        FileChannel channel = null;
        try {
            Files.createDirectories(key);
            channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException sameFolderOtherName) {
                    lock = null; // the folder reached by another path in this process: wait like for another process
                }
                if (lock != null) {
                    sayWho(channel);
                    return new ImportLock(threadLock, channel, lock);
                }
                if (System.nanoTime() >= deadline) break;
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            threadLock.unlock();
            throw e;
        }
        channel.close();
        threadLock.unlock();
        return null;
    }

    /** The lock file of {@code dataDir}. */
    public static Path file(Path dataDir) { return dataDir.resolve(FILE); }

    /** What to tell a user whose import found another one running: which process, since when. */
    public static String busyMessage(Path dataDir) {
        String holder;
        try {
            holder = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            holder = "";
        }
        return "another import into " + dataDir + " is still running" + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; try again when it has finished";
    }

    /** Writes who holds the lock into the lock file, for the message another import shows. */
    private static void sayWho(FileChannel channel) throws IOException {
        byte[] who = ("process " + ProcessHandle.current().pid() + " since " + Instant.now()).getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who), 0);
    }

    @Override
    public void close() throws IOException {
        try {
            if (fileLock != null) {
                fileLock.release();
                channel.close();
            }
        } finally {
            threadLock.unlock();
        }
    }
}
