package dev.costbench.architecture;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeResolver;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

/**
 * Files from other people are untrusted: no JSON in Costbench may name the class it becomes. Jackson's
 * polymorphic default typing and type annotations are what let a file do that, so none of it is used.
 */
class JsonTypingTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.costbench");

    @Test
    void nothingTurnsOnPolymorphicDefaultTyping() {
        noClasses().should().callMethodWhere(target(nameMatching("activateDefaultTyping.*|enableDefaultTyping.*|setDefaultTyping")))
                .check(CLASSES);
    }

    @Test
    void noTypeAnnotationsLetAFileChooseAClass() {
        noClasses().should().beAnnotatedWith(JsonTypeInfo.class).orShould().beAnnotatedWith(JsonTypeResolver.class)
                .check(CLASSES);
        noMembers().should().beAnnotatedWith(JsonTypeInfo.class).check(CLASSES);
    }
}
