package io.github.graflowstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the brief, checked on the compiled main classes. */
class ArchitectureTest {
    private static final String ROOT = "io.github.graflowstudio";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noJavaFxOutsideUi() {
        noClasses().that().resideInAnyPackage(ROOT + ".engine..", ROOT + ".checkpoint..", ROOT + ".document..",
                        ROOT + ".debug..", ROOT + ".cli..", ROOT + ".bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void engineHasNoJacksonAndNoUpperLayers() {
        noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..",
                        ROOT + ".checkpoint..", ROOT + ".document..", ROOT + ".debug..", ROOT + ".cli..",
                        ROOT + ".ui..")
                .check(classes);
    }

    @Test
    void nobodyUsesJavaSerialization() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectOutputStream")
                .check(classes);
    }

    @Test
    void layersPointDown() {
        noClasses().that().resideInAPackage(ROOT + ".checkpoint..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".debug..", ROOT + ".cli..", ROOT + ".ui..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".document..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".checkpoint..", ROOT + ".debug..",
                        ROOT + ".cli..", ROOT + ".ui..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".debug..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", ROOT + ".ui..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..")
                .check(classes);
        // the bench command starts the JavaFX benchmarks (ui.bench) in a child JVM by class name
        noClasses().that().resideInAPackage(ROOT + ".bench..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", ROOT + ".ui..")
                .check(classes);
    }
}
