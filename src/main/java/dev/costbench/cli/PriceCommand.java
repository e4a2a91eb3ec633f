package dev.costbench.cli;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.export.TagTotals;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code costbench price FILE}: every block under every purchase option, as a table, JSON or CSV. */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Prices every block of a design under On-Demand, Reserved Instances, Savings Plans and Spot, "
                + "with its Graviton twin.")
public final class PriceCommand implements Callable<Integer> {
    public enum Format { TABLE, JSON, CSV }

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.costbench.json).")
    Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Price only this scenario (default: every scenario).")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv.")
    Format format;

    @Option(names = "--by-tag", paramLabel = "KEY",
            description = "Total each scenario by the values of this tag key (e.g. team), in the chosen format, instead of per block.")
    String byTag;

    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (byTag != null && byTag.isBlank()) throw new BadInputException("--by-tag needs a tag key, such as team or environment");
        Session session = dataDir.session();
        Project project = DesignCheck.read(session, file, spec.commandLine().getErr());
        List<Integer> selected = selectedScenarios(project);
        DesignCheck.stopOnErrors(session, project, file, selected, spec.commandLine().getErr());
        List<CostReport> reports = session.price(project, selected);
        PriceCatalog catalog = session.catalog();
        PrintWriter out = spec.commandLine().getOut();
        List<Scenario> scenarios = selected.stream().map(project.scenarios()::get).toList();
        if (byTag != null) {
            List<TagTotals> totals = new java.util.ArrayList<>();
            for (int i = 0; i < reports.size(); i++) totals.add(TagTotals.of(scenarios.get(i), reports.get(i), byTag));
            List<String> regions = reports.stream().map(CostReport::region).toList();
            out.print(switch (format) {
                case JSON -> TagPriceReport.json(totals, regions);
                case CSV -> TagPriceReport.csv(totals, regions);
                case TABLE -> TagPriceReport.table(project.name(), totals, regions);
            });
            out.flush();
            return ExitCode.OK;
        }
        switch (format) {
            case JSON -> JsonPriceReport.write(out, reports, scenarios, scenario != null, catalog);
            case CSV -> out.print(CsvPriceReport.render(reports, scenarios));
            case TABLE -> out.print(TablePriceReport.render(project.name(), reports, scenarios, catalog));
        }
        out.flush();
        return ExitCode.OK;
    }

    private List<Integer> selectedScenarios(Project project) {
        List<Scenario> all = project.scenarios();
        if (scenario == null) return IntStream.range(0, all.size()).boxed().toList();
        return List.of(ScenarioChoice.index(project, scenario, file));
    }
}
