package dev.costbench.cli;

import dev.costbench.catalog.importer.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench import --size-mb N [--keep FILE]}: writes a synthetic AmazonEC2 offer file of about N MB
 * in AWS's JSON layout and prints the import's speed next to a bare token scan of the same file. Nothing is
 * written to the catalog; the generated file is deleted unless {@code --keep} names where to keep it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Times the price import on a generated AmazonEC2 offer file against a bare JSON token scan.")
public final class ImportBench implements Callable<Integer> {
    static final int MAX_SIZE_MB = 65_536;

    @Option(names = "--size-mb", paramLabel = "N", required = true, description = "Size of the generated offer file in MB.")
    int sizeMb;

    @Option(names = "--keep", paramLabel = "FILE", description = "Keep the generated offer file here instead of deleting it.")
    Path keep;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sizeMb < 1 || sizeMb > MAX_SIZE_MB) throw new BadInputException("--size-mb must be from 1 to " + MAX_SIZE_MB + ", not " + sizeMb);
        OutputFiles.check(null, Arrays.asList(keep));
        Path file = keep != null ? keep : Files.createTempFile("costbench-ec2-offer-", ".json");
        PrintWriter out = spec.commandLine().getOut();
        try {
            ImportBenchmark.Figures f = ImportBenchmark.run(file, sizeMb * 1_000_000L, dataDir.session().catalog());
            out.println(f.describe());
            out.println(keep != null ? "offer file kept: " + keep : "offer file deleted");
        } finally {
            if (keep == null) Files.deleteIfExists(file);
        }
        out.flush();
        return ExitCode.OK;
    }
}
