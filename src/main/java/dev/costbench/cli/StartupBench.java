package dev.costbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code costbench bench startup}: starts the workbench (first start, the example priced) and a bare JavaFX window,
 * each as a child process launched as this one was, turn about, and prints the median time from launch to each
 * one's first painted frame, to the workbench's priced frame, and the ratios. Lines a child writes to its
 * error output are passed on, so a start that warns shows it.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Times launch to first painted frame of the window against a bare JavaFX window started the same way (needs a display, e.g. xvfb-run -a).")
public final class StartupBench implements Callable<Integer> {
    static final int MAX_RUNS = 50;
    /** What a child prints on standard output when its first frame, and when its ready frame, is painted. */
    private final String firstLine;
    private final String readyLine;
    /** What a child prints after its ready frame, before the CPU milliseconds it used until then. */
    private final String cpuPrefix;
    /** Set on a child so that it prints those lines and closes after its ready frame. */
    private final String probeProperty;
    private final String workbenchMain;
    private final String bareMain;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Timed starts of each window (default: 5).")
    int runs;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120", description = "Seconds a start may take before it counts as failed (default: 120).")
    int timeoutSeconds;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    /** The probe's protocol and the two programs to start; the window's classes stay out of the command line's layer. */
    public StartupBench(String probeProperty, String firstLine, String readyLine, String cpuPrefix, String workbenchMain, String bareMain) {
        this.probeProperty = probeProperty;
        this.firstLine = firstLine;
        this.readyLine = readyLine;
        this.cpuPrefix = cpuPrefix;
        this.workbenchMain = workbenchMain;
        this.bareMain = bareMain;
    }

    /** Times from launch, and the CPU the child used until its ready frame (-1 when it did not say). */
    private record Start(long firstNanos, long readyNanos, long cpuNanos) {}

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > MAX_RUNS) throw new BadInputException("--runs must be from 1 to " + MAX_RUNS + ", not " + runs);
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) throw new BadInputException("--timeout must be from 1 to 3600 seconds, not " + timeoutSeconds);
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) throw new BadInputException("bench startup needs the java command, and this runtime has none: run it from the project with ./costbench");
        ChildLaunch launch = new ChildLaunch(java.toString(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"));
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("costbench-startup");
        try {
            out.printf("Launch to first painted frame, %d starts of each after one warm-up start, Java %s, class data sharing %s%n",
                    runs, Runtime.version(), launch.aheadOfTime() ? "on (an ahead-of-time cache per window, recorded by its warm-up start)"
                            : launch.sharesClasses() ? "on (an archive per window, made by its warm-up start)" : "off");
            out.flush();
            List<Long> bare = new ArrayList<>(), first = new ArrayList<>(), priced = new ArrayList<>();
            List<Long> bareCpu = new ArrayList<>(), pricedCpu = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                ChildLaunch.Phase phase = run == 0 ? ChildLaunch.Phase.WARM_UP : ChildLaunch.Phase.TIMED;
                Start b = start(launch, work, bareMain, "bare", List.of(), phase);
                Start w = start(launch, work, workbenchMain, "workbench", List.of("--data-dir=" + work.resolve("data-" + run)), phase);
                if (run == 0) {
                    assemble(launch, work, "bare");
                    assemble(launch, work, "workbench");
                    continue;
                }
                bare.add(b.firstNanos());
                first.add(w.firstNanos());
                priced.add(w.readyNanos());
                if (b.cpuNanos() >= 0 && w.cpuNanos() >= 0) {
                    bareCpu.add(b.cpuNanos());
                    pricedCpu.add(w.cpuNanos());
                }
            }
            double bareMs = new Timings(bare).medianMillis(), firstMs = new Timings(first).medianMillis(),
                    pricedMs = new Timings(priced).medianMillis();
            out.printf("bare JavaFX window, first frame     median %6.0f ms   %s%n", bareMs, millis(bare));
            out.printf("workbench, first frame              median %6.0f ms   %s%n", firstMs, millis(first));
            out.printf("workbench, example priced on screen median %6.0f ms   %s%n", pricedMs, millis(priced));
            out.printf("first frame: %.2f× the bare window's; example priced: %.2f×%n", firstMs / bareMs, pricedMs / bareMs);
            if (!bareCpu.isEmpty()) {
                // CPU on every thread until the ready frame: what a start costs, even on a machine busy with other work
                double bareCpuMs = new Timings(bareCpu).medianMillis(), pricedCpuMs = new Timings(pricedCpu).medianMillis();
                out.printf("CPU until the frame, bare window     median %6.0f ms   %s%n", bareCpuMs, millis(bareCpu));
                out.printf("CPU until the frame, example priced  median %6.0f ms   %s%n", pricedCpuMs, millis(pricedCpu));
                out.printf("CPU: example priced %.2f× the bare window's%n", pricedCpuMs / bareCpuMs);
            }
            out.flush();
            return ExitCode.OK;
        } finally {
            deleteTree(work);
        }
    }

    /** One start of {@code mainClass}: the times from launch to its first and its ready frame. */
    private Start start(ChildLaunch launch, Path work, String mainClass, String name, List<String> args, ChildLaunch.Phase phase)
            throws IOException, InterruptedException {
        List<String> command = launch.command(mainClass, work, name, List.of("-D" + probeProperty + "=true"), args, phase);
        Path errors = work.resolve(name + ".err");
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        long first = -1, ready = -1, cpu = -1;
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) child.destroyForcibly();
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        });
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.equals(firstLine) && first < 0) first = System.nanoTime() - launched;
                else if (line.equals(readyLine) && ready < 0) ready = System.nanoTime() - launched;
                else if (line.startsWith(cpuPrefix) && cpu < 0) cpu = cpuNanos(line.substring(cpuPrefix.length()));
            }
        }
        int exit = child.waitFor();
        watchdog.join();
        List<String> said = Files.readAllLines(errors);
        PrintWriter err = spec.commandLine().getErr();
        for (String line : said) err.println(name + ": " + line);
        err.flush();
        if (first < 0 || ready < 0)
            throw new BadInputException("the " + name + " window did not paint within " + timeoutSeconds + " s (exit code " + exit
                    + (said.isEmpty() ? "" : ": " + said.get(0)) + "); is there a display? Try xvfb-run -a");
        return new Start(first, ready, cpu);
    }

    /** Assembles a child's ahead-of-time cache from its warm-up start's recording, before the timed starts. */
    private void assemble(ChildLaunch launch, Path work, String name) throws IOException, InterruptedException {
        List<String> command = launch.assembleCommand(work, name);
        if (command.isEmpty()) return;
        Path log = work.resolve(name + ".assemble.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BadInputException("assembling the " + name + " window's ahead-of-time cache took over " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0)
            throw new BadInputException("could not assemble the " + name + " window's ahead-of-time cache (exit code " + p.exitValue() + ")");
    }

    /** The child's CPU milliseconds as nanoseconds, or -1 for a figure it did not write whole. */
    private static long cpuNanos(String millis) {
        try {
            return Long.parseLong(millis.strip()) * 1_000_000L;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(Math.round(n / 1e6))).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static boolean isWindows() { return System.getProperty("os.name", "").startsWith("Windows"); }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
