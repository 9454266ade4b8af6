package io.github.graflowstudio.checkpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the pickle walker and the inspection packages. */
class InspectionLayeringTest {
    private static final String CHECKPOINT = "io.github.graflowstudio.checkpoint";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CHECKPOINT + ".pickle", CHECKPOINT + ".inspect");
    }

    @Test
    void pickleWalkerUsesTheJdkOnly() {
        classes().that().resideInAPackage(CHECKPOINT + ".pickle..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CHECKPOINT + ".pickle..")
                .check(classes);
    }

    @Test
    void jacksonStaysInTheJsonPackage() {
        noClasses().that().resideInAnyPackage(CHECKPOINT + ".inspect", CHECKPOINT + ".inspect.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingAboveIt() {
        classes().that().resideInAPackage(CHECKPOINT + ".inspect.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CHECKPOINT + ".inspect.model..",
                        CHECKPOINT + ".pickle..")
                .check(classes);
    }

    @Test
    void inspectionPackagesHaveNoCycles() {
        slices().matching(CHECKPOINT + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
