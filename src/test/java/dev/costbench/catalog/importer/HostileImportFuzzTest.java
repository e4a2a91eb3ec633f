package dev.costbench.catalog.importer;

import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.CatalogWriter;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.project.JsonMutator;
import dev.costbench.project.UserFacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile values in AWS's price files and hostile files in their place. Each import either gives a catalog
 * that can be written and read back, or is refused with a message that names the imported file (never the
 * user's catalog afterwards), in the product's words, within seconds.
 */
class HostileImportFuzzTest {
    static final int MUTATED_CASES = 200;
    static final long CASE_SECONDS = 10;
    /** What a field of an offer file may be made to hold: huge, over-precise, negative, not numbers, not dates, markup. */
    static final List<String> HOSTILE = List.of("1E+400", "1234567890123456789012345678901234567890", "0.1234567890123456789012345678901",
            "-1", "NaN", "Infinity", "1e-400", "0x10", "", " ", "2025-05-50", "2025-02-30T00:00:00Z", "<script>alert(1)</script>",
            "%s%n%x", "m5.large\\u0000", "../../etc/passwd", "\\u202Em5.large", "a".repeat(5000));

    @TempDir Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    /** Null when importing {@code file} behaves; else what went wrong. */
    private String importOne(Path file, String expectedName) throws Exception {
        Future<String> f = worker.submit(() -> {
            PriceCatalog merged;
            try {
                merged = new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(Fixtures.empty(), List.of(file)).catalog();
            } catch (PriceImportException e) {
                return UserFacing.problem(e.getMessage(), expectedName);
            }
            Path out = Files.createTempDirectory(dir, "catalog");
            try {
                CatalogWriter.write(merged, out);
                CatalogLoader.load(out);
                return null;
            } catch (CatalogException | IllegalArgumentException e) {
                return "imported, but the catalog it made cannot be read back: " + e.getMessage();
            }
        });
        try {
            return f.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            return "no answer within " + CASE_SECONDS + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            return "threw " + e.getCause();
        }
    }

    @Test
    void hostileValuesInAnOfferFileAreRefusedWhereTheyAreRead() throws Exception {
        String seed = Files.readString(Fixtures.aws(Fixtures.EC2_EU));
        Path file = dir.resolve("eu-west-1").resolve("index.json");
        Files.createDirectories(file.getParent());
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (String value : HOSTILE) {
            String json = jsonText(value);
            for (String[] field : List.of(new String[]{"\"USD\": \"0.1070000000\"", "\"USD\": " + json},
                    new String[]{"\"publicationDate\": \"2025-03-01T12:00:00Z\"", "\"publicationDate\": " + json},
                    new String[]{"\"instanceType\": \"m5.large\"", "\"instanceType\": " + json})) {
                Files.writeString(file, seed.replace(field[0], field[1]), StandardCharsets.UTF_8);
                String problem = importOne(file, "eu-west-1/index.json");
                if (problem != null) problems.add(field[1] + ": " + problem);
                else refused++;
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(refused > 0);
    }

    @Test
    void mutatedOfferFilesImportOrAreRefusedNamingTheFile() throws Exception {
        byte[] seed = Files.readAllBytes(Fixtures.aws(Fixtures.EC2_EU));
        Path file = dir.resolve("eu-west-1").resolve("index.json");
        Files.createDirectories(file.getParent());
        JsonMutator mutator = new JsonMutator(20261202L);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < MUTATED_CASES && problems.size() < 10; i++) {
            JsonMutator.Mutation m = mutator.mutate(seed);
            Files.write(file, m.bytes());
            String problem = importOne(file, "eu-west-1/index.json");
            if (problem != null) problems.add("case " + i + " (" + m.kind() + "): " + problem);
            try (Stream<Path> made = Files.list(dir)) {
                for (Path p : made.filter(p -> p.getFileName().toString().startsWith("catalog")).toList()) deleteTree(p);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void specialFilesInPlaceOfPriceFilesAreRefusedAtOnce() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> cases = new ArrayList<>(List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"), Path.of("/dev/null")));
        Path pipe = dir.resolve("index.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            cases.add(pipe);
            cases.add(Files.createSymbolicLink(dir.resolve("link.json"), pipe));
        }
        for (Path p : cases) {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            String problem = importOne(p, p.toString());
            if (problem != null) problems.add(p + ": " + problem);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String jsonText(String value) {
        // a JSON string holding the value as written (\\u escapes stay escapes)
        return "\"" + value.replace("\"", "\\\"") + "\"";
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
