package dev.costbench.project;

import dev.costbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A laptop that dies mid-save: a separate JVM saves a 2,000-block design over and over, alternating two
 * versions, and is killed with SIGKILL at a random moment, 200 times. After every kill the design file (and
 * its backup) must be one of the two versions byte for byte and read back as that design: never a mix,
 * never empty, never missing.
 */
class CrashSafetyTest {
    static final int KILLS = Integer.getInteger("costbench.crash.kills", 200);
    static final int BLOCKS = 2_000;
    // a JVM that starts fast: its classes from a shared archive made on the first start, no optimizing compiler
    private static final List<String> FAST_START = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewDesign() throws Exception {
        Project v1 = CrashingSaver.version(1, BLOCKS);
        Project v2 = CrashingSaver.version(2, BLOCKS);
        byte[] old = ProjectFile.toJson(v1).getBytes(StandardCharsets.UTF_8);
        byte[] fresh = ProjectFile.toJson(v2).getBytes(StandardCharsets.UTF_8);
        // what each version reads back as (a file fills in defaults the generator leaves null, such as Lambda's 730 hours)
        Project read1 = ProjectFile.parse(ProjectFile.toJson(v1), "v1");
        Project read2 = ProjectFile.parse(ProjectFile.toJson(v2), "v2");
        Path file = dir.resolve("large.costbench.json");
        Path backup = dir.resolve("large.costbench.json.bak");
        ProjectFile.write(v1, file);
        String classPath = ChildJvm.jarredClassPath(dir);
        List<String> options = new java.util.ArrayList<>(FAST_START);
        options.add("-XX:SharedArchiveFile=" + dir.resolve("saver.jsa"));
        options.add("-XX:+AutoCreateSharedArchive");
        // one run that ends normally, so the JVM writes the archive the killed runs then start from
        Process prepare = ChildJvm.start(classPath, CrashingSaver.class, options, dir.resolve("unused").toString(),
                String.valueOf(BLOCKS), "--warm-up-only");
        assertTrue(prepare.waitFor(60, TimeUnit.SECONDS));

        Random random = new Random(20260503);
        long start = System.nanoTime();
        int[] found = new int[2];
        for (int kill = 1; kill <= KILLS; kill++) {
            Process saver = ChildJvm.start(classPath, CrashingSaver.class, options, file.toString(), String.valueOf(BLOCKS));
            try {
                ChildJvm.awaitLine(saver, "saving");
                // a warm 2,000-block save takes 30 to 100 ms: this lands in serializing, writing, forcing or renaming
                Thread.sleep(random.nextInt(300));
            } finally {
                saver.destroyForcibly();
                assertTrue(saver.waitFor(30, TimeUnit.SECONDS), "the saver did not die");
            }
            byte[] onDisk = Files.readAllBytes(file);
            if (Arrays.equals(onDisk, old)) found[0]++;
            else if (Arrays.equals(onDisk, fresh)) found[1]++;
            else fail("after kill " + kill + " the file is neither version: " + onDisk.length + " bytes");
            if (Files.exists(backup)) {
                byte[] kept = Files.readAllBytes(backup);
                assertTrue(Arrays.equals(kept, old) || Arrays.equals(kept, fresh), "after kill " + kill + " the backup is neither version");
            }
            if (kill % 20 == 0) {
                Project read = ProjectFile.read(file);
                assertTrue(read.equals(read1) || read.equals(read2), "after kill " + kill + " the file reads as neither design");
            }
        }
        assertEquals(KILLS, found[0] + found[1]);
        // both versions were on disk at some kill: the kills did land while saves were replacing the file
        assertTrue(found[0] > 0 && found[1] > 0, "old " + found[0] + ", new " + found[1]);
        System.out.printf("crash test: %d kills in %d s, file held version 1 %d times and version 2 %d times%n", KILLS,
                (System.nanoTime() - start) / 1_000_000_000, found[0], found[1]);
    }
}
