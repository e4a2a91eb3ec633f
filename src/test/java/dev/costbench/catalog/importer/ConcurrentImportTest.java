package dev.costbench.catalog.importer;

import dev.costbench.Main;
import dev.costbench.catalog.ImportLock;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two imports into one data folder at once: both land, one after the other, or the second is told why it cannot. */
class ConcurrentImportTest {
    static final int ROUNDS = 3;
    static final long PROCESS_SECONDS = 120;

    @TempDir Path tmp;

    /** {@code costbench import-prices FILE --data-dir DIR} in a JVM of its own, as a user's terminal runs it. */
    private static Process importProcess(Path file, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import-prices", file.toString(), "--data-dir", data.toString())
                .redirectErrorStream(true).start();
    }

    @Test
    void twoImportProcessesAtOnceBothLand() throws Exception {
        Path data = tmp.resolve("data");
        for (int round = 0; round < ROUNDS; round++) {
            List<Process> both = new ArrayList<>();
            for (int lane = 0; lane < 2; lane++) both.add(importProcess(RoundOffers.write(tmp, lane, round), data));
            for (Process p : both) {
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(PROCESS_SECONDS, TimeUnit.SECONDS), "an import hung");
                assertEquals(0, p.exitValue(), output);
            }
            // round r: us-west-2 at 0.1000 + r/1000 and us-east-2 at 0.2000 + r/1000, neither lost to the other
            PriceCatalog c = UserCatalog.load(data);
            for (int lane = 0; lane < 2; lane++) {
                assertEquals(0, RoundOffers.price(lane, round).compareTo(
                        c.onDemand(RoundOffers.REGION[lane], "m5.large").orElseThrow().usd()), "round " + round + " lane " + lane);
            }
        }
    }

    @Test
    void anImportWhileAnotherHoldsTheFolderWaitsItsTimeAndThenSaysWhy() throws Exception {
        Path data = tmp.resolve("data");
        try (ImportLock held = ImportLock.acquire(data, Duration.ofSeconds(5))) {
            assertTrue(held != null);
            Path file = RoundOffers.write(tmp, 0, 0);
            // another thread, as the window's import runs beside a command; the system lock is per process
            PriceImportException e = CompletableFuture.supplyAsync(() -> assertThrows(PriceImportException.class,
                    () -> new PriceImporter(Set.of(), ImportMonitor.SILENT).importInto(data, List.of(file), Duration.ofMillis(300))))
                    .get(30, TimeUnit.SECONDS);
            assertTrue(e.getMessage().startsWith(data + ": another import into " + data + " is still running (process "
                    + ProcessHandle.current().pid() + " since "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; try again when it has finished"), e.getMessage());
        }
        assertFalse(UserCatalog.exists(data), "the refused import wrote nothing");
        new PriceImporter(Set.of(), ImportMonitor.SILENT).importInto(data, List.of(RoundOffers.write(tmp, 0, 0)));
        assertTrue(UserCatalog.load(data).hasRegion("us-west-2"), "once the lock is free the import goes through");
    }
}
