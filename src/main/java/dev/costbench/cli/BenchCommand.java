package dev.costbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code costbench bench …}: how fast Costbench works on designs larger than anyone draws by hand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures how long Costbench takes on large generated designs.",
        subcommands = {RepriceBench.class, ExportBench.class, ImportBench.class, SizeSavingsPlanBench.class,
                LargeDesignBench.class})
public final class BenchCommand implements Runnable {
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
