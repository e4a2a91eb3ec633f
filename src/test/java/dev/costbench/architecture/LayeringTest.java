package dev.costbench.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.UserCatalog;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.csv.CsvExporter;
import dev.costbench.export.diagram.DiagramExporter;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.DesignValidator;
import dev.costbench.project.ProjectFile;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers {@code model ← catalog ← pricing ← project | export | workshop ← session ← cli | ui}, with
 * {@code files} (safe writing) below everything that saves and {@code bench} (generated designs) beside model.
 * Each rule here is one a change could break without any other test noticing.
 */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.costbench");

    @Test
    void headlessLayersNeverDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("dev.costbench.model..", "dev.costbench.catalog..",
                        "dev.costbench.pricing..", "dev.costbench.project..", "dev.costbench.export..",
                        "dev.costbench.cli..", "dev.costbench.workshop..", "dev.costbench.bench..",
                        "dev.costbench.session..", "dev.costbench.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(CLASSES);
    }

    /** Each layer uses only the layers below it; siblings (project, export, workshop; cli, ui) never use each other. */
    @Test
    void everyLayerDependsOnlyOnTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Files").definedBy("dev.costbench.files..")
                .layer("Model").definedBy("dev.costbench.model..")
                .layer("Generated designs").definedBy("dev.costbench.bench..")
                .layer("Catalog").definedBy("dev.costbench.catalog..")
                .layer("Pricing").definedBy("dev.costbench.pricing..")
                .layer("Project").definedBy("dev.costbench.project..")
                .layer("Export").definedBy("dev.costbench.export..")
                .layer("Workshop").definedBy("dev.costbench.workshop..")
                .layer("Session").definedBy("dev.costbench.session..")
                .layer("Cli").definedBy("dev.costbench.cli..")
                .layer("Ui").definedBy("dev.costbench.ui..")
                .layer("Launcher").definedBy("dev.costbench")

                .whereLayer("Files").mayNotAccessAnyLayer()
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Generated designs").mayOnlyAccessLayers("Model")
                .whereLayer("Catalog").mayOnlyAccessLayers("Model", "Files")
                .whereLayer("Pricing").mayOnlyAccessLayers("Model", "Catalog")
                .whereLayer("Project").mayOnlyAccessLayers("Model", "Catalog", "Pricing", "Files")
                .whereLayer("Export").mayOnlyAccessLayers("Model", "Catalog", "Pricing", "Files")
                .whereLayer("Workshop").mayOnlyAccessLayers("Model", "Catalog", "Pricing")
                .whereLayer("Session").mayOnlyAccessLayers("Model", "Catalog", "Pricing", "Project", "Export", "Workshop", "Files")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher") // so cli and ui never use each other
                .check(CLASSES);
    }

    @Test
    void catalogNeverDependsOnPricing() {
        noClasses().that().resideInAPackage("dev.costbench.catalog..")
                .should().dependOnClassesThat().resideInAPackage("dev.costbench.pricing..")
                .check(CLASSES);
    }

    /** Reading or saving a design file, or pricing and writing an export, other than through the session. */
    private static final DescribedPredicate<JavaCall<?>> FILES_OR_EXPORTS_WITHOUT_THE_SESSION = DescribedPredicate.describe(
            "reads or saves a design or writes an export itself", call -> {
                String owner = call.getTargetOwner().getName(), name = call.getName();
                return owner.equals(ProjectFile.class.getName()) && (name.equals("read") || name.equals("write"))
                        || owner.equals(ExportRequest.class.getName()) && name.equals("of")
                        || (owner.equals(WorkbookExporter.class.getName()) || owner.equals(CsvExporter.class.getName())
                        || owner.equals(DiagramExporter.class.getName())) && name.equals("write");
            });

    /** Choosing a catalog, building an engine or validating a design other than through the session. */
    private static final DescribedPredicate<JavaCall<?>> PRICES_WITHOUT_THE_SESSION = DescribedPredicate.describe(
            "loads a catalog, builds an engine or validates a design itself", call -> {
                String owner = call.getTargetOwner().getName(), name = call.getName();
                return owner.equals(UserCatalog.class.getName()) && name.equals("load")
                        || (owner.equals(PricingEngine.class.getName()) || owner.equals(DesignValidator.class.getName()))
                        && name.equals("<init>");
            });

    /** Reading a catalog folder, or the shipped catalog, other than through the session (the window's rule; the command line's benchmarks read the shipped one). */
    private static final DescribedPredicate<JavaCall<?>> CATALOG_READ_WITHOUT_THE_SESSION = DescribedPredicate.describe(
            "reads a catalog itself", call -> call.getTargetOwner().getName().equals(CatalogLoader.class.getName())
                    && (call.getName().equals("load") || call.getName().equals("bundled")));

    /** The commands choose prices, read designs, price and export only through the session, so none can diverge. */
    @Test
    void commandsGoThroughTheSession() {
        noClasses().that().resideInAPackage("dev.costbench.cli..")
                .should().callCodeUnitWhere(FILES_OR_EXPORTS_WITHOUT_THE_SESSION)
                .orShould().callCodeUnitWhere(PRICES_WITHOUT_THE_SESSION)
                .check(CLASSES);
    }

    /**
     * The window reads, saves and exports designs, loads catalogs and prices through the same session as the
     * commands: every view of it (the import dialog, the workshop's views, the benchmarks), not only ui.app.
     */
    @Test
    void theWindowReadsSavesAndExportsThroughTheSession() {
        noClasses().that().resideInAPackage("dev.costbench.ui..")
                .should().callCodeUnitWhere(FILES_OR_EXPORTS_WITHOUT_THE_SESSION)
                .orShould().callCodeUnitWhere(PRICES_WITHOUT_THE_SESSION)
                .orShould().callCodeUnitWhere(CATALOG_READ_WITHOUT_THE_SESSION)
                .check(CLASSES);
    }
}
