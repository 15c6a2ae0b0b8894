package io.github.fakexendit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the architecture (docs/architecture.md), checked on the compiled main classes: each
 * test fails, naming the offending dependency, when a change breaks its rule.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.fakexendit";
    private static final String INTERNAL = ROOT + ".internal";
    /** Every product; a new product adds its package here. */
    private static final String[] PRODUCTS = {INTERNAL + ".sessions..", INTERNAL + ".payments.."};
    /** What every product stands on; none of it knows a product. */
    private static final String[] SHARED = {INTERNAL + ".platform..", INTERNAL + ".validation..",
        INTERNAL + ".store..", INTERNAL + ".webhooks..", INTERNAL + ".faults..", INTERNAL + ".http..",
        INTERNAL + ".json..", INTERNAL + ".product.."};

    private static final Path SOURCES = Paths.get("src/main/java");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    private static void check(ArchRule rule) {
        rule.check(MAIN);
    }

    @Test
    void theSharedLayersImportNoProductAndNotTheCompositionRoot() {
        check(noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(PRODUCTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(INTERNAL + ".runtime..")
                .because("a product uses the platform; the platform, webhooks, validation, store and http never "
                        + "know a product (docs/architecture.md)"));
    }

    /**
     * The rule above in the source as well: bytecode keeps no trace of a {@code static final} constant taken from
     * another class, so an import of a product's constant passes ArchUnit and is caught here.
     */
    @Test
    void theSharedLayersNameNoProductInTheirImportsEither() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String shared : SHARED) {
            Path dir = SOURCES.resolve(shared.replace("..", "").replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Files.readAllLines(file).stream()
                            .filter(line -> line.matches("import (static )?" + INTERNAL.replace(".", "\\.")
                                    + "\\.(sessions|payments|runtime)\\..*"))
                            .forEach(line -> offending.add(SOURCES.relativize(file) + ": " + line));
                }
            }
        }
        assertThat(offending).as("shared layers import no product and not the composition root").isEmpty();
    }

    @Test
    void aProductDoesNotImportTheCompositionRootOrTheJunitExtension() {
        check(noClasses().that().resideInAnyPackage(PRODUCTS)
                .should().dependOnClassesThat().resideInAnyPackage(INTERNAL + ".runtime..", INTERNAL + ".junit..",
                        INTERNAL + ".standalone..", ROOT + ".junit..", ROOT + ".assertj..")
                .because("the composition root builds the products, not the other way round"));
    }

    @Test
    void paymentsNeverImportSessions() {
        check(noClasses().that().resideInAPackage(INTERNAL + ".payments..")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL + ".sessions..")
                .allowEmptyShould(true)
                .because("sessions may call payments through the CheckoutPayments port, never the reverse"));
    }

    @Test
    void onlyTheHttpLayerTouchesUndertow() {
        check(noClasses().that().resideOutsideOfPackage(INTERNAL + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..")
                .because("handlers read Request and answer Response; the domain is plain Java"));
    }

    @Test
    void onlyTheJunitPackagesTouchJunit() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".junit..", INTERNAL + ".junit..")
                .should().dependOnClassesThat().resideInAPackage("org.junit..")
                .because("the server and its products run without JUnit (the standalone jar)"));
    }

    @Test
    void thePublicPackagesShowNoUndertowType() {
        check(noClasses().that().resideInAnyPackage(ROOT, ROOT + ".junit", ROOT + ".assertj")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "org.xnio..")
                .because("users never see the server underneath"));
    }

    @Test
    void theInternalPackagesHaveNoCycles() {
        check(slices().matching(INTERNAL + ".(*)..").should().beFreeOfCycles());
    }

    /** The two pairs made for each other: the server and its builder, the annotation and its extension. */
    @Test
    void noTwoClassesImportEachOtherButTheServerAndItsBuilderAndTheAnnotationAndItsExtension() {
        check(slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles()
                .ignoreDependency(ROOT + ".FakeXenditServer", ROOT + ".FakeXenditServerBuilder")
                .ignoreDependency(ROOT + ".FakeXenditServerBuilder", ROOT + ".FakeXenditServer")
                .ignoreDependency(ROOT + ".junit.FakeXendit", INTERNAL + ".junit.FakeXenditExtension")
                .ignoreDependency(INTERNAL + ".junit.FakeXenditExtension", ROOT + ".junit.FakeXendit"));
    }

    /** Each top-level class (with its nested classes) is a slice of its own. */
    private static final class TopLevelClasses implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getPackageName().startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            JavaClass top = javaClass;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return SliceIdentifier.of(top.getName());
        }

        @Override
        public String getDescription() {
            return "top-level classes";
        }
    }
}
