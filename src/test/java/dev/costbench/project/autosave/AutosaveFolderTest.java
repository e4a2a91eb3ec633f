package dev.costbench.project.autosave;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosaveFolderTest {
    @TempDir Path home;

    static Project design(String name, int desired) {
        return new Project(name, List.of(Scenario.empty("Baseline")
                .withBlock(AutoScalingGroup.of("web", "Web", "m5.large", 1, desired, 10))));
    }

    /** The pid of a process that has ended: what a crashed Costbench leaves in its copies. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    @Test
    void aCopyHoldsTheDesignAsSaveWouldWriteItWithWhenAndWhatItIs() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        Path original = home.resolve("designs").resolve("shop.costbench.json");
        RecoveryCopy c = folder.write("doc-1", design("Shop", 3), original);
        assertEquals(home.resolve("autosave").resolve("doc-1.costbench-recovery"), c.file());
        String text = Files.readString(c.file());
        assertTrue(text.endsWith("\n" + ProjectFile.toJson(design("Shop", 3))), "after the metadata line, the design as saved");
        assertEquals(original, c.original());
        assertEquals("shop.costbench.json", c.originalName());
        assertEquals("Shop", c.projectName());
        assertEquals(ProcessHandle.current().pid(), c.pid());
        assertEquals(design("Shop", 3), folder.restore(c));
    }

    @Test
    void onlyCopiesOfACostbenchThatIsNoLongerRunningAreOffered() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        RecoveryCopy mine = folder.write("running-here", design("Mine", 1), null);
        CrashedCopies.leave(home, "crashed-1", design("Shop", 2), home.resolve("shop.costbench.json"), Instant.parse("2026-05-03T14:00:00Z"));
        CrashedCopies.leave(home, "crashed-2", design("Untitled design", 3), null, Instant.parse("2026-05-03T14:30:00Z"));
        Process running = CrashedCopies.held(home, "running-there", design("Theirs", 4));
        try {
            List<RecoveryCopy> offered = folder.leftBehind();
            assertEquals(List.of("crashed-2", "crashed-1"), offered.stream().map(RecoveryCopy::documentId).toList(), "newest first");
            assertTrue(offered.getFirst().isUntitled());
            assertEquals("untitled", offered.getFirst().originalName());
            assertEquals(Instant.parse("2026-05-03T14:30:00Z"), offered.getFirst().takenAt());
            assertEquals(design("Shop", 2), folder.restore(offered.get(1)));
            assertTrue(Files.exists(mine.file()));

            folder.discard(offered.getFirst());
            assertEquals(List.of("crashed-1"), folder.leftBehind().stream().map(RecoveryCopy::documentId).toList());
        } finally {
            running.getOutputStream().close();
            running.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of("crashed-1", "running-there"), folder.leftBehind().stream().map(RecoveryCopy::documentId).sorted().toList(),
                "once the other Costbench is gone, its copy is offered too");
    }

    @Test
    void aCopyIsOfferedEvenWhenItsProcessIdNowBelongsToARunningProgram() throws Exception {
        RecoveryCopy left = CrashedCopies.leave(home, "crashed", design("Shop", 2), null, Instant.parse("2026-05-03T14:00:00Z"));
        // the id is reused: here, by this very test's parent, which is certainly running
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(left.file(), Files.readString(left.file()).replaceFirst("\"pid\":\\d+", "\"pid\":" + alive));
        List<RecoveryCopy> offered = new AutosaveFolder(home).leftBehind();
        assertEquals(List.of("crashed"), offered.stream().map(RecoveryCopy::documentId).toList());
        assertEquals(alive, offered.getFirst().pid());
    }

    @Test
    void aCopyWithALongEscapedDesignNameIsOffered() throws Exception {
        // 10,000 characters, each written \u00e9 in the metadata line: 60,000 characters of name alone
        String name = "é".repeat(10_000);
        Path autosave = Files.createDirectories(home.resolve("autosave"));
        String meta = "{\"format\":1,\"documentId\":\"long-name\",\"original\":null,\"projectName\":\""
                + "\\u00e9".repeat(10_000) + "\",\"takenAt\":\"2026-05-03T14:00:00Z\",\"pid\":" + deadPid() + ",\"host\":\"x\"}";
        Files.writeString(autosave.resolve("long-name.costbench-recovery"), meta + "\n" + ProjectFile.toJson(design("Shop", 2)));
        List<RecoveryCopy> offered = new AutosaveFolder(home).leftBehind();
        assertEquals(1, offered.size());
        assertEquals(name, offered.getFirst().projectName());
        assertEquals(design("Shop", 2), new AutosaveFolder(home).restore(offered.getFirst()));
    }

    @Test
    void aDamagedCopyIsReportedWithItsFileWhenRestored() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        RecoveryCopy c = folder.write("doc-1", design("Shop", 3), null);
        String text = Files.readString(c.file());
        Files.writeString(c.file(), text.substring(0, text.length() / 2));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> folder.restore(c));
        assertTrue(e.getMessage().startsWith("recovery copy of untitled (" + c.file() + "): "), e.getMessage());
    }

    @Test
    void filesThatAreNotRecoveryCopiesAreIgnored() throws Exception {
        Path autosave = Files.createDirectories(home.resolve("autosave"));
        Files.writeString(autosave.resolve("x.costbench-recovery"), "{\"format\": 1}\n{}");
        Files.writeString(autosave.resolve("notes.txt"), "hello");
        assertEquals(List.of(), new AutosaveFolder(home).leftBehind());
    }

    @Test
    void theAutosaveOfADocumentWritesChangedWorkOnceAndRemovesItWhenSaved() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        List<String> problems = new ArrayList<>();
        try (DocumentAutosave autosave = new DocumentAutosave(folder, problems::add)) {
            Path copy = home.resolve("autosave").resolve(autosave.documentId() + ".costbench-recovery");
            Project edited = design("Shop", 4);
            autosave.unsavedWork(edited, null);
            autosave.flush();
            assertEquals(edited, folder.restore(new RecoveryCopy(copy, autosave.documentId(), null, "", Instant.now(), 0, "")));
            Files.delete(copy);
            autosave.unsavedWork(edited, null);
            autosave.flush();
            assertFalse(Files.exists(copy), "the same design is not written twice");
            autosave.unsavedWork(design("Shop", 5), null);
            autosave.flush();
            assertTrue(Files.exists(copy));
            autosave.clear();
            autosave.flush();
            assertFalse(Files.exists(copy), "saved: the copy goes");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aCleanCloseRemovesTheCopy() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        DocumentAutosave autosave = new DocumentAutosave(folder, s -> {});
        autosave.unsavedWork(design("Shop", 4), null);
        autosave.flush();
        assertTrue(Files.exists(home.resolve("autosave").resolve(autosave.documentId() + ".costbench-recovery")));
        autosave.close();
        assertFalse(Files.exists(home.resolve("autosave").resolve(autosave.documentId() + ".costbench-recovery")));
    }

    @Test
    void aRestoredCopyIsTakenOverByThisProcessSoItSurvivesAnotherCrash() throws Exception {
        AutosaveFolder folder = new AutosaveFolder(home);
        CrashedCopies.leave(home, "crashed", design("Shop", 2), home.resolve("shop.costbench.json"), Instant.parse("2026-05-03T14:00:00Z"));
        RecoveryCopy offered = folder.leftBehind().getFirst();
        try (DocumentAutosave autosave = new DocumentAutosave(folder, s -> {})) {
            Project restored = folder.restore(offered);
            autosave.adopt(offered, restored);
            autosave.flush();
            assertEquals("crashed", autosave.documentId());
            assertEquals(List.of(), folder.leftBehind(), "now this running Costbench's copy");
            assertEquals(restored, folder.restore(offered));
        }
        assertFalse(Files.exists(offered.file()), "closed cleanly: gone");
    }

    @Test
    void anAutosaveThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("data"), "a file where the data folder should be");
        List<String> problems = new ArrayList<>();
        try (DocumentAutosave autosave = new DocumentAutosave(new AutosaveFolder(notAFolder), problems::add)) {
            autosave.unsavedWork(design("Shop", 4), null);
            autosave.flush();
        }
        assertEquals(1, problems.size());
        assertEquals("Autosave failed: unsaved work could not be copied to " + notAFolder.resolve("autosave") + ": "
                + notAFolder + " is a file, not a folder", problems.getFirst());
    }
}
