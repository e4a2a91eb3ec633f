package dev.costbench.cli;

import dev.costbench.catalog.FileProblem;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench export FILE --xlsx OUT [--csv OUT] [--scenario NAME]}: the finance workbook (a model whose
 * totals are formulas over its Assumptions sheet) and/or a CSV of every block under every option.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the design as an Excel workbook for finance reviews (every total a formula over "
                + "editable assumptions, every rate traced to its source) and/or as CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.costbench.json).")
    Path file;

    @Option(names = "--xlsx", paramLabel = "OUT", description = "Write the Excel workbook here (.xlsx).")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "OUT", description = "Write one CSV row per scenario, block and purchase option here.")
    Path csv;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Export only this scenario (default: every scenario).")
    String scenario;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (xlsx == null && csv == null) throw new BadInputException("say where to write: --xlsx OUT and/or --csv OUT");
        OutputFiles.check(file, Arrays.asList(xlsx, csv));
        Session session = dataDir.session();
        Project project = DesignCheck.read(session, file, spec.commandLine().getErr());
        DesignCheck.stopOnErrors(session, project, file, selected(project), spec.commandLine().getErr());
        ExportRequest request = session.exportRequest(project, scenario);
        PriceCatalog catalog = request.catalog();
        PrintWriter out = spec.commandLine().getOut();
        if (xlsx != null) {
            WorkbookExporter.Result r = writing(xlsx, () -> session.writeWorkbook(request, xlsx));
            out.printf("Wrote %s: %d scenario(s), %d blocks, %d line items, %d rates (catalog %s; their dates on Summary)%n", xlsx,
                    request.scenarios().size(), r.blocks(), r.lineItems(), r.rates(), catalog.version());
        }
        if (csv != null) {
            writing(csv, () -> {
                session.writeCsv(request, csv);
                return null;
            });
            out.printf("Wrote %s%n", csv);
        }
        out.flush();
        return ExitCode.OK;
    }

    private List<Integer> selected(Project project) {
        List<Integer> out = new ArrayList<>();
        List<Scenario> all = project.scenarios();
        for (int i = 0; i < all.size(); i++) if (scenario == null || all.get(i).name().equals(scenario)) out.add(i);
        if (out.isEmpty())
            throw new BadInputException(file + ": no scenario named \"" + scenario + "\" (the design has: "
                    + String.join(", ", all.stream().map(Scenario::name).toList()) + ")");
        return out;
    }

    private interface Export<T> {
        T write() throws IOException;
    }

    /** Runs one export; a failure names the file the user asked for and the reason in their words. */
    private static <T> T writing(Path out, Export<T> export) {
        try {
            return export.write();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + FileProblem.reason(e, out)
                    + "; nothing was written there");
        }
    }
}
