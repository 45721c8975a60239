package dev.sextant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules that keep the layout readable: the core is usable without a window, so it never touches
 * JavaFX; and no two packages of a layer lean on each other, so each can be read (and changed) on its own.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sextant");

    @Test
    void coreImportsNothingFromJavaFx() {
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.sextant.core")),
                "the rule must have core classes to check");
        noClasses().that().resideInAPackage("dev.sextant.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.sextant.ui..")
                .check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.sextant.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("dev.sextant.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
