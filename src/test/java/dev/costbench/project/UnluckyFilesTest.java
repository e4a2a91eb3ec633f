package dev.costbench.project;

import dev.costbench.files.AtomicFile;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.autosave.AutosaveFolder;
import dev.costbench.project.autosave.DocumentAutosave;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files and folders a hostile or unlucky user gives Costbench: pipes and devices instead of designs, a
 * rename that fails, a schema written oddly, a read-only design, a link to nowhere, a folder with the
 * backup's name. Each is refused at once with a message naming the file, and nothing on disk is lost.
 */
class UnluckyFilesTest {
    /** Refusing a special file is a look at its type: a read that hangs or runs for seconds is the bug. */
    static final Duration AT_ONCE = Duration.ofSeconds(5);

    @TempDir Path dir;

    private static Project design(int desired) {
        return new Project("Shop", List.of(Scenario.empty("Baseline")
                .withBlock(AutoScalingGroup.of("web", "Web", "m5.large", 1, desired, 10))));
    }

    private static Path fifo(Path where) throws Exception {
        Process p = new ProcessBuilder("mkfifo", where.toString()).start();
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
        return where;
    }

    private static String refusal(Path file) {
        return assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(ProjectFileException.class, () -> ProjectFile.read(file)))
                .getMessage();
    }

    // ---- special files as designs ----------------------------------------------------------------

    @Test
    void aPipeOrALinkToOneIsRefusedAtOnce() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.costbench.json"));
        assertEquals(pipe + ": is not a file but a device, pipe or socket; a design is a file Costbench saved", refusal(pipe));
        Path link = Files.createSymbolicLink(dir.resolve("link.costbench.json"), pipe);
        assertEquals(link + ": is not a file but a device, pipe or socket; a design is a file Costbench saved", refusal(link));
        assertEquals(0, ProjectFile.schemaOnDisk(pipe), "the check before a save does not open it either");
    }

    @Test
    void endlessDevicesAreRefusedAtOnceNotReadUntilMemoryRunsOut() {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            Path p = Path.of(device);
            Assumptions.assumeTrue(Files.exists(p));
            assertEquals(device + ": is not a file but a device, pipe or socket; a design is a file Costbench saved", refusal(p));
        }
        assertEquals(dir + ": is a folder, not a design file", refusal(dir));
    }

    @Test
    void aFileOverTheLimitIsReadOnlyUpToTheLimit() throws Exception {
        // the bytes read are counted, not the size the system reports (0 for a device), and stop past the limit
        Path big = dir.resolve("big.costbench.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ProjectFile.MAX_FILE_BYTES + 1);
        }
        assertEquals(big + ": is more than 50 MB; a design file can be at most 50 MB", refusal(big));
    }

    @Test
    void aDesignSavedWithAByteOrderMarkOpens() throws Exception {
        Path file = dir.resolve("bom.costbench.json");
        byte[] json = ProjectFile.toJson(design(2)).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);
        assertEquals(design(2), ProjectFile.read(file));
    }

    // ---- the backup --------------------------------------------------------------------------------

    @Test
    void aRenameThatFailsKeepsThePreviousBackup() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(design(2), file);
        ProjectFile.write(design(3), file);
        // a bind-mounted design: the new file is complete, but the system refuses to rename it over the old one
        AtomicFile.Disk busy = new AtomicFile.Disk() {
            @Override
            public void writeAndForce(Path temporary, byte[] content) throws IOException {
                AtomicFile.REAL_DISK.writeAndForce(temporary, content);
            }

            @Override
            public void rename(Path temporary, Path target) throws IOException {
                throw new FileSystemException(temporary.toString(), target.toString(), "Device or resource busy");
            }
        };
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(4), file, busy));
        assertEquals(file + ": cannot be saved: Device or resource busy; the previous version is unchanged", e.getMessage());
        assertEquals(ProjectFile.toJson(design(3)), Files.readString(file));
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(dir.resolve("shop.costbench.json.bak")),
                "the backup is still the version before the last successful save");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void aFolderWithTheBackupsNameIsNamedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("x.costbench.json");
        ProjectFile.write(design(2), file);
        Files.createDirectory(dir.resolve("x.costbench.json.bak"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(3), file));
        assertEquals(file + ": cannot be saved: a folder has the name the previous version is kept under "
                + "(x.costbench.json.bak); rename or remove that folder; the previous version is unchanged", e.getMessage());
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(file));
    }

    // ---- newer files and read-only files are not replaced silently ----------------------------------

    @Test
    void aNewerSchemaWrittenAsADecimalOrExponentOrTextIsNotOverwritten() throws Exception {
        for (String schema : List.of("3.0", "3e0", "0.3e1", "\"3\"", "2.5")) {
            Path file = dir.resolve("newer.costbench.json");
            String newer = "{\"schemaVersion\": " + schema + ", \"name\": \"Shop\", \"scenarios\": []}\n";
            Files.writeString(file, newer);
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(2), file), schema);
            assertTrue(e.getMessage().contains("not saved: the file was written by a newer Costbench (schema 3)"), e.getMessage());
            assertEquals(newer, Files.readString(file));
        }
    }

    @Test
    void aReadOnlyDesignIsNotReplacedWithoutAWord() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(design(2), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(3), file));
        assertEquals(file + ": not saved: the file is read-only — use Save As to keep your work under another name, "
                + "or make the file writable first", e.getMessage());
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    // ---- messages name the file and the true reason ---------------------------------------------------

    @Test
    void savingThroughALinkToAMissingFolderSaysWhereTheLinkPoints() throws Exception {
        Path nowhere = dir.resolve("unmounted").resolve("shop.costbench.json");
        Path link = Files.createSymbolicLink(dir.resolve("shop.costbench.json"), nowhere);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(2), link));
        assertEquals(link + ": cannot be saved: it is a link to " + nowhere + ", and the folder " + nowhere.getParent()
                + " does not exist", e.getMessage());
        assertEquals(link + ": is a link to " + nowhere + ", which does not exist",
                assertThrows(ProjectFileException.class, () -> ProjectFile.read(link)).getMessage());
    }

    @Test
    void savingThroughALinkToAFileNotYetThereWritesItWhereTheLinkPoints() throws Exception {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("shop.costbench.json");
        Path link = Files.createSymbolicLink(dir.resolve("shop.costbench.json"), target);
        ProjectFile.write(design(2), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(target));
    }

    @Test
    void autosaveIntoAFolderThatCannotBeCreatedSaysItIsReadOnlyNotMissing() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        List<String> problems = new ArrayList<>();
        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(home);
             DocumentAutosave autosave = new DocumentAutosave(new AutosaveFolder(home), problems::add)) {
            autosave.unsavedWork(design(2), null);
            autosave.flush();
        }
        assertEquals(1, problems.size(), problems.toString());
        String m = problems.getFirst();
        assertTrue(m.startsWith("Autosave failed: unsaved work could not be copied to " + home.resolve("autosave") + ": "), m);
        assertTrue(m.contains("read-only") && m.contains(home.toString()), m);
        assertFalse(m.contains("does not exist"), m);
    }
}
