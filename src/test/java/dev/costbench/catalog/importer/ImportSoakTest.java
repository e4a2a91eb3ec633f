package dev.costbench.catalog.importer;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.ChildJvm;
import dev.costbench.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fifty rounds of two imports into one data folder at the same moment, from two processes, while a third
 * process loads the catalog and runs {@code price} without pause. Every import that says it succeeded is in
 * the catalog after its round, none that failed is, and the reader never sees a catalog that is not one
 * whole import (each lane's price matches its own publication day) or that goes back in time.
 */
class ImportSoakTest {
    static final int ROUNDS = 50;
    /** Three JVMs on two shared cores: under three minutes even with other builds running, bounded above that. */
    static final Duration BOUND = Duration.ofMinutes(6);
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir Path tmp;

    @Test
    void fiftyRoundsOfTwoImportsAtOnceWithAReaderLoseNothingAndTearNothing() throws Exception {
        Path data = tmp.resolve("data");
        Path files = Files.createDirectories(tmp.resolve("files"));
        Path design = tmp.resolve("oregon.costbench.json");
        ProjectFile.write(new Project("Oregon", List.of(Scenario.empty("Baseline").withRegion("us-west-2")
                .withBlock(AutoScalingGroup.of("web", "Web", "m5.large", 1, 2, 4)))), design);
        List<Process> children = new ArrayList<>();
        try {
            Process[] importers = new Process[2];
            BufferedReader[] replies = new BufferedReader[2];
            Writer[] requests = new Writer[2];
            for (int lane = 0; lane < 2; lane++) {
                importers[lane] = ChildJvm.start(CatalogWorker.class, JVM, "import", data.toString());
                children.add(importers[lane]);
                replies[lane] = ChildJvm.awaitLine(importers[lane], "ready");
                requests[lane] = new OutputStreamWriter(importers[lane].getOutputStream(), StandardCharsets.UTF_8);
            }
            Process reader = ChildJvm.start(CatalogWorker.class, JVM, "read", data.toString(), design.toString());
            children.add(reader);
            BufferedReader readerOut = ChildJvm.awaitLine(reader, "ready");

            assertTimeoutPreemptively(BOUND, () -> {
                for (int round = 0; round < ROUNDS; round++) {
                    for (int lane = 0; lane < 2; lane++) {
                        requests[lane].write(RoundOffers.write(files, lane, round) + "\n");
                        requests[lane].flush();
                    }
                    String[] exits = {replies[0].readLine(), replies[1].readLine()};
                    PriceCatalog after = UserCatalog.load(data);
                    for (int lane = 0; lane < 2; lane++) {
                        java.math.BigDecimal expected = RoundOffers.price(lane, round);
                        boolean landed = after.onDemand(RoundOffers.REGION[lane], "m5.large")
                                .map(r -> r.usd().compareTo(expected) == 0).orElse(false);
                        assertEquals("exit 0", exits[lane], "round " + round + " lane " + lane + " did not succeed");
                        assertTrue(landed, "round " + round + " lane " + lane + " reported success but is not in the catalog");
                    }
                }
                reader.getOutputStream().close();
                String reads = readerOut.readLine();
                String torn = readerOut.readLine();
                assertTrue(reads != null && reads.startsWith("reads "), String.valueOf(reads));
                assertEquals(null, torn, "the reader saw a torn or older catalog");
                assertTrue(Integer.parseInt(reads.substring("reads ".length())) > ROUNDS, reads + ": the reader kept up");
                System.out.printf("import soak: %d rounds of 2 imports, %s of the catalog and price meanwhile%n", ROUNDS, reads);
            });
        } finally {
            for (Process p : children) p.destroyForcibly();
        }
    }
}
