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
 * JavaFX; no two packages of a layer lean on each other, so each can be read (and changed) on its own;
 * and each engine lives in its own package, which nothing else names: engines are found at run time
 * ({@code META-INF/services}), and everything else asks the engine contract.
 */
class ArchitectureTest {

    private static final String[] ENGINE_PACKAGES = {"dev.sextant.core.postgres..", "dev.sextant.core.sqlite..",
            "dev.sextant.core.cassandra.."};

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

    @Test
    void nothingOutsideAnEngineReachesIntoItsPackage() {
        for (String engine : ENGINE_PACKAGES) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(engine.replace("..", ""))),
                    "the rule must have classes of " + engine + " to check");
            noClasses().that().resideOutsideOfPackage(engine)
                    .should().dependOnClassesThat().resideInAPackage(engine)
                    .because("other code asks the engine contract, not an engine's own classes")
                    .check(classes);
        }
    }

    /** Views and view models reach a database only through core, so JDBC never creeps onto the FX thread. */
    @Test
    void viewClassesDoNotCallJdbc() {
        noClasses().that().resideInAPackage("dev.sextant.ui..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("a view asks core, which runs JDBC on a background executor")
                .check(classes);
    }

    /**
     * A driver's classes are its engine's business. Two known exceptions wait for their own move:
     * PostgreSQL's role administration (core/admin, pgjdbc's client-side SCRAM) and the reading of
     * {@code jdbc:postgresql:} URLs into libpq keywords (pgjdbc's property names).
     */
    @Test
    void onlyItsEngineUsesADriver() {
        noClasses().that().resideOutsideOfPackages("dev.sextant.core.postgres..", "dev.sextant.core.admin..")
                .and().doNotHaveFullyQualifiedName("dev.sextant.core.connect.JdbcUrl")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("dev.sextant.core.sqlite..")
                .should().dependOnClassesThat().resideInAPackage("org.sqlite..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("dev.sextant.core.cassandra..")
                .should().dependOnClassesThat().resideInAPackage("com.datastax..")
                .check(classes);
    }
}
