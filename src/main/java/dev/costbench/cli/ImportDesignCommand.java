package dev.costbench.cli;

import dev.costbench.project.ProjectFileException;
import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportedDesign;
import dev.costbench.project.importer.drawio.DrawioImporter;
import dev.costbench.project.importer.terraform.TerraformImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code costbench import terraform|drawio FILE --out DESIGN}: an existing design onto the canvas, with what the
 * source does not say listed as assumptions to confirm and what it holds that became no block listed as not mapped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns a Terraform plan or a draw.io diagram into a Costbench design.",
        subcommands = {ImportDesignCommand.Terraform.class, ImportDesignCommand.Drawio.class})
public final class ImportDesignCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    @Command(name = "terraform", mixinStandardHelpOptions = true,
            description = "Reads `terraform show -json PLAN` output and writes the design it plans.")
    static final class Terraform implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan as JSON (terraform show -json PLAN > plan.json).")
        Path plan;

        @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "The design file to write (*.costbench.json).")
        Path out;

        @Option(names = "--usage", paramLabel = "USAGE.yml",
                description = "Usage the plan cannot hold, in infracost-usage.yml's shape (resource_usage: by resource address).")
        Path usage;

        @Mixin DataDirOption dataDir;

        @Spec CommandSpec spec;

        @Override
        public Integer call() { return write(spec, dataDir, plan, out, () -> TerraformImporter.read(plan, usage)); }
    }

    @Command(name = "drawio", mixinStandardHelpOptions = true,
            description = "Reads a draw.io diagram with AWS shapes and writes it as a design.")
    static final class Drawio implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.drawio", description = "The diagram (compressed or not).")
        Path diagram;

        @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "The design file to write (*.costbench.json).")
        Path out;

        @Mixin DataDirOption dataDir;

        @Spec CommandSpec spec;

        @Override
        public Integer call() { return write(spec, dataDir, diagram, out, () -> DrawioImporter.read(diagram)); }
    }

    /** Imports, then writes the design in one atomic step: a failed import leaves no file behind. */
    private static int write(CommandSpec spec, DataDirOption dataDir, Path source, Path out, Supplier<ImportedDesign> importer) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder))
            throw new BadInputException("cannot write " + out + ": the folder " + folder + " does not exist");
        if (Files.isDirectory(out)) throw new BadInputException("cannot write " + out + ": it is a folder");
        ImportedDesign design;
        try {
            design = importer.get();
        } catch (DesignImportException e) {
            throw new BadInputException(e.getMessage());
        }
        try {
            // saved as every design is saved: through the session, atomically
            dataDir.session().save(design.project(), out);
        } catch (ProjectFileException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        design.summary(source.getFileName().toString()).forEach(o::println);
        o.println("Wrote " + out);
        o.flush();
        return ExitCode.OK;
    }
}
