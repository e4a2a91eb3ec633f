package dev.costbench.cli;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench export --blocks N}: exports a generated design of N blocks to a workbook and prints
 * the seconds it took (wall and CPU) and the peak heap used while writing it (the design is priced before
 * timing starts).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a generated design to a workbook and prints the time and peak heap it took.")
public final class ExportBench implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            description = "Keep the workbook here (default: a temporary file, deleted afterwards).")
    Path out;

    @Mixin GeneratedDesignOptions generated;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        generated.check();
        // the shipped prices, so figures compare between machines and runs
        Session session = Session.over(null, CatalogLoader.bundled());
        PricingEngine engine = session.engine();
        Scenario design = generated.generate();
        ExportRequest request = new ExportRequest("Generated design, " + generated.blocks + " blocks (seed " + generated.seed + ")",
                engine.catalog(), List.of(new PricedScenario(design, engine.price(design))));
        Path file = out != null ? out : Files.createTempFile("costbench-bench", ".xlsx");
        try {
            System.gc();
            HeapPeak peak = HeapPeak.start();
            var threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime(), cpuStart = threads.getCurrentThreadCpuTime();
            WorkbookExporter.Result r = session.writeWorkbook(request, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            // on a busy machine the wall time includes waiting for a core; CPU time is the work itself
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long peakBytes = peak.stop();
            PrintWriter o = spec.commandLine().getOut();
            o.printf("Exported %d blocks (seed %d): %d line items, %d option rows, %d rates, %.1f MB%n", r.blocks(), generated.seed,
                    r.lineItems(), r.optionRows(), r.rates(), Files.size(file) / 1e6);
            o.printf("time      %.2f s (CPU %.2f s)%npeak heap %d MB (max heap %d MB)%n", seconds, cpu, peakBytes >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            o.flush();
        } finally {
            if (out == null) Files.deleteIfExists(file);
        }
        return ExitCode.OK;
    }
}
