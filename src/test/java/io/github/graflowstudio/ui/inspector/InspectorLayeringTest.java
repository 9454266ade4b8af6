package io.github.graflowstudio.ui.inspector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inspector's view models and data classes use no scene classes; only the views (…View, …Pane, …Window, …Cells) do. */
class InspectorLayeringTest {
    private static final String PACKAGE = "io.github.graflowstudio.ui.inspector";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE);
    }

    @Test
    void viewModelsHaveNoSceneClasses() {
        noClasses().that().resideInAPackage(PACKAGE)
                .and().haveNameNotMatching(".*(View|Pane|Window|Cells)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void nothingLoadsWhatACheckpointNames() {
        noClasses().that().resideInAPackage(PACKAGE)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().callMethod(Class.class, "forName", String.class)
                .check(classes);
    }
}
