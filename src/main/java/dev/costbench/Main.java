package dev.costbench;

import dev.costbench.cli.BenchCommand;
import dev.costbench.cli.DataDirOption;
import dev.costbench.cli.ErrorReporting;
import dev.costbench.cli.ExportCommand;
import dev.costbench.cli.ImportPricesCommand;
import dev.costbench.cli.PriceCommand;
import dev.costbench.cli.SizeSavingsPlanCommand;
import dev.costbench.cli.ValidateCommand;
import dev.costbench.cli.VersionProvider;
import dev.costbench.cli.WindowBench;
import dev.costbench.ui.bench.EditToTotalBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code costbench} command: price, export, validate and benchmark designs from a terminal or a CI job. */
@Command(name = "costbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prices AWS compute designs under On-Demand, Reserved Instances, Savings Plans and Spot, "
                + "next to their Graviton twins.",
        subcommands = {PriceCommand.class, ExportCommand.class, ValidateCommand.class, ImportPricesCommand.class,
                SizeSavingsPlanCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 done, 1 validate found problems, 2 bad input, 3 the price catalog cannot be read."})
public final class Main implements Runnable {
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // the window's benchmark reaches the command line as a plain function, so cli never imports the toolkit
        cl.getSubcommands().get("bench").addSubcommand("ui", new WindowBench(EditToTotalBenchmark::measure));
        return ErrorReporting.configure(cl);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
