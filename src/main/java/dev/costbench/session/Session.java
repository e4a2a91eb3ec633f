package dev.costbench.session;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.csv.CsvExporter;
import dev.costbench.export.diagram.Diagram;
import dev.costbench.export.diagram.DiagramExporter;
import dev.costbench.export.diagram.DiagramFormat;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.DesignValidator;
import dev.costbench.project.Problem;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.UserDataFolder;
import dev.costbench.workshop.HourlyUsage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One run of Costbench, a command or the window: which prices it uses (the user's imported catalog in their data
 * folder when there is one, else the shipped one), the engine that prices with them and remembers recent block
 * costs, and the designs, reports and exports made with that engine. Every command and the window start here,
 * so none of them can read a design, choose a catalog or price in a way of its own.
 */
public final class Session {
    private final Path dataDir;
    /** Replaced whole when the user imports prices; readers take the engine afresh for every job. */
    private volatile PricingEngine engine;

    private Session(Path dataDir, PriceCatalog catalog) {
        this.dataDir = dataDir;
        this.engine = new PricingEngine(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * The session for data folder {@code explicit} (from --data-dir), else the user's usual one, pricing with the
     * catalog imported there or else the shipped one. An imported catalog that cannot be read is an error, never
     * a silent fallback to other prices.
     */
    public static Session open(Path explicit) {
        Path folder = UserDataFolder.resolve(explicit);
        return new Session(folder, catalogIn(folder));
    }

    /**
     * The prices a session over data folder {@code folder} uses: the catalog imported there, else the shipped one.
     * Read afresh on every call, e.g. by the window after an import, which then {@link #replaceCatalog switches} to it.
     */
    public static PriceCatalog catalogIn(Path folder) { return UserCatalog.load(folder); }

    /** A session over the prices shipped with Costbench alone, with no data folder (benchmarks). */
    public static Session shipped() { return new Session(null, CatalogLoader.bundled()); }

    /** A session over prices already read, e.g. the window's after its catalog failed, or a benchmark's shipped one. */
    public static Session over(Path dataDir, PriceCatalog catalog) { return new Session(dataDir, catalog); }

    /** The user's data folder (imported catalogs, autosaves); null for a session over given prices alone. */
    public Path dataDir() { return dataDir; }

    public PriceCatalog catalog() { return engine.catalog(); }

    /** The engine pricing with this session's catalog; it keeps rate bundles and recent block costs between calls. */
    public PricingEngine engine() { return engine; }

    /** True when the run prices with prices the user imported rather than the shipped ones. */
    public boolean usesImportedPrices() { return dataDir != null && UserCatalog.exists(dataDir); }

    /** Prices everything with {@code catalog} from now on (after an import); the engine's memory starts afresh. */
    public void replaceCatalog(PriceCatalog catalog) { engine = new PricingEngine(Objects.requireNonNull(catalog, "catalog")); }

    // ---- designs ----------------------------------------------------------------------------------

    /** A design as read, with the word to say when a newer Costbench wrote it (null: none). */
    public record OpenedDesign(Project project, String newerVersionWarning) {}

    /** Reads a design file; a bad file is a {@link dev.costbench.project.ProjectFileException} naming file and place. */
    public OpenedDesign read(Path file) {
        Project project = ProjectFile.read(file);
        return new OpenedDesign(project, ProjectFile.newerVersionWarning(project, file.toString()));
    }

    /** Saves the design (the previous version kept as a backup); a failure says why in the user's words. */
    public void save(Project project, Path file) { ProjectFile.write(project, file); }

    /** Every problem of the design against this session's prices. */
    public List<Problem> problems(Project project) { return new DesignValidator().validate(project, catalog()); }

    /** The problems that concern the scenarios at {@code scenarioIndices} (and the design as a whole); others do not stop a run. */
    public List<Problem> problems(Project project, List<Integer> scenarioIndices) {
        return problems(project).stream().filter(p -> concerns(p.path(), scenarioIndices)).toList();
    }

    private static boolean concerns(String path, List<Integer> scenarioIndices) {
        if (path == null || !path.startsWith("$.scenarios[")) return true;
        for (int i : scenarioIndices) {
            String prefix = "$.scenarios[" + i + "]";
            if (path.equals(prefix) || path.startsWith(prefix + ".")) return true;
        }
        return false;
    }

    // ---- reports ----------------------------------------------------------------------------------

    public CostReport price(Scenario scenario) { return engine.price(scenario); }

    /** The reports of the scenarios at {@code scenarioIndices}, in that order. */
    public List<CostReport> price(Project project, List<Integer> scenarioIndices) {
        PricingEngine e = engine;
        List<CostReport> reports = new ArrayList<>(scenarioIndices.size());
        for (int i : scenarioIndices) reports.add(e.price(project.scenarios().get(i)));
        return reports;
    }

    /** The hour-by-hour usage a Savings Plan could cover, priced with this session's engine. */
    public HourlyUsage hourlyUsage(Scenario scenario) { return HourlyUsage.of(scenario, engine); }

    // ---- exports ----------------------------------------------------------------------------------

    /** The design's scenarios (all, or only {@code scenarioName}) priced for an export. */
    public ExportRequest exportRequest(Project project, String scenarioName) {
        return ExportRequest.of(project, engine, scenarioName);
    }

    public WorkbookExporter.Result writeWorkbook(ExportRequest request, Path out) throws IOException {
        return WorkbookExporter.write(request, out);
    }

    public void writeCsv(ExportRequest request, Path out) throws IOException { CsvExporter.write(request, out); }

    /** Exports every scenario to {@code out}: CSV when the file name ends in .csv, else the workbook. */
    public void export(Project project, Path out) throws IOException {
        ExportRequest request = exportRequest(project, null);
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) writeCsv(request, out);
        else writeWorkbook(request, out);
    }

    /** One scenario as a diagram, each block with its monthly cost from this session's prices. */
    public Diagram diagram(Project project, int scenarioIndex) {
        Scenario s = project.scenarios().get(scenarioIndex);
        return Diagram.of(project.name(), s, engine.price(s), engine.catalog());
    }

    /** Draws {@code diagram} into {@code out} as {@code format}, without a display. */
    public void writeDiagram(Diagram diagram, DiagramFormat format, Path out) throws IOException {
        new DiagramExporter().write(diagram, format, out);
    }
}
