package dev.costbench.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of broken and hostile design files and price catalog files, made from valid ones with a fixed
 * seed. Each must either load (and then save and load again the same) or fail with the user-facing exception
 * whose message names the file; never another exception, never a hang, and the files on disk are never
 * changed by reading them. A failing input is kept in target/fuzz-failures to reproduce it.
 */
class HostileFilesFuzzTest {
    static final int DESIGN_CASES = 6_000;
    static final int CATALOG_CASES = 4_000;
    static final long CASE_TIMEOUT_SECONDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    private static ExecutorService worker;

    @BeforeAll
    static void start() { worker = Executors.newSingleThreadExecutor(); }

    @AfterAll
    static void stop() { worker.shutdownNow(); }

    /** The seed files: both examples and a generated design with everything schema 2 adds. */
    private static List<byte[]> designSeeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(Examples.path("web-shop.costbench.json")));
        seeds.add(Files.readAllBytes(Examples.path("data-platform.costbench.json")));
        Project generated = new Project("Generated", List.of(SyntheticDesign.generate(10, 7).withDescription("Peak week")));
        ObjectNode tree = (ObjectNode) JSON.readTree(ProjectFile.toJson(generated));
        tree.putObject("workshop").put("facilitator", "Ana").putArray("timers").add(5).add(10.5);
        ((ObjectNode) tree.at("/scenarios/0/blocks/0")).put("notes", "sized for May");
        seeds.add(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
        return seeds;
    }

    /** A small copy of the shipped catalog: its catalog.json and instance types, and two of its regions. */
    private static Path catalogSeed(Path target) throws Exception {
        Path shipped = Path.of(System.getProperty("costbench.project.dir", "."), "pricing-data");
        Files.createDirectories(target.resolve("regions"));
        ObjectNode catalog = (ObjectNode) JSON.readTree(shipped.resolve("catalog.json").toFile());
        ObjectNode regions = catalog.putObject("regions");
        for (String r : List.of("eu-west-1", "us-gov-east-1")) {
            regions.put(r, "regions/" + r + ".json");
            Files.copy(shipped.resolve("regions/" + r + ".json"), target.resolve("regions/" + r + ".json"));
        }
        Files.write(target.resolve("catalog.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalog));
        // the instance types those regions price, and the first dozen of the rest: a seed small enough to load thousands of times
        String priced = Files.readString(target.resolve("regions/eu-west-1.json")) + Files.readString(target.resolve("regions/us-gov-east-1.json"));
        ObjectNode types = (ObjectNode) JSON.readTree(shipped.resolve("instance-types.json").toFile());
        ObjectNode all = (ObjectNode) types.get("types");
        List<String> keep = new ArrayList<>();
        all.fieldNames().forEachRemaining(n -> {
            if (priced.contains("\"" + n + "\"") || keep.size() < 12) keep.add(n);
        });
        all.retain(keep);
        Files.write(target.resolve("instance-types.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(types));
        CatalogLoader.load(target); // the seed itself is valid
        return target;
    }

    @Test
    void mutatedDesignFilesLoadOrFailWithAMessageNamingTheFile() throws Exception {
        List<byte[]> seeds = designSeeds();
        JsonMutator mutator = new JsonMutator(20260503L);
        Random pick = new Random(1L);
        Path file = dir.resolve("mutated.costbench.json");
        Outcomes outcomes = new Outcomes("design");
        for (int i = 0; i < DESIGN_CASES; i++) {
            JsonMutator.Mutation m = mutator.mutate(seeds.get(pick.nextInt(seeds.size())));
            Files.write(file, m.bytes());
            String before = hash(file.getParent());
            String problem = run(() -> {
                try {
                    Project p = ProjectFile.read(file);
                    String saved = ProjectFile.toJson(p);
                    String again = ProjectFile.toJson(ProjectFile.parse(saved, "saved copy"));
                    return saved.equals(again) ? null : "loaded, but saving and loading again changed it";
                } catch (ProjectFileException e) {
                    outcomes.refused();
                    return userFacing(e.getMessage(), file.toString());
                }
            });
            if (!before.equals(hash(file.getParent()))) problem = "reading it changed a file on disk";
            outcomes.record(i, m, problem);
        }
        outcomes.check(DESIGN_CASES);
    }

    @Test
    void mutatedPriceCatalogFilesLoadOrFailWithAMessageNamingTheFile() throws Exception {
        Path pristine = catalogSeed(dir.resolve("pristine-catalog"));
        List<String> names = List.of("catalog.json", "instance-types.json", "regions/eu-west-1.json", "regions/us-gov-east-1.json");
        Map<String, byte[]> originals = new java.util.HashMap<>();
        for (String n : names) originals.put(n, Files.readAllBytes(pristine.resolve(n)));
        Path catalog = dir.resolve("catalog");
        Files.createDirectories(catalog.resolve("regions"));
        for (String n : names) Files.write(catalog.resolve(n), originals.get(n));

        JsonMutator mutator = new JsonMutator(20260504L);
        Random pick = new Random(2L);
        Outcomes outcomes = new Outcomes("catalog");
        String previous = null;
        for (int i = 0; i < CATALOG_CASES; i++) {
            if (previous != null) Files.write(catalog.resolve(previous), originals.get(previous));
            String name = names.get(pick.nextInt(names.size()));
            JsonMutator.Mutation m = mutator.mutate(originals.get(name));
            Files.write(catalog.resolve(name), m.bytes());
            previous = name;
            String before = hash(catalog);
            String problem = run(() -> {
                try {
                    CatalogLoader.load(catalog);
                    return null;
                } catch (CatalogException e) {
                    outcomes.refused();
                    if (e.file() == null || e.file().isBlank()) return "the message names no file: " + e.getMessage();
                    return userFacing(e.getMessage(), e.file());
                }
            });
            if (!before.equals(hash(catalog))) problem = "reading it changed a file on disk";
            outcomes.record(i, new JsonMutator.Mutation(m.kind(), m.bytes()), problem == null ? null : name + ": " + problem);
        }
        outcomes.check(CATALOG_CASES);
    }

    /** Null when {@code message} is fit for a user: it starts with the file and has no developer wording. */
    private static String userFacing(String message, String file) { return UserFacing.problem(message, file); }

    // ---- special files: refused at once by their type --------------------------------------------

    @Test
    void specialFilesAsDesignsAreRefusedAtOnceWithAMessage() throws Exception {
        Path special = Files.createDirectories(dir.resolve("special"));
        List<Path> cases = new ArrayList<>(List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"), Path.of("/dev/null"), special,
                Files.createSymbolicLink(special.resolve("dangling.costbench.json"), special.resolve("gone.costbench.json"))));
        Process mkfifo = new ProcessBuilder("mkfifo", special.resolve("pipe.costbench.json").toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            cases.add(special.resolve("pipe.costbench.json"));
            cases.add(Files.createSymbolicLink(special.resolve("link-to-pipe.costbench.json"), special.resolve("pipe.costbench.json")));
        }
        List<String> problems = new ArrayList<>();
        for (Path file : cases) {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            String problem = run(() -> {
                try {
                    ProjectFile.read(file);
                    return "loaded";
                } catch (ProjectFileException e) {
                    return userFacing(e.getMessage(), file.toString());
                }
            });
            if (problem != null) problems.add(file + ": " + problem);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private interface Case {
        String run() throws Exception;
    }

    /** Runs one case with a time limit; anything but a result or the user-facing exception is the problem. */
    private static String run(Case c) throws Exception {
        Future<String> f = worker.submit(c::run);
        try {
            return f.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            return "no answer within " + CASE_TIMEOUT_SECONDS + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            return "threw " + e.getCause();
        }
    }

    /** A checksum of every file under {@code folder}, names included: equal before and after means nothing was written. */
    private static String hash(Path folder) throws Exception {
        CRC32C crc = new CRC32C();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                crc.update(f.toString().getBytes(StandardCharsets.UTF_8));
                crc.update(Files.readAllBytes(f));
                crc.update(Files.getLastModifiedTime(f).toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** Counts per mutation kind and the first problems, kept with their inputs for a rerun by hand. */
    private static final class Outcomes {
        private final String what;
        private final Map<JsonMutator.Kind, Integer> kinds = new EnumMap<>(JsonMutator.Kind.class);
        private final List<String> problems = new ArrayList<>();
        private int refused;
        private int cases;

        Outcomes(String what) { this.what = what; }

        synchronized void refused() { refused++; }

        void record(int i, JsonMutator.Mutation m, String problem) throws Exception {
            cases++;
            kinds.merge(m.kind(), 1, Integer::sum);
            if (problem == null || problems.size() >= 20) return;
            Path kept = Path.of(System.getProperty("costbench.project.dir", "."), "target", "fuzz-failures",
                    what + "-" + i + "-" + m.kind() + ".json");
            Files.createDirectories(kept.getParent());
            Files.write(kept, m.bytes());
            problems.add("case " + i + " (" + m.kind() + ", kept as " + kept + "): " + problem);
        }

        void check(int expectedCases) {
            System.out.printf("fuzz %s: %d cases, %d refused with a message, %d loaded; by kind %s%n", what, cases, refused,
                    cases - refused - problems.size(), kinds);
            assertEquals(expectedCases, cases);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(refused > cases / 2, "most mutations break the file: " + refused + " of " + cases + " refused");
        }
    }
}
