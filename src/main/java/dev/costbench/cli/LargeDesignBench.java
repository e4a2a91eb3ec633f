package dev.costbench.cli;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.session.Session;
import dev.costbench.project.autosave.AutosaveFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code costbench bench large --blocks 5000}: the whole life of a very large design outside the window: save it,
 * open it, price it, autosave it and export it as the finance workbook. Prints each step's first (cold) time and
 * the median of the runs, the file's size, and the peak heap used while the steps ran.
 */
@Command(name = "large", mixinStandardHelpOptions = true,
        description = "Times saving, opening, pricing, autosaving and exporting a generated design, and the peak heap used.")
public final class LargeDesignBench implements Callable<Integer> {
    static final int MAX_RUNS = 100;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Runs of every step (default: 3).")
    int runs;

    @Mixin GeneratedDesignOptions generated;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    private interface Step {
        void run() throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        generated.check();
        if (runs < 1 || runs > MAX_RUNS) throw new BadInputException("--runs must be from 1 to " + MAX_RUNS + ", not " + runs);
        PrintWriter out = spec.commandLine().getOut();
        PriceCatalog catalog = CatalogLoader.bundled();
        Path work = Files.createTempDirectory("costbench-bench-");
        HeapPeak heap = null;
        try {
            Scenario scenario = generated.generate();
            Project design = new Project("Large design", List.of(scenario));
            Path file = work.resolve("large.costbench.json");
            AutosaveFolder autosave = new AutosaveFolder(work.resolve("data"));
            Session session = Session.over(work.resolve("data"), catalog);
            Map<String, Step> steps = new LinkedHashMap<>();
            AtomicReference<Project> opened = new AtomicReference<>();
            steps.put("save", () -> session.save(design, file));
            steps.put("open", () -> opened.set(session.read(file).project()));
            steps.put("price", () -> session.price(opened.get().scenarios().getFirst()));
            steps.put("autosave", () -> autosave.write("bench", design, file));
            // the finance workbook of the opened design, priced as the window has it after Open
            Path workbook = work.resolve("large.xlsx");
            steps.put("export", () -> session.writeWorkbook(new ExportRequest("Large design", catalog,
                    List.of(new PricedScenario(opened.get().scenarios().getFirst(),
                            session.price(opened.get().scenarios().getFirst())))), workbook));
            Map<String, List<Long>> nanos = new LinkedHashMap<>();
            System.gc();
            heap = HeapPeak.start();
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, Step> step : steps.entrySet()) {
                    long start = System.nanoTime();
                    step.getValue().run();
                    nanos.computeIfAbsent(step.getKey(), k -> new ArrayList<>()).add(System.nanoTime() - start);
                }
            }
            long peak = heap.stop();
            heap = null;
            out.printf("Large design: %d blocks, %d connections (seed %d); the file is %.1f MB%n", scenario.blocks().size(),
                    scenario.connections().size(), generated.seed, Files.size(file) / 1e6);
            out.printf("%-10s %10s %14s%n", "step", "first", "median of " + runs);
            for (Map.Entry<String, List<Long>> e : nanos.entrySet()) {
                out.printf("%-10s %7.0f ms %11.0f ms%n", e.getKey(),
                        e.getValue().getFirst() / 1e6, new Timings(e.getValue()).medianMillis());
            }
            out.println("(export prices the design again, then writes the workbook)");
            out.printf("peak heap used %d MB (maximum heap %d MB)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return ExitCode.OK;
        } finally {
            if (heap != null) heap.stop();
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
