package dev.toolspend;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ARCHITECTURE.md ("may use" and the invariants), checked on the compiled classes: a
 * forbidden dependency fails the build, whatever the import that brought it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.toolspend");

    /** ingest's sub-packages in the order a file goes through them: none may use one that comes after it. */
    private static final List<String> INGEST_LAYERS = List.of("dev.toolspend.ingest.table",
            "dev.toolspend.ingest.header", "dev.toolspend.ingest.value", "dev.toolspend.ingest.read",
            "dev.toolspend.ingest.mapper", "dev.toolspend.ingest.fast", "dev.toolspend.ingest");

    /** Classes of {@code pkg} (and below) use no project class outside {@code allowed} (each with its sub-packages). */
    private static ArchRule mayUse(String pkg, String... allowed) {
        String[] packages = new String[allowed.length + 1];
        packages[0] = pkg + "..";
        for (int i = 0; i < allowed.length; i++) {
            packages[i + 1] = allowed[i] + "..";
        }
        return classes().that().resideInAPackage(pkg + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.toolspend..")
                        .or(resideInAnyPackage(packages)))
                .as(pkg + " may use " + (allowed.length == 0 ? "nothing else of toolspend" : String.join(", ", allowed)));
    }

    @Test
    void eachPackageUsesOnlyWhatTheArchitectureAllows() {
        CompositeArchRule.of(mayUse("dev.toolspend.model"))
                .and(mayUse("dev.toolspend.ingest", "dev.toolspend.model"))
                .and(mayUse("dev.toolspend.catalog", "dev.toolspend.model", "dev.toolspend.ingest.table"))
                .and(mayUse("dev.toolspend.analysis", "dev.toolspend.model"))
                .and(mayUse("dev.toolspend.report", "dev.toolspend.model", "dev.toolspend.analysis"))
                .and(mayUse("dev.toolspend.generate"))
                .and(mayUse("dev.toolspend.job.staging", "dev.toolspend.model", "dev.toolspend.ingest",
                        "dev.toolspend.analysis"))
                .check(MAIN);
    }

    @Test
    void ingestsSubPackagesReadAsThePipeline() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < INGEST_LAYERS.size() - 1; i++) {
            List<String> later = INGEST_LAYERS.subList(i + 1, INGEST_LAYERS.size());
            rules.add(noClasses().that().resideInAPackage(INGEST_LAYERS.get(i))
                    .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
                    .as(INGEST_LAYERS.get(i) + " uses none of " + later));
        }
        CompositeArchRule.of(rules).check(MAIN);
    }

    @Test
    void theMappersArePackagePrivateBehindTheirFactory() {
        classes().that().resideInAPackage("dev.toolspend.ingest.mapper").and().haveSimpleNameEndingWith("Mapper")
                .should().notBePublic().check(MAIN);
    }

    @Test
    void analysisImportsNoSpringAndDoesNoIo() {
        noClasses().that().resideInAnyPackage("dev.toolspend.analysis..", "dev.toolspend.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..",
                        "java.nio..", "java.net..", "java.sql..")
                .check(MAIN);
    }

    @Test
    void onlyTheJobKnowsSpring() {
        noClasses().that().resideInAnyPackage("dev.toolspend.model..", "dev.toolspend.ingest..",
                        "dev.toolspend.catalog..", "dev.toolspend.analysis..", "dev.toolspend.report..",
                        "dev.toolspend.generate..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(MAIN);
    }

    /** No two packages use each other, at any depth (the entry point, ToolspendApplication, stands apart). */
    @Test
    void noPackagesUseEachOther() {
        slices().matching("dev.toolspend.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
