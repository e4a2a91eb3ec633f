package dev.costbench;

import dev.costbench.cli.BenchCommand;
import dev.costbench.cli.DataDirOption;
import dev.costbench.cli.DiagramCommand;
import dev.costbench.cli.ErrorReporting;
import dev.costbench.cli.ExitCode;
import dev.costbench.cli.ExportCommand;
import dev.costbench.cli.ImportDesignCommand;
import dev.costbench.cli.ImportPricesCommand;
import dev.costbench.cli.PriceCommand;
import dev.costbench.cli.SizeSavingsPlanCommand;
import dev.costbench.cli.ValidateCommand;
import dev.costbench.cli.VersionProvider;
import dev.costbench.cli.StartupBench;
import dev.costbench.cli.WindowBench;
import dev.costbench.ui.app.WorkbenchApp;
import dev.costbench.cli.WhatIfDragBench;
import dev.costbench.ui.bench.EditToTotalBenchmark;
import dev.costbench.ui.bench.WhatIfDragBenchmark;
import dev.costbench.ui.startup.BareWindow;
import dev.costbench.ui.startup.FirstFrameProbe;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code costbench} command: price, export, validate and benchmark designs from a terminal or a CI job.
 * With no arguments (the menu entry) or one existing design file (a double-clicked design) it opens the window.
 */
@Command(name = "costbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prices AWS compute designs under On-Demand, Reserved Instances, Savings Plans and Spot, "
                + "next to their Graviton twins.",
        subcommands = {PriceCommand.class, ExportCommand.class, ValidateCommand.class, ImportPricesCommand.class,
                SizeSavingsPlanCommand.class, DiagramCommand.class, ImportDesignCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 done, 1 validate found problems, 2 bad input, 3 the price catalog cannot be read."})
public final class Main implements Runnable {
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    public static void main(String[] args) {
        if (opensWindow(args)) {
            if (!GraphicsEnvironment.isHeadless()) {
                WorkbenchApp.launchWorkbench(args);
                return;
            }
            // a terminal without a display, e.g. over ssh: say so instead of a toolkit stack trace
            System.err.println("costbench: no display to open the window on; the commands below work without one");
            commandLine().usage(System.err);
            System.exit(ExitCode.BAD_INPUT);
        }
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // the memory Java may use is the limit, not the design: say how to raise it, without a stack trace
            System.err.println("costbench: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB here); give it more with JAVA_TOOL_OPTIONS=-Xmx8g, or work on fewer blocks or one scenario (--scenario)");
            exit = dev.costbench.cli.ExitCode.FAILURE;
        }
        System.exit(exit);
    }

    /**
     * True for no arguments or exactly one argument that is an existing {@code *.costbench.json} file, either
     * alongside {@code --data-dir=FOLDER}, which the window takes as the command line does.
     */
    static boolean opensWindow(String[] args) {
        List<String> rest = Arrays.stream(args).filter(a -> !a.startsWith("--data-dir=")).toList();
        return rest.isEmpty()
                || rest.size() == 1 && rest.get(0).endsWith(".costbench.json") && Files.isRegularFile(Path.of(rest.get(0)));
    }

    /** The configured command line, for main and for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // the window's benchmark reaches the command line as a plain function, so cli never imports the toolkit
        cl.getSubcommands().get("bench").addSubcommand("ui", new WindowBench((blocks, seed, edits, warmUp, pause, out) -> {
            EditToTotalBenchmark.EditTimes t = EditToTotalBenchmark.measure(blocks, seed, edits, warmUp, pause, out);
            return new dev.costbench.cli.WindowBenchmark.Samples(t.design(), t.bare());
        }));
        cl.getSubcommands().get("bench").addSubcommand("what-if", new WhatIfDragBench((blocks, seed, seconds, out) -> {
            WhatIfDragBenchmark.Drags d = WhatIfDragBenchmark.measure(blocks, seed, seconds, out);
            return new WhatIfDragBench.Drag[] {drag(d.openedOnQuietDesign()), drag(d.afterEdit()), drag(d.atOnce()), drag(d.pricedAhead())};
        }));
        cl.getSubcommands().get("bench").addSubcommand("startup", new StartupBench(FirstFrameProbe.PROPERTY, FirstFrameProbe.FIRST,
                FirstFrameProbe.READY, FirstFrameProbe.CPU, Main.class.getName(), BareWindow.Launcher.class.getName()));
        return ErrorReporting.configure(cl);
    }

    private static WhatIfDragBench.Drag drag(WhatIfDragBenchmark.Drag d) {
        return new WhatIfDragBench.Drag(d.seconds(), d.frames(), d.moves(), d.previews(), d.settleNanos());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
