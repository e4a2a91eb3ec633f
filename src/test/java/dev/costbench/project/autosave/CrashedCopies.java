package dev.costbench.project.autosave;

import dev.costbench.model.Project;
import dev.costbench.project.ChildJvm;
import dev.costbench.project.ProjectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Recovery copies as other Costbench processes leave them: written by a JVM of its own that then dies
 * (its lock goes with it), or that keeps running and holding it. Run as a main, it is that other process:
 * {@code DATA_DIR ID DESIGN_FILE ORIGINAL|- crash|hold}.
 */
public final class CrashedCopies {
    private CrashedCopies() {}

    /** A copy of {@code design} left by a process that crashed; its metadata says it was taken at {@code takenAt}. */
    public static RecoveryCopy leave(Path dataDir, String id, Project design, Path original, Instant takenAt) throws Exception {
        Process p = start(dataDir, id, design, original, "crash");
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("the writer failed");
        Path file = dataDir.resolve(AutosaveFolder.FOLDER_NAME).resolve(id + AutosaveFolder.SUFFIX);
        Files.writeString(file, Files.readString(file).replaceFirst("\"takenAt\":\"[^\"]+\"", "\"takenAt\":\"" + takenAt + "\""));
        return new AutosaveFolder(dataDir).leftBehind().stream().filter(c -> c.documentId().equals(id)).findFirst().orElseThrow();
    }

    /** A copy whose process is still running; it holds the copy until its standard input is closed. */
    public static Process held(Path dataDir, String id, Project design) throws Exception {
        Process p = start(dataDir, id, design, null, "hold");
        ChildJvm.awaitLine(p, "written");
        return p;
    }

    private static Process start(Path dataDir, String id, Project design, Path original, String mode) throws IOException {
        Path designFile = Files.createTempFile(dataDir.getParent(), "design", ".costbench.json");
        ProjectFile.write(design, designFile);
        return ChildJvm.start(CrashedCopies.class, List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"), dataDir.toString(), id,
                designFile.toString(), original == null ? "-" : original.toString(), mode);
    }

    public static void main(String[] args) throws Exception {
        Path original = args[3].equals("-") ? null : Path.of(args[3]);
        new AutosaveFolder(Path.of(args[0])).write(args[1], ProjectFile.read(Path.of(args[2])), original);
        System.out.println("written");
        System.out.flush();
        if (args[4].equals("hold")) System.in.readAllBytes();
        // a crash: no clean close, the copy stays; only the system's lock goes with the process
        Runtime.getRuntime().halt(0);
    }
}
