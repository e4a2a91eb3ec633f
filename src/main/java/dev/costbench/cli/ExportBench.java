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
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench export --blocks N}: exports a generated design of N blocks to a workbook and prints
 * the seconds it took (wall and CPU) and the peak heap used while writing it (the design is priced before
 * timing starts); then, in the same run, a bare POI write (SXSSF) of as many formula and value cells as the
 * workbook has, with no styles, names or validations: what POI's own streaming write of that many cells costs.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a generated design to a workbook and prints the time and peak heap it took.")
public final class ExportBench implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            description = "Keep the workbook here (default: a temporary file, deleted afterwards).")
    Path out;

    @Option(names = "--libreoffice",
            description = "Also time LibreOffice (soffice on the PATH) opening the workbook and recalculating every formula, "
                    + "beside its start-up with a one-block workbook.")
    boolean libreOffice;

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
        OutputFiles.check(null, Arrays.asList(out));
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
            // the first export in a process also loads and compiles POI and the exporter; an export from the window
            // after the first one costs what the second costs here
            Path again = Files.createTempFile("costbench-bench-again", ".xlsx");
            try {
                System.gc();
                long againStart = System.nanoTime(), againCpuStart = threads.getCurrentThreadCpuTime();
                session.writeWorkbook(request, again);
                o.printf("again     %.2f s (CPU %.2f s): the same export a second time in the same process%n",
                        (System.nanoTime() - againStart) / 1e9, (threads.getCurrentThreadCpuTime() - againCpuStart) / 1e9);
                o.flush();
            } finally {
                Files.deleteIfExists(again);
            }
            long[] cells = countCells(file);
            Path bare = Files.createTempFile("costbench-bench-bare", ".xlsx");
            try {
                System.gc();
                long bareStart = System.nanoTime(), bareCpuStart = threads.getCurrentThreadCpuTime();
                writeBare(bare, cells[0], cells[1]);
                double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
                double bareCpu = (threads.getCurrentThreadCpuTime() - bareCpuStart) / 1e9;
                o.printf("cells     %,d formulas, %,d values%n", cells[0], cells[1]);
                o.printf("bare POI  %.2f s (CPU %.2f s), %.1f MB: the same cells, no styles or names%n", bareSeconds, bareCpu,
                        Files.size(bare) / 1e6);
                o.printf("export    %.1f× the bare write's CPU%n", bareCpu > 0 ? cpu / bareCpu : 0);
                o.flush();
            } finally {
                Files.deleteIfExists(bare);
            }
            if (libreOffice) libreOffice(session, engine, file, o);
        } finally {
            if (out == null) Files.deleteIfExists(file);
        }
        return ExitCode.OK;
    }

    /** Formula cells and value cells (numbers, text, booleans) over every sheet of {@code xlsx}. */
    static long[] countCells(Path xlsx) throws IOException {
        long formulas = 0, values = 0;
        XMLInputFactory xml = XMLInputFactory.newFactory();
        // a big design's sheet is one long document to the JDK's parser, past its default size limits
        xml.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        xml.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("xl/worksheets/sheet")) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    XMLStreamReader r = xml.createXMLStreamReader(in);
                    boolean formula = false, value = false;
                    while (r.hasNext()) {
                        int ev = r.next();
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            switch (r.getLocalName()) {
                                case "c" -> { formula = false; value = false; }
                                case "f" -> formula = true;
                                case "v", "is" -> value = true;
                                default -> { }
                            }
                        } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                            if (formula) formulas++;
                            else if (value) values++;
                        }
                    }
                } catch (XMLStreamException x) {
                    throw new IOException("could not read " + e.getName() + " of " + xlsx + ": " + x.getMessage(), x);
                }
            }
        }
        return new long[]{formulas, values};
    }

    /** {@code formulas} formula cells then {@code values} number cells, 20 to a row, through SXSSF. */
    static void writeBare(Path file, long formulas, long values) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Bare");
            long total = formulas + values;
            int columns = 20;
            for (long i = 0; i < total; i++) {
                int rowNum = (int) (i / columns), col = (int) (i % columns);
                Row row = col == 0 ? sheet.createRow(rowNum) : sheet.getRow(rowNum);
                Cell c = row.createCell(col);
                if (i < formulas) {
                    c.setCellFormula(col == 0 ? "1+1" : CellReference.convertNumToColString(col - 1) + (rowNum + 1) + "*2");
                    c.setCellValue(i);
                } else c.setCellValue(i * 0.01);
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** LibreOffice's settings for the timing: recalculate every formula when it loads an xlsx (its default keeps the cached values). */
    private static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
            </oor:items>
            """;

    /**
     * Times LibreOffice headless opening {@code file}, recalculating every formula and saving its first sheet as CSV
     * (so the time is the opening and recalculating, not saving a large workbook), on a private profile. A one-block
     * workbook first warms the profile and gives LibreOffice's start-up, which no workbook goes below.
     */
    private static final int LIBREOFFICE_RUNS = 3;

    private void libreOffice(Session session, PricingEngine engine, Path file, PrintWriter o) throws IOException {
        Path dir = Files.createTempDirectory("costbench-bench-lo");
        try {
            Files.createDirectories(dir.resolve("profile/user"));
            Files.writeString(dir.resolve("profile/user/registrymodifications.xcu"), RECALC_ALWAYS);
            Scenario one = dev.costbench.bench.SyntheticDesign.generate(1, generated.seed);
            Path small = dir.resolve("one-block.xlsx");
            session.writeWorkbook(new ExportRequest("One block", engine.catalog(), List.of(new PricedScenario(one, engine.price(one)))), small);
            libreOfficeCpu(dir, small);
            // LibreOffice's CPU time varies by a second from one run to the next on two cores: three of each, in turn
            double[] floors = new double[LIBREOFFICE_RUNS], bigs = new double[LIBREOFFICE_RUNS];
            for (int i = 0; i < LIBREOFFICE_RUNS; i++) {
                floors[i] = libreOfficeCpu(dir, small);
                bigs[i] = libreOfficeCpu(dir, file);
            }
            if (Arrays.stream(floors).anyMatch(Double::isNaN) || Arrays.stream(bigs).anyMatch(Double::isNaN)) {
                o.println("LibreOffice: not timed (soffice did not run, or this system has no /proc/self/stat)");
            } else {
                Arrays.sort(floors);
                Arrays.sort(bigs);
                double floor = floors[LIBREOFFICE_RUNS / 2], big = bigs[LIBREOFFICE_RUNS / 2];
                o.printf("LibreOffice open + recalculate %.2f s CPU (%.2f–%.2f); its start-up with one block %.2f s CPU (%.2f–%.2f);"
                                + " the workbook's own %.2f s (medians of %d runs)%n", big, bigs[0], bigs[LIBREOFFICE_RUNS - 1], floor,
                        floors[0], floors[LIBREOFFICE_RUNS - 1], big - floor, LIBREOFFICE_RUNS);
            }
            o.flush();
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** CPU seconds (user + system) of soffice and its children converting {@code xlsx} to CSV; NaN when it could not run. */
    private static double libreOfficeCpu(Path dir, Path xlsx) {
        try {
            double before = childrenCpu();
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--norestore", "--nologo", "--convert-to", "csv", "--outdir", dir.resolve("out").toString(), xlsx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(600, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Double.NaN;
            }
            return p.exitValue() == 0 ? childrenCpu() - before : Double.NaN;
        } catch (IOException | InterruptedException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds of this process's finished, waited-for children (Linux /proc/self/stat cutime + cstime, 100 ticks a second). */
    private static double childrenCpu() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command's name: state is field 3, cutime and cstime are fields 16 and 17
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }
}
