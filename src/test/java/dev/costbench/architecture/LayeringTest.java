package dev.costbench.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Everything that prices or exports runs headless: only the ui package may touch JavaFX. */
class LayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.costbench");

    @Test
    void headlessLayersNeverDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("dev.costbench.model..", "dev.costbench.catalog..",
                        "dev.costbench.pricing..", "dev.costbench.project..", "dev.costbench.export..",
                        "dev.costbench.cli..", "dev.costbench.workshop..", "dev.costbench.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("dev.costbench.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.costbench.catalog..", "dev.costbench.pricing..",
                        "dev.costbench.project..", "dev.costbench.export..", "dev.costbench.cli..", "dev.costbench.ui..")
                .check(classes);
    }

    @Test
    void pricingDoesNotReachUpIntoFilesExportOrUi() {
        noClasses().that().resideInAnyPackage("dev.costbench.catalog..", "dev.costbench.pricing..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.costbench.project..", "dev.costbench.export..",
                        "dev.costbench.cli..", "dev.costbench.ui..")
                .check(classes);
    }
}
