package dev.costbench.project.autosave;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Project;
import dev.costbench.project.AtomicFile;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import dev.costbench.project.lock.LockOwner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code autosave/} folder in the user data folder: one recovery copy per open document with unsaved
 * work, {@code <document id>.costbench-recovery}. A copy is one line of metadata (original file or none,
 * design name, time taken, owning process) followed by the design exactly as Save would write it, and is
 * replaced atomically, so a crash while autosaving leaves the previous copy.
 */
public final class AutosaveFolder {
    public static final String FOLDER_NAME = "autosave";
    static final String SUFFIX = ".costbench-recovery";
    private static final int FORMAT = 1;
    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(10_000).build())
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
        AtomicFile.write(copy.file(), content.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /** Removes document {@code documentId}'s copy: its work was saved, or closed on purpose. */
    public void remove(String documentId) throws IOException {
        if (DOCUMENT_ID.matcher(documentId).matches() && Files.isDirectory(folder)) Files.deleteIfExists(fileOf(documentId));
    }

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
                if (c != null && !ownedByARunningCostbench(c)) out.add(c);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(RecoveryCopy::takenAt).reversed());
        return out;
    }

    private static boolean ownedByARunningCostbench(RecoveryCopy c) {
        LockOwner owner = new LockOwner(c.pid(), c.host(), "", c.takenAt());
        return owner.isThisProcess() || (owner.isOnThisHost() && !owner.isStale());
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

    /** The metadata line of a copy, or null when the file is not a recovery copy this version can read. */
    private static RecoveryCopy header(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[16_384];
            int n = in.read(buffer);
            if (n <= 0) return null;
            String head = new String(buffer, 0, n);
            int end = head.indexOf('\n');
            if (end < 0) return null;
            JsonNode m = JSON.readTree(head.substring(0, end));
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
