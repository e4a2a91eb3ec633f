package dev.costbench.project;

import dev.costbench.files.AtomicFile;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save replaces the file whole or not at all, keeps the version before it, and says why it failed. */
class SavingTest {
    @TempDir Path dir;

    private static Project design(int desired) {
        return new Project("Shop", List.of(Scenario.empty("Baseline")
                .withBlock(AutoScalingGroup.of("web", "Web", "m5.large", 1, desired, 10))));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachSaveKeepsTheVersionItReplacedAsTheBackup() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(design(2), file);
        assertEquals(List.of("shop.costbench.json"), listing(), "the first save has nothing to back up");
        ProjectFile.write(design(3), file);
        ProjectFile.write(design(4), file);
        Path backup = dir.resolve("shop.costbench.json.bak");
        assertEquals(ProjectFile.toJson(design(4)), Files.readString(file));
        assertEquals(ProjectFile.toJson(design(3)), Files.readString(backup), "the backup is the save before the last");
        assertEquals(List.of("shop.costbench.json", "shop.costbench.json.bak"), listing());
    }

    @Test
    void aFullDiskLeavesTheOldFileAndBackupAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(design(2), file);
        ProjectFile.write(design(3), file);
        // the disk fills up half way through writing the temporary file
        AtomicFile.Disk full = (temporary, content) -> {
            Files.write(temporary, Arrays.copyOf(content, content.length / 2));
            throw new IOException("No space left on device");
        };
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(4), file, full));
        assertEquals(file + ": cannot be saved: the disk is full (or your disk quota is used up); the previous version "
                + "is unchanged", e.getMessage());
        assertEquals(ProjectFile.toJson(design(3)), Files.readString(file));
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(dir.resolve("shop.costbench.json.bak")));
        assertEquals(List.of("shop.costbench.json", "shop.costbench.json.bak"), listing());
    }

    @Test
    void aReadOnlyFolderLeavesTheOldFileAndNamesTheFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("shop.costbench.json");
        ProjectFile.write(design(2), file);
        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(folder)) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(3), file));
            assertEquals(file + ": cannot be saved: permission denied: the folder " + folder + " or the file is read-only "
                    + "or belongs to someone else; the previous version is unchanged", e.getMessage());
        }
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFolderThatIsReallyAFileIsNamed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path file = notAFolder.resolve("designs").resolve("shop.costbench.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(2), file));
        assertEquals(file + ": cannot be saved: " + notAFolder + " is a file, not a folder", e.getMessage());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("gone").resolve("shop.costbench.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(2), file));
        assertEquals(file + ": cannot be saved: the folder " + dir.resolve("gone") + " does not exist", e.getMessage());
    }

    @Test
    void temporaryFilesAKilledSaveLeftAreRemovedOnceOld() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        Path old = Files.writeString(dir.resolve(".shop.costbench.json.0b1f.tmp"), "{\"half\": ");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        // a temporary file this fresh may belong to a save running in another window right now
        Path fresh = Files.writeString(dir.resolve(".shop.costbench.json.77aa.tmp"), "{\"half\": ");
        ProjectFile.write(design(2), file);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void savingThroughASymbolicLinkWritesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("shop.costbench.json");
        ProjectFile.write(design(2), real);
        Path link = Files.createSymbolicLink(dir.resolve("shop.costbench.json"), real);
        ProjectFile.write(design(3), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(ProjectFile.toJson(design(3)), Files.readString(real));
        assertEquals(ProjectFile.toJson(design(2)), Files.readString(dir.resolve("real").resolve("shop.costbench.json.bak")));
    }

    @Test
    void aFileANewerCostbenchWroteIsNotOverwritten() throws Exception {
        Path file = dir.resolve("shop.costbench.json");
        String newer = """
                {"schemaVersion": 3, "name": "Shop", "scenarios": [], "forecast": {"growth": 0.1}}
                """;
        Files.writeString(file, newer);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.write(design(2), file));
        assertEquals(file + ": not saved: the file was written by a newer Costbench (schema 3) and saving here would "
                + "rewrite it in schema 2 — use Save As to keep a copy under another name", e.getMessage());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void theSchemaOnDiskIsReadWithoutReadingTheWholeDesign() throws Exception {
        assertEquals(0, ProjectFile.schemaOnDisk(dir.resolve("none.costbench.json")));
        assertEquals(1, ProjectFile.schemaOnDisk(Files.writeString(dir.resolve("a.json"), "{\"name\": \"x\", \"scenarios\": []}")));
        assertEquals(3, ProjectFile.schemaOnDisk(Files.writeString(dir.resolve("b.json"), "{\"name\": {\"a\": [1]}, \"schemaVersion\": 3")));
        assertEquals(0, ProjectFile.schemaOnDisk(Files.writeString(dir.resolve("c.json"), "not json")));
    }
}
