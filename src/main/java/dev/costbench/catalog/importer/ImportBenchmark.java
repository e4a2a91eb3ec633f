package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import dev.costbench.catalog.PriceCatalog;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Measures the EC2 import against a bare token scan of the same file with the same Jackson parser: the scan is
 * the floor any streaming reader pays, so the ratio says what filtering and pricing cost on top of it. Each is
 * run {@value #RUNS} times, alternating, and the fastest run counts; thread CPU time is shown too, as it is
 * less disturbed by other work on the machine.
 */
public final class ImportBenchmark {
    static final int RUNS = 3;

    private ImportBenchmark() {}

    /** Sizes in bytes, times in seconds. */
    public record Figures(long bytes, long skus, long tokens, double scanSeconds, double importSeconds,
                          double scanCpuSeconds, double importCpuSeconds, int ratesImported, long maxHeapBytes,
                          long peakHeapBytes) {
        public double scanMBps() { return mbps(scanSeconds); }

        public double importMBps() { return mbps(importSeconds); }

        /** Import speed as a share of the bare scan's. */
        public double ratio() { return scanSeconds / importSeconds; }

        public double cpuRatio() { return scanCpuSeconds / importCpuSeconds; }

        private double mbps(double seconds) { return bytes / 1e6 / seconds; }

        public String describe() {
            return String.format("file: %,.0f MB, %,d SKUs, %,d JSON tokens%n"
                            + "bare Jackson token scan: %,.1f MB/s (%.2f s; CPU %,.1f MB/s)%n"
                            + "import: %,.1f MB/s (%.2f s; CPU %,.1f MB/s), %,d rates kept%n"
                            + "import / scan: %.2f (CPU time: %.2f)%n"
                            + "heap: max %,d MB, peak in use %,d MB (garbage not yet collected included)",
                    bytes / 1e6, skus, tokens, scanMBps(), scanSeconds, mbps(scanCpuSeconds), importMBps(),
                    importSeconds, mbps(importCpuSeconds), ratesImported, ratio(), cpuRatio(),
                    maxHeapBytes / (1024 * 1024), peakHeapBytes / (1024 * 1024));
        }
    }

    /** Writes a synthetic offer file of about {@code sizeBytes} to {@code file}, then measures both readers on it. */
    public static Figures run(Path file, long sizeBytes, PriceCatalog base) throws IOException {
        long skus = SyntheticEc2OfferFile.write(file, sizeBytes);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        double scan = Double.MAX_VALUE, imported = Double.MAX_VALUE, scanCpu = Double.MAX_VALUE, importCpu = Double.MAX_VALUE;
        int kept = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            tokens = scan(file);
            scan = Math.min(scan, (System.nanoTime() - t0) / 1e9);
            scanCpu = Math.min(scanCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            t0 = System.nanoTime();
            c0 = cpu.getCurrentThreadCpuTime();
            ChangeSummary s = new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(base, List.of(file)).summary();
            imported = Math.min(imported, (System.nanoTime() - t0) / 1e9);
            importCpu = Math.min(importCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            kept = s.added() + s.updated() + s.confirmed() + s.estimatesReplaced() + s.keptNewer() + s.unchanged();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Figures(Files.size(file), skus, tokens, scan, imported, scanCpu, importCpu, kept,
                Runtime.getRuntime().maxMemory(), peak);
    }

    /** Reads every token and nothing else. */
    static long scan(Path file) throws IOException {
        long n = 0;
        try (JsonParser p = JsonFiles.open(file)) {
            while (p.nextToken() != null) n++;
        }
        return n;
    }
}
