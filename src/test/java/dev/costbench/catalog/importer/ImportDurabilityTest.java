package dev.costbench.catalog.importer;

import dev.costbench.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import forces every file and folder of the new catalog to disk before the pointer names it, so a power
 * cut cannot leave the pointer naming empty files. Watched from outside: {@code strace} records the
 * process's fsync and rename calls, in order.
 */
class ImportDurabilityTest {
    private static final Pattern SYNC = Pattern.compile("f(?:data)?sync\\(\\d+<([^>]+)>\\)\\s+= 0");
    private static final Pattern POINTER_RENAME = Pattern.compile("rename(?:at2?)?\\(.*\\.catalog\\.current\\.[^\"]*\\.tmp\".*catalog\\.current\".*= 0");

    @TempDir Path tmp;

    @Test
    void everyFileAndFolderOfTheNewCatalogIsOnDiskBeforeThePointerFlips() throws Exception {
        Assumptions.assumeTrue(works("strace", "-o", "/dev/null", "true"), "strace is not available here");
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("strace.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder("strace", "-f", "-qq", "-y", "-s", "4096", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
                "-o", log.toString(), java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import-prices", RoundOffers.write(tmp, 0, 0).toString(), "--data-dir", data.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the import hung");
        assertEquals(0, p.exitValue(), output);

        Set<String> synced = new HashSet<>();
        boolean flipped = false;
        for (String line : Files.readAllLines(log)) {
            Matcher m = SYNC.matcher(line);
            if (m.find() && !flipped) synced.add(m.group(1));
            if (POINTER_RENAME.matcher(line).find()) flipped = true;
        }
        assertTrue(flipped, "the pointer was renamed into place");
        Path version = data.toRealPath().resolve("catalog.v1");
        List<Path> mustBeOnDisk;
        try (Stream<Path> all = Files.walk(version)) {
            mustBeOnDisk = all.toList(); // catalog.json, instance-types.json, regions/*.json and both folders
        }
        assertTrue(mustBeOnDisk.size() >= 5, mustBeOnDisk.toString());
        for (Path f : mustBeOnDisk) assertTrue(synced.contains(f.toString()), f + " was not forced to disk before the pointer flipped");
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
