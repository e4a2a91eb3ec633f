package dev.costbench.project.autosave;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Project;
import dev.costbench.files.AtomicFile;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import dev.costbench.project.lock.LockOwner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code autosave/} folder in the user data folder: one recovery copy per open document with unsaved
 * work, {@code <document id>.costbench-recovery}. A copy is one line of metadata (original file or none,
 * design name, time taken, owning process) followed by the design exactly as Save would write it, and is
 * replaced atomically, so a crash while autosaving leaves the previous copy. The process that writes a copy
 * holds an operating-system lock on its {@code .lock} file beside it until the copy is removed; the system
 * releases it when the process ends however it ends, so a copy is left behind exactly when nobody holds it
 * (a process id can be reused by another program; a lock cannot outlive its process).
 */
public final class AutosaveFolder {
    public static final String FOLDER_NAME = "autosave";
    static final String SUFFIX = ".costbench-recovery";
    static final String LOCK_SUFFIX = SUFFIX + ".lock";
    /** The metadata line is read up to this length: a 10,000-character name written escaped, and a long path. */
    static final int MAX_HEADER_CHARS = 256 * 1024;
    /** Copies this process holds, by lock file: the system's lock does not tell one process's checks apart. */
    private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();
    private static final int FORMAT = 1;
    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(40_000).build())
            .build()).build();

    private final Path folder;

    /** The autosave folder of the user data folder {@code dataDir}. */
    public AutosaveFolder(Path dataDir) { this.folder = dataDir.resolve(FOLDER_NAME); }

    public Path folder() { return folder; }

    /** Writes (or replaces) the recovery copy of document {@code documentId}; {@code original} is null for an untitled design. */
    public RecoveryCopy write(String documentId, Project project, Path original) throws IOException {
        if (!DOCUMENT_ID.matcher(documentId).matches()) throw new IllegalArgumentException("not a document id: " + documentId);
        LockOwner me = LockOwner.thisProcess();
        Path abs = original == null ? null : original.toAbsolutePath().normalize();
        RecoveryCopy copy = new RecoveryCopy(fileOf(documentId), documentId, abs, project.name(), me.since(), me.pid(), me.host());
        ObjectNode meta = JSON.createObjectNode()
                .put("format", FORMAT)
                .put("documentId", documentId)
                .put("original", abs == null ? null : abs.toString())
                .put("projectName", project.name())
                .put("takenAt", copy.takenAt().toString())
                .put("pid", copy.pid())
                .put("host", copy.host());
        String content = JSON.writeValueAsString(meta) + "\n" + ProjectFile.toJson(project);
        Files.createDirectories(folder);
        hold(documentId);
        AtomicFile.write(copy.file(), content.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /** Removes document {@code documentId}'s copy: its work was saved, or closed on purpose. */
    public void remove(String documentId) throws IOException {
        if (!DOCUMENT_ID.matcher(documentId).matches() || !Files.isDirectory(folder)) return;
        Files.deleteIfExists(fileOf(documentId));
        release(documentId);
    }

    /** Takes this process's lock on the copy's lock file, before the copy is first written. */
    private void hold(String documentId) throws IOException {
        Path lockFile = lockOf(documentId);
        if (HELD.containsKey(lockFile)) return;
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            // another start may be looking at it this instant (it lets go at once); a copy is never worth a hang
            for (int attempt = 0; attempt < 50; attempt++) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    HELD.put(lockFile, channel);
                    return;
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (OverlappingFileLockException e) {
            // held in this process under another channel: it is ours already
        }
        channel.close();
    }

    private void release(String documentId) throws IOException {
        Path lockFile = lockOf(documentId);
        FileChannel channel = HELD.remove(lockFile);
        if (channel != null) channel.close();
        Files.deleteIfExists(lockFile);
    }

    private Path lockOf(String documentId) { return folder.resolve(documentId + LOCK_SUFFIX); }

    public void discard(RecoveryCopy copy) throws IOException { remove(copy.documentId()); }

    /**
     * Copies left by a Costbench that is no longer running (it crashed, or the computer lost power), newest
     * first. Copies of a Costbench running now, this one included, are its own business and are not listed.
     */
    public List<RecoveryCopy> leftBehind() {
        List<RecoveryCopy> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                RecoveryCopy c = header(f);
                if (c != null && !heldByARunningCostbench(c)) out.add(c);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(RecoveryCopy::takenAt).reversed());
        return out;
    }

    /** True while the process that wrote the copy (this one included) still holds its lock. */
    private boolean heldByARunningCostbench(RecoveryCopy c) {
        Path lockFile = lockOf(c.documentId());
        if (HELD.containsKey(lockFile)) return true;
        if (!Files.isRegularFile(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // a lock that cannot even be opened says nothing; the copy is offered rather than lost
            return false;
        }
    }

    /** The design of a recovery copy; a copy that cannot be read is reported like a design file that cannot. */
    public Project restore(RecoveryCopy copy) {
        String name = "recovery copy of " + copy.originalName() + " (" + copy.file() + ")";
        try {
            String text = Files.readString(copy.file(), StandardCharsets.UTF_8);
            int endOfHeader = text.indexOf('\n');
            if (endOfHeader < 0) throw new ProjectFileException(name, null, "holds no design");
            return ProjectFile.parse(text.substring(endOfHeader + 1), name);
        } catch (IOException e) {
            throw new ProjectFileException(name, null, "cannot be read: " + e.getMessage());
        }
    }

    private Path fileOf(String documentId) { return folder.resolve(documentId + SUFFIX); }

    /** The first line, or null when the file has none within {@link #MAX_HEADER_CHARS}. */
    private static String firstLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') return line.toString();
            if (line.length() >= MAX_HEADER_CHARS) return null;
            line.append((char) c);
        }
        return null;
    }

    /** The metadata line of a copy, or null when the file is not a recovery copy this version can read. */
    private static RecoveryCopy header(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = firstLine(in);
            if (line == null) return null;
            JsonNode m = JSON.readTree(line);
            if (m == null || m.path("format").asInt() != FORMAT || !m.path("documentId").isTextual()
                    || !m.path("takenAt").isTextual() || !m.path("pid").canConvertToLong()) return null;
            String id = m.get("documentId").asText();
            if (!DOCUMENT_ID.matcher(id).matches() || !file.getFileName().toString().equals(id + SUFFIX)) return null;
            String original = m.path("original").isTextual() ? m.get("original").asText() : null;
            return new RecoveryCopy(file, id, original == null ? null : Path.of(original), m.path("projectName").asText(""),
                    Instant.parse(m.get("takenAt").asText()), m.get("pid").asLong(), m.path("host").asText(""));
        } catch (IOException | DateTimeParseException | InvalidPathException e) {
            return null;
        }
    }
}
