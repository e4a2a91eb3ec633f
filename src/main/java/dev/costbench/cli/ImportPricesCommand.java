package dev.costbench.cli;

import dev.costbench.catalog.UserCatalog;
import dev.costbench.catalog.importer.ChangeSummary;
import dev.costbench.catalog.importer.ImportMonitor;
import dev.costbench.catalog.importer.PriceImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code costbench import-prices PATH... [--region R...]}: merges AWS's published Price List files into the
 * user catalog (docs/price-import.md) and prints what changed.
 */
@Command(name = "import-prices", mixinStandardHelpOptions = true,
        description = {"Imports AWS's public Price List files into your price catalog, offline.",
                "PATH is a folder laid out as AWS publishes it (offers/v1.0/aws/index.json …), an index, a regional offer "
                        + "file (AmazonEC2, AmazonECS, AWSLambda, AWSELB, AmazonEKS as JSON or CSV; AWSComputeSavingsPlan "
                        + "as JSON), Spot Advisor data or describe-spot-price-history output.",
                "Published rates replace estimates and older rates; a file that cannot be read leaves the catalog as it was."})
public final class ImportPricesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--region", paramLabel = "REGION", split = ",",
            description = "Import only these regions (repeat or separate with commas; default: every region in the files).")
    List<String> regions = List.of();

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = dataDir.folder();
        Set<String> only = new LinkedHashSet<>(regions);
        ChangeSummary summary = new PriceImporter(only, ImportMonitor.SILENT).importInto(folder, paths);
        PrintWriter out = spec.commandLine().getOut();
        // a region asked for that no file has (a typing slip, eu-west-l): said, never "already up to date" alone
        Set<String> absent = new LinkedHashSet<>(only);
        summary.offers().forEach(o -> absent.remove(o.region()));
        if (!only.isEmpty() && absent.size() == only.size())
            throw new BadInputException("none of these files has prices for " + String.join(", ", absent)
                    + " (a region code such as eu-west-1); nothing was imported");
        out.print(summary.describe());
        if (!absent.isEmpty()) out.println("No prices for " + String.join(", ", absent) + " in these files.");
        out.println(summary.isEmpty() ? "The catalog was already up to date: " + UserCatalog.folder(folder)
                : "Catalog written: " + UserCatalog.folder(folder));
        out.flush();
        return ExitCode.OK;
    }
}
